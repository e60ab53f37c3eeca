import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, Table } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import type { SupervisionRecord } from '../../api/supervision';
import { SUPERVISION_RECORD } from './api';
import { supervisorSection } from './section';
import { wellbeingBand } from './wellbeing';
import { formatDate } from '../../words/dates';
import { formatMinutes, sentenceCase } from '../../words/phrases';

type Answer = { caseload: { coachId: string; coachName: string }; supervisionRecord: SupervisionRecord };

function RecordDetail({ coachName, record }: { coachName: string; record: SupervisionRecord }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Supervision sessions</h2>
      {record.sessions.length === 0 ? (
        <p className="nhsuk-body">No supervision sessions are recorded with {coachName} yet.</p>
      ) : (
        <Table
          caption={`Supervision sessions with ${coachName}, newest first`}
          head={['Held on', 'Length', 'Format', 'Themes', 'Agreed actions', 'Your notes']}
          rows={record.sessions.map((session) => [
            formatDate(session.heldOn),
            formatMinutes(session.minutes),
            session.format === 'group' ? 'Group' : 'One to one',
            session.themes.length ? session.themes.map(sentenceCase).join(', ') : 'None recorded',
            session.agreedActions.length ? (
              <ul key="actions" className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                {session.agreedActions.map((action, index) => (
                  <li key={index}>{action}</li>
                ))}
              </ul>
            ) : (
              'None'
            ),
            // Notes come back only to the supervisor who wrote them.
            session.notes ?? 'Not yours to read, or none written',
          ])}
        />
      )}

      <h2 className="nhsuk-heading-m">Wellbeing check-ins</h2>
      <p className="nhsuk-body">
        {coachName} records these: five statements about the last two weeks, each scored 1 (not at all) to 5 (all of the time), so totals run from 5 to 25. What they write is for
        them and you only.
      </p>
      {record.checkIns.length === 0 ? (
        <p className="nhsuk-body">{coachName} has not recorded a wellbeing check-in yet.</p>
      ) : (
        <Table
          caption={`Wellbeing check-ins from ${coachName}, newest first`}
          head={['Recorded on', 'Total (out of 25)', 'What it suggests', 'What they wrote']}
          numeric={[1]}
          rows={record.checkIns.map((checkIn) => [formatDate(checkIn.recordedOn), checkIn.total, wellbeingBand(checkIn.total), checkIn.text ?? 'Nothing written'])}
        />
      )}
    </>
  );
}

/** A coach's supervision sessions and wellbeing check-ins, for their supervisor. */
export function SupervisionRecordPage() {
  const { coachId = '' } = useParams();
  const state = useQuery<Answer>(SUPERVISION_RECORD, { coachId });
  const coachName = state.status === 'ready' ? state.data.caseload.coachName : undefined;
  return (
    <Page title={coachName ? `Supervision record for ${coachName}` : 'Supervision record'} section={supervisorSection}>
      <InsetText>
        <p>This record holds supervision only. The content of coaching and mentoring sessions is never shown here.</p>
      </InsetText>
      <QueryView state={state} what="the supervision record">
        {({ caseload, supervisionRecord }) => <RecordDetail coachName={caseload.coachName} record={supervisionRecord} />}
      </QueryView>
      <p className="nhsuk-body">
        <Link to={`/supervision/coaches/${coachId}`}>Back to {coachName ?? 'the coach'}’s caseload</Link>
      </p>
    </Page>
  );
}
