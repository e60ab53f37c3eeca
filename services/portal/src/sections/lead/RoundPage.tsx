import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { InsetText, Loading, SuccessBanner, SummaryList, Table } from '../../components/content';
import { TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { chemistryMeetingAt } from './chemistry-meeting';
import { formatScore } from './format';
import { roundScope } from './lead-scopes';
import { pairDecisionProblems, PAIR_DECISION_FIELDS, problemFor, type PairDecisionInput } from './pair-decision';
import { PairDecisionForm } from './PairDecisionForm';
import { ProposalsTable, type ProposalState } from './ProposalsTable';
import {
  APPROVE_PROPOSAL,
  EXCLUDE_PAIR,
  OPEN_REQUESTS,
  PIN_PAIR,
  POOL,
  ROUND,
  RUN_ROUND,
  type Introduction,
  type MatchingRound,
  type OpenRequest,
  type PoolCoach,
  type Proposal,
  type RunRoundData,
} from './queries';
import { RunRoundForm } from './RunRoundForm';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';
import { formatDate, formatDateTime } from '../../words/dates';
import { isProgramme, programmeName } from '../../words/programmes';

const FIELD_IDS: Record<string, string> = { ...PAIR_DECISION_FIELDS, chemistryMeetingAt: 'chemistry-date' };

/** One round as it was recorded: its proposals to approve, what it could not match, and pins and exclusions to re-run with. */
export function RoundPage() {
  const { roundId = '' } = useParams();
  const round = useQuery<{ matchingRound: MatchingRound }>(ROUND, { id: roundId });
  return (
    <QueryView state={round} what="the matching round">
      {({ matchingRound }) => <RoundView key={matchingRound.id} round={matchingRound} />}
    </QueryView>
  );
}

function RoundView({ round }: { round: MatchingRound }) {
  const programme = round.programme;
  const scope = roundScope(round.scopeKind, round.scopeId);
  const open = useQuery<{ openRequests: OpenRequest[] }>(OPEN_REQUESTS, { programme });
  const pool = useQuery<{ pool: PoolCoach[] }>(POOL, { programme });
  const lead = useLeadScopes();
  const approve = useMutation<{ approveProposal: Introduction }>(APPROVE_PROPOSAL);
  const pin = useMutation<{ pinPair: boolean }>(PIN_PAIR);
  const exclude = useMutation<{ excludePair: boolean }>(EXCLUDE_PAIR);
  const rerun = useMutation<RunRoundData>(RUN_ROUND);
  const [ownProblems, setOwnProblems] = useState<Problem[]>([]);
  const [introduced, setIntroduced] = useState<Map<string, Introduction>>(new Map());
  const [success, setSuccess] = useState<string | undefined>();
  const [meetingDate, setMeetingDate] = useState('');
  const [meetingTime, setMeetingTime] = useState('');

  const problems = ownProblems.length ? ownProblems : (approve.error ?? pin.error ?? exclude.error ?? rerun.error)?.problems ?? [];
  const scopeName = lead?.scopes.find((candidate) => candidate.id === scope.id)?.name ?? (scope.kind === 'CONSORTIUM' ? 'Your consortium' : 'Your organisation');
  const where = lead ? scopeName : <Loading what="where it matched" />;

  const requesterNames = new Map<string, string>([...round.proposals, ...round.unmatched].map((entry) => [entry.requestId, entry.requesterName]));
  const coachNames = new Map<string, string>([
    ...round.proposals.map((proposal): [string, string] => [proposal.coachId, proposal.coachName]),
    ...(pool.status === 'ready' ? pool.data.pool.map((coach): [string, string] => [coach.coachId, coach.name]) : []),
  ]);
  const nameOf = (names: Map<string, string>, id: string, fallback: string) => names.get(id) ?? fallback;

  const openIds = open.status === 'ready' ? new Set(open.data.openRequests.map((request) => request.id)) : undefined;
  const stateOf = (proposal: Proposal): ProposalState => {
    if (introduced.has(proposal.requestId)) return 'introduced';
    if (!openIds) return 'unknown';
    return openIds.has(proposal.requestId) ? 'open' : 'closed';
  };

  const resetMessages = () => {
    setOwnProblems([]);
    setSuccess(undefined);
    approve.clearError();
    pin.clearError();
    exclude.clearError();
    rerun.clearError();
  };

  const approveProposal = async (proposal: Proposal) => {
    resetMessages();
    const meeting = chemistryMeetingAt(meetingDate, meetingTime);
    if ('problem' in meeting) {
      setOwnProblems([meeting.problem]);
      return;
    }
    const result = await approve.run({ roundId: round.id, requestId: proposal.requestId, chemistryMeetingAt: meeting.value });
    if (!result) return;
    const introduction = result.approveProposal;
    setIntroduced((current) => new Map(current).set(proposal.requestId, introduction));
    setSuccess(
      `${introduction.coachee.name} and ${introduction.coach.name} have been introduced. Both have an email inviting them to a chemistry meeting on ${formatDateTime(introduction.chemistryMeetingAt)}.`,
    );
    setMeetingDate('');
    setMeetingTime('');
    open.reload();
  };

  const saveDecision = async (input: PairDecisionInput): Promise<boolean> => {
    resetMessages();
    const found = pairDecisionProblems(input);
    if (found.length) {
      setOwnProblems(found);
      return false;
    }
    const variables = { scope, programme, requestId: input.requestId, coachId: input.coachId, reason: input.reason.trim() };
    const done = input.decision === 'pin' ? await pin.run(variables) : await exclude.run(variables);
    if (!done) return false;
    const pair = `${nameOf(requesterNames, input.requestId, 'the requester')} with ${nameOf(coachNames, input.coachId, 'the coach or mentor')}`;
    setSuccess(`${input.decision === 'pin' ? 'Pinned' : 'Excluded'} ${pair}. Run the round again to see proposals that take it into account.`);
    return true;
  };

  const decisions = [...round.pins.map((decision) => ({ ...decision, kind: 'Pinned' })), ...round.exclusions.map((decision) => ({ ...decision, kind: 'Excluded' }))];

  return (
    <Page title="Matching round" caption={programmeName(programme)} section={leadSection} problems={problems} fieldIds={FIELD_IDS}>
      {success && (
        <SuccessBanner>
          <p>{success}</p>
        </SuccessBanner>
      )}
      <SummaryList
        rows={[
          { key: 'Programme', value: programmeName(programme) },
          { key: 'Matched in', value: where },
          { key: 'Ran', value: formatDateTime(round.ranAt) },
          { key: 'Open requests considered', value: round.requestsConsidered },
          { key: 'Coaches and mentors in the pool', value: round.poolSize },
          { key: 'Total score', value: formatScore(round.totalScore) },
        ]}
      />

      <h2>Proposed pairs</h2>
      {round.proposals.length ? (
        <>
          <p>Approving a pair introduces them: both get an email inviting them to a chemistry meeting. Each score adds up how well the pair fits, weighted by the programme policy.</p>
          <div className={`nhsuk-form-group${problemFor(problems, 'chemistryMeetingAt') ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" aria-describedby={problemFor(problems, 'chemistryMeetingAt') ? 'chemistry-hint chemistry-error' : 'chemistry-hint'}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Suggested chemistry meeting (optional)</legend>
            <div className="nhsuk-hint" id="chemistry-hint">
              For the next pair you approve, London time. Leave both blank to suggest a weekday lunchtime a week from now.
            </div>
            {problemFor(problems, 'chemistryMeetingAt') && (
              <span className="nhsuk-error-message" id="chemistry-error">
                <span className="nhsuk-u-visually-hidden">Error: </span>
                {problemFor(problems, 'chemistryMeetingAt')}
              </span>
            )}
            <TextInput id="chemistry-date" label="Date" type="date" value={meetingDate} onChange={(event) => setMeetingDate(event.target.value)} width={10} />
            <TextInput id="chemistry-time" label="Time" type="time" value={meetingTime} onChange={(event) => setMeetingTime(event.target.value)} width={5} />
          </fieldset>
          </div>
          <ProposalsTable proposals={round.proposals} stateOf={stateOf} approving={approve.running} onApprove={(proposal) => void approveProposal(proposal)} />
        </>
      ) : (
        <InsetText>
          <p>This round proposed no pairs.</p>
        </InsetText>
      )}

      {round.unmatched.length > 0 && (
        <Table caption={`Requests the round could not match (${round.unmatched.length})`} head={['Requester', 'Why not']} rows={round.unmatched.map((entry) => [entry.requesterName, entry.reason])} />
      )}
      {round.rejectedPins.length > 0 && (
        <Table
          caption="Pins a hard rule ruled out"
          head={['Requester', 'Coach or mentor', 'Rule it would break']}
          rows={round.rejectedPins.map((entry) => [nameOf(requesterNames, entry.requestId, 'A requester'), nameOf(coachNames, entry.coachId, 'A coach or mentor'), entry.rule])}
        />
      )}
      {decisions.length > 0 && (
        <Table
          caption="Pins and exclusions this round followed"
          head={['Decision', 'Requester', 'Coach or mentor', 'Reason', 'Decided on']}
          rows={decisions.map((entry) => [entry.kind, nameOf(requesterNames, entry.requestId, 'A requester'), nameOf(coachNames, entry.coachId, 'A coach or mentor'), entry.reason, formatDate(entry.decidedAt)])}
        />
      )}

      <h2>Pin or exclude a pair</h2>
      <p>Pins and exclusions apply to the next rounds in this programme, not to the proposals above.</p>
      <PairDecisionForm
        requests={[...requesterNames].map(([value, label]) => ({ value, label }))}
        coaches={[...coachNames].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))}
        problems={problems}
        running={pin.running || exclude.running}
        onSave={saveDecision}
      />

      <h2>Run the round again</h2>
      <p>A new round matches the requests still open with the pins and exclusions in force now.</p>
      <RunRoundForm scopes={[{ ...scope, name: scopeName }]} programme={isProgramme(programme) ? programme : 'GENERAL'} run={rerun} rerun />
      <p>
        <Link to="/programme/requests">Back to open requests</Link>
      </p>
    </Page>
  );
}
