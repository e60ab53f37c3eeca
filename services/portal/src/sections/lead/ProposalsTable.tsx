import { Table, Tag } from '../../components/content';
import { formatScore } from './format';
import type { Proposal } from './queries';

/** Where a proposal stands now: the round is a record, but its requests move on. */
export type ProposalState = 'open' | 'introduced' | 'closed' | 'unknown';

/**
 * The round's proposed pairs with their scores and reasons in words, each with its own button to
 * approve it. The button's name says which pair, so a screen reader user hears which one it is.
 */
export function ProposalsTable({ proposals, stateOf, approving, onApprove }: { proposals: readonly Proposal[]; stateOf: (proposal: Proposal) => ProposalState; approving: boolean; onApprove: (proposal: Proposal) => void }) {
  return (
    <Table
      caption={`Pairs this round proposes (${proposals.length})`}
      head={['Requester', 'Coach or mentor', 'Score', 'Why this pair', 'Action']}
      numeric={[2]}
      rows={proposals.map((proposal) => {
        const state = stateOf(proposal);
        return [
          <>
            {proposal.requesterName}
            {proposal.pinned && (
              <>
                {' '}
                <Tag colour="blue">Pinned</Tag>
              </>
            )}
          </>,
          proposal.coachName,
          formatScore(proposal.score),
          proposal.reasons.length ? (
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
              {proposal.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            'No particular reason: the best pair left'
          ),
          state === 'introduced' ? (
            <Tag colour="green">Introduced</Tag>
          ) : state === 'closed' ? (
            <Tag colour="grey">No longer open</Tag>
          ) : (
            <button className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0" type="button" disabled={approving} aria-disabled={approving || undefined} onClick={() => onApprove(proposal)}>
              Approve and introduce
              <span className="nhsuk-u-visually-hidden">
                {' '}
                {proposal.requesterName} with {proposal.coachName}
              </span>
            </button>
          ),
        ];
      })}
    />
  );
}
