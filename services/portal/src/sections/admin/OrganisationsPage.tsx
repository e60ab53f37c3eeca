import { useState, type FormEvent } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ACTION_HEADER, Button, InsetText, SuccessBanner, SummaryList, Table } from '../../components/content';
import { Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { administeredConsortia } from './admin-scopes';
import { DIRECTORY, kindLabel, type Directory } from './directory';
import { adminSection } from './section';

const ADD_MEMBER = `mutation AddMember($consortiumId: ID!, $organisationId: ID!) { addConsortiumMember(consortiumId: $consortiumId, organisationId: $organisationId) { id } }`;
const REMOVE_MEMBER = `mutation RemoveMember($consortiumId: ID!, $organisationId: ID!) { removeConsortiumMember(consortiumId: $consortiumId, organisationId: $organisationId) { id } }`;

export function OrganisationsPage() {
  const directory = useQuery<Directory>(DIRECTORY);
  return <QueryView state={directory} what="organisations">{(data) => <Organisations directory={data} reload={directory.reload} />}</QueryView>;
}

function Organisations({ directory, reload }: { directory: Directory; reload: () => void }) {
  const person = usePerson();
  const consortia = administeredConsortia(person.roles, directory.consortia);
  const ownOrganisations = directory.organisations.filter((organisation) => person.roles.some((grant) => grant.role === 'ORGANISATION_ADMIN' && grant.scopeKind === 'ORGANISATION' && grant.scopeId === organisation.id));
  const add = useMutation<unknown>(ADD_MEMBER);
  const remove = useMutation<unknown>(REMOVE_MEMBER);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const nameOf = (id: string) => directory.organisations.find((organisation) => organisation.id === id)?.name ?? 'The organisation';

  const addMember = async (event: FormEvent, consortiumId: string) => {
    event.preventDefault();
    setDone(undefined);
    const organisationId = chosen[consortiumId];
    if (!organisationId) {
      setMissing(`organisation-${consortiumId}`);
      return;
    }
    setMissing(undefined);
    if (await add.run({ consortiumId, organisationId })) {
      setDone(`${nameOf(organisationId)} is now a member.`);
      reload();
    }
  };
  const removeMember = async (consortiumId: string, organisationId: string) => {
    setDone(undefined);
    if (await remove.run({ consortiumId, organisationId })) {
      setDone(`${nameOf(organisationId)} is no longer a member.`);
      reload();
    }
  };
  const problems = missing ? [{ message: 'Select an organisation to add', code: 'REQUIRED', field: missing }] : [...(add.error?.problems ?? []), ...(remove.error?.problems ?? [])];

  return (
    <Page title="Member organisations" section={adminSection} problems={problems}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      {consortia.map((consortium) => {
        const candidates = directory.organisations.filter((organisation) => !consortium.members.some((member) => member.id === organisation.id));
        const fieldId = `organisation-${consortium.id}`;
        return (
          <section key={consortium.id}>
            <h2>{consortium.name}</h2>
            <Table
              caption={`Members of ${consortium.name}`}
              head={['Organisation', 'Kind', 'ODS code', ACTION_HEADER]}
              rowHeaders
              rowKeys={consortium.members.map((member) => member.id)}
              rows={consortium.members.map((member) => [
                member.name,
                kindLabel(member.kind),
                member.odsCode ?? 'None',
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={remove.running} onClick={() => void removeMember(consortium.id, member.id)}>
                  Remove<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                </button>,
              ])}
            />
            {candidates.length > 0 && (
              <form onSubmit={(event) => void addMember(event, consortium.id)} noValidate>
                <Select
                  id={fieldId}
                  label={`Add an organisation to ${consortium.name}`}
                  error={missing === fieldId ? 'Select an organisation to add' : undefined}
                  value={chosen[consortium.id] ?? ''}
                  onChange={(event) => setChosen({ ...chosen, [consortium.id]: event.target.value })}
                  options={[{ value: '', label: 'Choose an organisation' }, ...candidates.map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
                />
                <Button secondary disabled={add.running}>Add member</Button>
              </form>
            )}
          </section>
        );
      })}
      {ownOrganisations.map((organisation) => (
        <section key={organisation.id}>
          <h2>{organisation.name}</h2>
          <SummaryList
            rows={[
              { key: 'Kind', value: kindLabel(organisation.kind) },
              { key: 'ODS code', value: organisation.odsCode ?? 'None' },
              { key: 'Sites', value: organisation.sites.map((site) => site.name).join(', ') || 'None recorded' },
              { key: 'Directorates', value: organisation.directorates.map((directorate) => directorate.name).join(', ') || 'None recorded' },
              {
                key: 'Consortia',
                value: directory.consortia.filter((consortium) => consortium.members.some((member) => member.id === organisation.id)).map((consortium) => consortium.name).join(', ') || 'Not a member of any consortium',
              },
            ]}
          />
        </section>
      ))}
      {consortia.length === 0 && ownOrganisations.length === 0 && (
        <InsetText>
          <p>You do not administer an organisation or consortium.</p>
        </InsetText>
      )}
    </Page>
  );
}
