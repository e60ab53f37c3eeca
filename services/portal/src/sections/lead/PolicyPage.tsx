import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Button, Loading, SuccessBanner, SummaryList, Table } from '../../components/content';
import { Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { scopeFromKey, scopeKey, type NamedScope } from './lead-scopes';
import { WEIGHTS } from './policy-form';
import { POLICY, type ProgrammePolicy } from './queries';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';
import { isProgramme, programmeName, PROGRAMMES } from '../../words/programmes';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const days = (value: number) => (value === 1 ? '1 day' : `${value} days`);

/** How one programme runs where the lead leads it: the policy in force (the default until one is set). */
export function PolicyPage() {
  const lead = useLeadScopes();
  const [params] = useSearchParams();
  const programmeParam = params.get('programme');
  const programme = isProgramme(programmeParam) ? programmeParam : 'GENERAL';
  const scope = lead ? (scopeFromKey(params.get('scope'), lead.scopes) ?? lead.scopes[0]) : undefined;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Page title="Programme policy" section={leadSection}>
      {notice && (
        <SuccessBanner>
          <p>{notice}</p>
        </SuccessBanner>
      )}
      <p className="nhsuk-lede-text">How a programme runs where you lead it: the limits, reminders and how much each part of a match counts.</p>
      {!lead ? (
        <Loading what="your programmes" />
      ) : !scope ? (
        <p>You do not lead the programme in any organisation or consortium.</p>
      ) : (
        <>
          <PolicyChoice key={`${scopeKey(scope)}-${programme}`} scopes={lead.scopes} scope={scopeKey(scope)} programme={programme} />
          <PolicyView scope={scope} programme={programme} />
        </>
      )}
    </Page>
  );
}

function PolicyChoice({ scopes, scope, programme }: { scopes: readonly NamedScope[]; scope: string; programme: string }) {
  const [, setParams] = useSearchParams();
  const [chosenProgramme, setChosenProgramme] = useState(programme);
  const [chosenScope, setChosenScope] = useState(scope);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ programme: chosenProgramme, scope: chosenScope });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Select id="policy-programme" label="Programme" value={chosenProgramme} onChange={(event) => setChosenProgramme(event.target.value)} options={PROGRAMMES.map((value) => ({ value, label: programmeName(value) }))} />
      {scopes.length > 1 && (
        <Select id="policy-scope" label="Organisation or consortium" value={chosenScope} onChange={(event) => setChosenScope(event.target.value)} options={scopes.map((entry) => ({ value: scopeKey(entry), label: entry.name }))} />
      )}
      <Button secondary>Show policy</Button>
    </form>
  );
}

function PolicyView({ scope, programme }: { scope: NamedScope; programme: string }) {
  const policy = useQuery<{ programmePolicy: ProgrammePolicy }>(POLICY, { scope: { kind: scope.kind, id: scope.id }, programme });
  return (
    <QueryView state={policy} what="the programme policy">
      {({ programmePolicy: p }) => (
        <>
          <h2>
            {programmeName(programme)} in {scope.name}
          </h2>
          <SummaryList
            rows={[
              { key: 'Offered', value: yesNo(p.offered) },
              { key: 'Most people a coach or mentor holds at once', value: p.capacity },
              { key: 'Line manager must release time first', value: yesNo(p.releaseRequired) },
              { key: 'Follow up a chemistry meeting after', value: days(p.chemistryFollowUpDays) },
              { key: 'Remind a pair with no session after', value: days(p.sessionNudgeDays) },
              { key: 'Coaches answer an introduction within', value: days(p.answerWithinDays) },
              { key: 'Escalate to you when unanswered after', value: days(p.escalateAfterDays) },
              { key: 'Match across the consortium', value: yesNo(p.shareAcrossConsortium) },
            ]}
          />
          <Table caption="How much each part of a match counts (0 to 10)" head={['Part of the match', 'Weight']} numeric={[1]} rows={WEIGHTS.map((weight) => [weight.label, p.weights[weight.key]])} />
          <p>
            <Link to={`/programme/policy/edit?${new URLSearchParams({ programme, scope: scopeKey(scope) }).toString()}`}>
              Change the policy<span className="nhsuk-u-visually-hidden"> for {programmeName(programme)} in {scope.name}</span>
            </Link>
          </p>
        </>
      )}
    </QueryView>
  );
}
