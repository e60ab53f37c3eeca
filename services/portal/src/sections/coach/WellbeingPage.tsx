import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { SuccessBanner, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import type { CheckIn, SupervisionSession } from '../../api/supervision';
import { MY_SUPERVISION_RECORD, type MySupervisionRecord } from './care-api';
import { CHECK_IN_PATH } from './care-paths';
import { coachSection } from './section';
import { formatName } from './supervision-words';
import { totalWords } from './wellbeing-words';
import { formatDate } from '../../words/dates';
import { formatMinutes, sentenceCase } from '../../words/phrases';
import { useDoneMessage } from './use-done-message';

function CheckInsTable({ checkIns }: { checkIns: readonly CheckIn[] }) {
  return (
    <Table
      caption="Your check-ins, newest first"
      head={['Date', 'Total', 'What it means', 'Your note']}
      rows={checkIns.map((checkIn) => {
        const words = totalWords(checkIn.total);
        return [formatDate(checkIn.recordedOn), words.score, words.low ? <Tag colour="orange">{words.meaning}</Tag> : words.meaning, checkIn.text ?? 'No note'];
      })}
    />
  );
}

function SessionsTable({ sessions }: { sessions: readonly SupervisionSession[] }) {
  return (
    <Table
      caption="Supervision sessions you attended, newest first"
      head={['Date', 'Length', 'Format', 'Themes', 'Agreed actions', "Your supervisor's notes"]}
      rows={sessions.map((session) => [
        formatDate(session.heldOn),
        formatMinutes(session.minutes),
        formatName(session.format),
        session.themes.map(sentenceCase).join(', ') || 'None recorded',
        session.agreedActions.length ? (
          <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
            {session.agreedActions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        ) : (
          'None'
        ),
        session.notes ?? 'None',
      ])}
    />
  );
}

/** The coach's own wellbeing check-ins and supervision sessions, as their supervisor sees them, and the way to check in. */
export function WellbeingPage() {
  const person = usePerson();
  const state = useQuery<MySupervisionRecord>(MY_SUPERVISION_RECORD, { coachId: person.id });
  const done = useDoneMessage(state.reload);

  return (
    <Page title="Wellbeing and supervision" section={coachSection}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <p className="nhsuk-body">
        A short check-in every few weeks helps you and your supervisor notice when supporting others is wearing you down. It is a prompt for a conversation, not a test.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-button" to={CHECK_IN_PATH}>
          Check in on your wellbeing
        </Link>
      </p>
      <QueryView state={state} what="your check-ins and supervision">
        {({ supervisionRecord }) => (
          <>
            <h2 className="nhsuk-heading-m">Your check-ins</h2>
            <p className="nhsuk-body">Only you and your supervisor can see these.</p>
            {supervisionRecord.checkIns.length ? <CheckInsTable checkIns={supervisionRecord.checkIns} /> : <p className="nhsuk-body">You have not checked in yet.</p>}
            <h2 className="nhsuk-heading-m">Supervision sessions</h2>
            {supervisionRecord.sessions.length ? <SessionsTable sessions={supervisionRecord.sessions} /> : <p className="nhsuk-body">No supervision sessions are recorded for you yet. Your supervisor records them.</p>}
          </>
        )}
      </QueryView>
      <h2 className="nhsuk-heading-m">If you are finding things hard</h2>
      <p className="nhsuk-body">
        Talk to your supervisor, or to your line manager or your organisation&apos;s occupational health or staff wellbeing service. You can also pause new introductions on the{' '}
        <Link to={`${coachSection.basePath}/availability`}>availability page</Link>; the people you support now are not affected.
      </p>
    </Page>
  );
}
