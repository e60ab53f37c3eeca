import { Table } from '../../components/content';
import type { Relationship } from './coaching-api';
import { CANCELLATION_REASONS, GROW_STAGES, labelOf } from './coaching-words';
import { formatDate } from '../../words/dates';

/** The sessions held, newest first, and any cancelled or moved. */
export function SessionsTable({ relationship }: { relationship: Relationship }) {
  const sessions = [...(relationship.sessions ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const cancelled = relationship.cancelledSessions ?? [];
  return (
    <>
      <h2 className="nhsuk-heading-m">Sessions</h2>
      {sessions.length ? (
        <Table
          caption="Sessions held, newest first"
          head={['Date', 'Length', 'GROW stage']}
          rows={sessions.map((session) => [formatDate(session.heldOn), `${session.minutes} minutes`, session.growStage ? labelOf(GROW_STAGES, session.growStage) : 'Not recorded'])}
        />
      ) : (
        <p className="nhsuk-body">No sessions logged yet.</p>
      )}
      {cancelled.length > 0 && (
        <Table
          caption="Sessions cancelled or moved"
          head={['Planned for', 'Reason', 'Moved to']}
          rows={cancelled.map((item) => [formatDate(item.plannedOn), labelOf(CANCELLATION_REASONS, item.reason), item.rescheduledTo ? formatDate(item.rescheduledTo) : 'Not moved'])}
        />
      )}
    </>
  );
}

/** After the relationship has ended, its sessions if there were any. */
export function SessionsTableIfEnded({ relationship, step }: { relationship: Relationship; step: string }) {
  if (step !== 'ended' || !(relationship.sessions ?? []).length) return null;
  return <SessionsTable relationship={relationship} />;
}
