import { SummaryList, Tag } from '../../components/content';
import type { Relationship } from './coaching-api';
import { relationshipStatus } from './coaching-words';
import { formatDate } from '../../words/dates';

/** What the pair can see about their relationship: who, where it stands, its dates, goals and why they were matched. */
export function RelationshipDetails({ relationship, otherName, otherRole }: { relationship: Relationship; otherName: string; otherRole: string }) {
  const tag = relationshipStatus(relationship);
  return (
    <>
      <SummaryList
        rows={[
          { key: `Your ${otherRole}`, value: otherName },
          { key: 'Status', value: <Tag colour={tag.colour}>{tag.label}</Tag> },
          { key: 'Introduced on', value: formatDate(relationship.introducedAt) },
          {
            key: 'Chemistry meeting',
            value: relationship.chemistryHeldOn ? `Held on ${formatDate(relationship.chemistryHeldOn)}` : `Suggested for ${formatDate(relationship.chemistryMeetingAt)}`,
          },
          ...(relationship.activeFrom ? [{ key: 'Active since', value: formatDate(relationship.activeFrom) }] : []),
          ...(relationship.reviewDueOn && relationship.status === 'active' ? [{ key: 'Six-month review due', value: formatDate(relationship.reviewDueOn) }] : []),
          { key: 'Sessions held', value: `${relationship.sessionsHeld} (${relationship.minutesHeld} minutes in all)` },
          ...(relationship.closedOn ? [{ key: 'Closed on', value: formatDate(relationship.closedOn) }] : []),
        ]}
      />
      {relationship.goals && (
        <>
          <h2 className="nhsuk-heading-m">Goals</h2>
          <p className="nhsuk-body nhsuk-u-secondary-text-colour">Only you and your {otherRole} can see these.</p>
          <p className="nhsuk-body">{relationship.goals}</p>
        </>
      )}
      {relationship.reasons.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Why you were matched</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list nhsuk-list--bullet">
              {relationship.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}
