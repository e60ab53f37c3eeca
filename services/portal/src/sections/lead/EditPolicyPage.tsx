import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, Loading } from '../../components/content';
import { FieldsetFrame, Radios, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { isProgramme, programmeName } from '../../words/programmes';
import { scopeFromKey, scopeKey, type NamedScope } from './lead-scopes';
import { problemFor } from './pair-decision';
import { POLICY_FIELDS, POLICY_RANGES, policyForm, policyInput, policyProblems, WEIGHTS, type PolicyForm } from './policy-form';
import { POLICY, SET_POLICY, type ProgrammePolicy } from './queries';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Changes how one programme runs where the lead leads it, starting from the policy in force. */
export function EditPolicyPage() {
  const lead = useLeadScopes();
  const [params] = useSearchParams();
  const programmeParam = params.get('programme');
  const programme = isProgramme(programmeParam) ? programmeParam : 'GENERAL';
  const scope = lead ? (scopeFromKey(params.get('scope'), lead.scopes) ?? lead.scopes[0]) : undefined;
  const policy = useQuery<{ programmePolicy: ProgrammePolicy }>(POLICY, { scope: { kind: scope?.kind, id: scope?.id }, programme }, { skip: !scope });
  const back = `/programme/policy?${new URLSearchParams({ programme, ...(scope ? { scope: scopeKey(scope) } : {}) }).toString()}`;
  if (scope && policy.status === 'ready') return <PolicyEditor key={`${scopeKey(scope)}-${programme}`} scope={scope} programme={programme} policy={policy.data.programmePolicy} back={back} />;
  return (
    <Page title="Change the programme policy" section={leadSection}>
      {!lead ? <Loading what="your programmes" /> : !scope ? <p>You do not lead the programme in any organisation or consortium.</p> : <QueryView state={policy} what="the programme policy">{() => null}</QueryView>}
      <p>
        <Link to={back}>Back to the programme policy</Link>
      </p>
    </Page>
  );
}

function PolicyEditor({ scope, programme, policy, back }: { scope: NamedScope; programme: string; policy: ProgrammePolicy; back: string }) {
  const save = useMutation<{ setProgrammePolicy: ProgrammePolicy }>(SET_POLICY);
  const navigate = useNavigate();
  const [form, setForm] = useState<PolicyForm>(() => policyForm(policy));
  const [ownProblems, setOwnProblems] = useState<Problem[]>([]);
  const problems = ownProblems.length ? ownProblems : (save.error?.problems ?? []);
  const set = (change: Partial<PolicyForm>) => setForm((current) => ({ ...current, ...change }));
  const error = (...fields: string[]) => fields.map((field) => problemFor(problems, field)).find(Boolean);
  const where = `${programmeName(programme)} in ${scope.name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    save.clearError();
    const found = policyProblems(form);
    setOwnProblems(found);
    if (found.length) return;
    const result = await save.run({ scope: { kind: scope.kind, id: scope.id }, programme, policy: policyInput(form) });
    if (result) await navigate(back, { state: { notice: `The policy for ${where} is saved.` } });
  };

  const yesNo = (name: 'offered' | 'releaseRequired' | 'shareAcrossConsortium', legend: string, hint?: string) => (
    <Radios id={POLICY_FIELDS[name]} legend={legend} hint={hint} inline error={error(name)} value={form[name]} onChange={(value) => set({ [name]: value })} options={YES_NO} />
  );
  const count = (name: keyof typeof POLICY_RANGES, label: string) => {
    const range = POLICY_RANGES[name];
    return (
      <TextInput
        id={POLICY_FIELDS[name]}
        label={label}
        hint={`A whole number from ${range.min} to ${range.max}`}
        inputMode="numeric"
        width={3}
        error={error(name, range.field)}
        value={form[name]}
        onChange={(event) => set({ [name]: event.target.value })}
      />
    );
  };

  return (
    <Page title="Change the programme policy" caption={where} section={leadSection} problems={problems} fieldIds={POLICY_FIELDS}>
      <p>The form shows the policy in force; what you leave as it is stays the same.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {yesNo('offered', 'Is the programme offered here?')}
        {count('capacity', 'Most people a coach or mentor holds at once')}
        {yesNo('releaseRequired', 'Must a line manager release time before someone asks for support?')}
        {count('chemistryFollowUpDays', 'Follow up a chemistry meeting after this many days')}
        {count('sessionNudgeDays', 'Remind a pair with no session after this many days')}
        {count('answerWithinDays', 'Days a coach or mentor has to answer an introduction')}
        {count('escalateAfterDays', 'Tell you about an unanswered follow-up after this many days')}
        {yesNo('shareAcrossConsortium', 'Match across the consortium?', 'With other members of the consortium that share too')}
        <FieldsetFrame id="policy-weights" legend="How much each part of a match counts" hint="Each from 0 to 10, at least one above 0" error={error('weights')}>
          {WEIGHTS.map(({ key, label }) => (
            <TextInput
              key={key}
              id={POLICY_FIELDS[`weights.${key}`]}
              label={label}
              inputMode="decimal"
              width={3}
              error={error(`weights.${key}`)}
              value={form.weights[key]}
              onChange={(event) => set({ weights: { ...form.weights, [key]: event.target.value } })}
            />
          ))}
        </FieldsetFrame>
        <Button disabled={save.running}>Save policy</Button>
      </form>
      <p>
        <Link to={back}>Back to the programme policy without saving</Link>
      </p>
    </Page>
  );
}
