import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SummaryList, SuccessBanner } from '../../components/content';
import { Radios, TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { DECIDE_APPROVAL, PENDING_APPROVALS, type Booklet, type ManagerApproval } from './api';
import { lineManagerSection } from './section';
import { approvalKindName, checkDecision, whatAgreeingMeans, type Decision } from './words';
import { formatDate } from '../../words/dates';
import { programmeName } from '../../words/programmes';

/** The training service names the reason field by its words; both spellings link to the one box. */
const FIELD_IDS = { decision: 'decision', reason: 'reason', 'Reason for declining': 'reason', Reason: 'reason' };

function Decided({ approval }: { approval: ManagerApproval }) {
  const approved = approval.status === 'APPROVED';
  return (
    <SuccessBanner>
      <p>
        {approved ? `You agreed to ${approval.personName}’s request.` : `You did not agree to ${approval.personName}’s request. They will see your reason.`}
        {approved && approval.expiresAt && ` Your agreement lasts until ${formatDate(approval.expiresAt)}.`}
      </p>
    </SuccessBanner>
  );
}

/** One request: who is asking for what, what agreeing releases, and the decision. */
export function ApprovalPage() {
  const { approvalId = '' } = useParams();
  const state = useQuery<{ pendingApprovals: ManagerApproval[]; expectationsBooklet: Booklet }>(PENDING_APPROVALS);
  const decide = useMutation<{ decideManagerApproval: ManagerApproval }>(DECIDE_APPROVAL);
  const [decision, setDecision] = useState<Decision>('');
  const [reason, setReason] = useState('');
  const [checkProblems, setCheckProblems] = useState<Problem[]>([]);
  const [decided, setDecided] = useState<ManagerApproval | undefined>();
  const problems: readonly Problem[] = checkProblems.length ? checkProblems : (decide.error?.problems ?? []);
  const errorFor = (...fields: string[]) => problems.find((problem) => problem.field && fields.includes(problem.field))?.message;
  const approval = state.status === 'ready' ? state.data.pendingApprovals.find((candidate) => candidate.id === approvalId) : undefined;
  const name = decided?.personName ?? approval?.personName;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDecision(decision, reason);
    setCheckProblems(found);
    if (found.length) return;
    const result = await decide.run({ approvalId, approve: decision === 'approve', reason: reason.trim() || null });
    if (result) setDecided(result.decideManagerApproval);
  }

  return (
    <Page title={name ? `${name}’s request` : 'Request'} section={lineManagerSection} problems={problems} fieldIds={FIELD_IDS}>
      {decided ? (
        <Decided approval={decided} />
      ) : (
        <QueryView state={state} what="the request">
          {({ expectationsBooklet }) =>
            !approval ? (
              <p className="nhsuk-body">This request is not waiting for your answer. It may have been decided already, or sent to someone else.</p>
            ) : (
              <>
                <SummaryList
                  rows={[
                    { key: 'Asking to', value: approvalKindName(approval.kind) },
                    { key: 'Programme', value: programmeName(approval.programme) },
                    { key: 'Asked on', value: formatDate(approval.requestedAt) },
                    { key: 'Reminders sent', value: approval.remindersSent },
                  ]}
                />
                <h2 className="nhsuk-heading-m">What agreeing means</h2>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {whatAgreeingMeans(approval.kind, expectationsBooklet).map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
                <p className="nhsuk-body">These limits come from “{expectationsBooklet.title}”, which everyone reads before their training day.</p>
                <form onSubmit={(event) => void submit(event)} noValidate>
                  <Radios
                    id="decision"
                    legend={`Do you agree to release ${approval.personName}’s time for this?`}
                    options={[
                      { value: 'approve', label: 'Yes, I agree' },
                      { value: 'decline', label: 'No, I do not agree' },
                    ]}
                    value={decision}
                    onChange={(value) => setDecision(value as Decision)}
                    error={errorFor('decision')}
                  />
                  <TextArea
                    id="reason"
                    label="Reason"
                    hint={`Needed if you do not agree. ${approval.personName} will see it.`}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    error={errorFor('reason', 'Reason for declining', 'Reason')}
                    rows={3}
                  />
                  <Button disabled={decide.running}>Send decision</Button>
                </form>
              </>
            )
          }
        </QueryView>
      )}
      <p className="nhsuk-body">
        <Link to="/team/approvals">Back to approvals waiting</Link>
      </p>
    </Page>
  );
}
