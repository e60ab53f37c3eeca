import { useQuery } from '../../api/use-query';
import { InsetText, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { DIRECTORY, type Directory } from './directory';
import { adminSection } from './section';
import { formatDate } from '../../words/dates';

/**
 * What members share: a consortium's members share coaches and mentors (where a programme's policy shares across
 * the consortium) and their figures roll up to it; an organisation's staff ethnicity reaches analytics only under a
 * recorded lawful basis.
 */
export function SharingPage() {
  const directory = useQuery<Directory>(DIRECTORY);
  return <QueryView state={directory} what="sharing agreements">{(data) => <Sharing directory={data} />}</QueryView>;
}

function Sharing({ directory }: { directory: Directory }) {
  const person = usePerson();
  const inScope = (consortiumId: string, memberIds: string[]) =>
    person.roles.some((grant) => (grant.scopeKind === 'CONSORTIUM' && grant.scopeId === consortiumId) || (grant.role === 'ORGANISATION_ADMIN' && memberIds.includes(grant.scopeId)));
  const consortia = directory.consortia.filter((consortium) => inScope(consortium.id, consortium.members.map((member) => member.id)));
  const basisOf = (organisationId: string) => directory.organisations.find((organisation) => organisation.id === organisationId)?.lawfulBasis ?? null;
  return (
    <Page title="Sharing agreements" section={adminSection}>
      <p className="nhsuk-body">Members of a consortium can be matched with each other’s coaches and mentors, and their programme figures are reported together for the consortium.</p>
      <InsetText>
        <p>Whether a programme is matched across the consortium is part of its programme policy, which programme leads set. Ethnicity is reported only for organisations that have recorded a lawful basis.</p>
      </InsetText>
      {consortia.length === 0 && <p className="nhsuk-body">None of the organisations you administer is a member of a consortium.</p>}
      {consortia.map((consortium) => (
        <section key={consortium.id}>
          <h2>{consortium.name}</h2>
          <Table
            caption={`What members of ${consortium.name} share`}
            head={['Member organisation', 'Coaches, mentors and figures', 'Ethnicity in figures']}
            rowHeaders
            rowKeys={consortium.members.map((member) => member.id)}
            rows={consortium.members.map((member) => {
              const basis = basisOf(member.id);
              return [member.name, 'Shared with the consortium', basis ? `Reported: ${basis.basis}, recorded ${formatDate(basis.recordedOn)}` : 'Not reported: no lawful basis recorded'];
            })}
          />
        </section>
      ))}
    </Page>
  );
}
