import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { InsetText, SuccessBanner, SummaryList, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { formatDate, londonToday } from '../../words/dates';
import { CourseDetails } from './CourseDetails';
import { learnerName } from './learner-names';
import { canCancel, recordedMessage, registerIsOpen } from './register';
import { RegisterTables } from './RegisterTables';
import { leadSection } from './section';
import { RECORD_ATTENDANCE, TRAINING_EVENT, type Attendance, type Enrolment, type TrainingEventDetail } from './training-queries';
import { useLearnerNames } from './use-learner-names';

const backLink = (
  <p>
    <Link to="/programme/training">Back to training events</Link>
  </p>
);

/** One training day: when and where, the course, who is enrolled and waiting, the register from the day itself, and cancelling. */
export function TrainingEventPage() {
  const { eventId = '' } = useParams();
  const event = useQuery<{ trainingEvent: TrainingEventDetail | null }>(TRAINING_EVENT, { id: eventId });
  if (event.status === 'ready' && event.data.trainingEvent) return <EventView event={event.data.trainingEvent} reload={event.reload} />;
  return (
    <Page title="Training event" section={leadSection}>
      <QueryView state={event} what="the training event">
        {() => <p>There is no training event at this address. It may be in another organisation, or the link may be wrong.</p>}
      </QueryView>
      {backLink}
    </Page>
  );
}

function EventView({ event, reload }: { event: TrainingEventDetail; reload: () => void }) {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const names = useLearnerNames(event.enrolments.map((enrolment) => enrolment.learnerId));
  const record = useMutation<{ recordAttendance: Enrolment }>(RECORD_ATTENDANCE);
  const [recorded, setRecorded] = useState<string | undefined>();
  const registerOpen = registerIsOpen(event, londonToday(new Date()));

  const onRecord = async (enrolment: Enrolment, attendance: Attendance) => {
    setRecorded(undefined);
    const result = await record.run({ trainingEventId: event.id, learnerId: enrolment.learnerId, attendance });
    if (!result) return;
    setRecorded(recordedMessage(learnerName(names, enrolment.learnerId), event.courseTitle, result.recordAttendance));
    reload();
  };

  const where = [event.venue, event.onlineLink ? 'Online' : null].filter(Boolean).join(' and ');
  return (
    <Page title={event.courseTitle} caption={`Training event on ${formatDate(event.date)}`} section={leadSection} problems={record.error?.problems}>
      {notice && (
        <SuccessBanner>
          <p>{notice}</p>
        </SuccessBanner>
      )}
      {event.status === 'CANCELLED' && (
        <InsetText>
          <p>This training event was cancelled{event.cancelReason ? `: ${event.cancelReason}` : '.'}</p>
        </InsetText>
      )}
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(event.date) },
          { key: 'Time', value: `${event.startTime} to ${event.endTime}, London time` },
          { key: 'Where', value: where || 'To be confirmed' },
          ...(event.onlineLink ? [{ key: 'Online link', value: event.onlineLink }] : []),
          { key: 'Facilitator', value: event.facilitator },
          { key: 'Places', value: `${event.placesTaken} taken of ${event.capacity}, ${event.placesLeft} left` },
          { key: 'Waiting list', value: event.waitingCount === 1 ? '1 person' : `${event.waitingCount} people` },
          { key: 'Status', value: event.status === 'CANCELLED' ? <Tag colour="grey">Cancelled</Tag> : <Tag colour="green">Scheduled</Tag> },
        ]}
      />
      {canCancel(event, new Date()) && (
        <p>
          <Link to={`/programme/training/${event.id}/cancel`}>Cancel this training event</Link>
        </p>
      )}
      <h2>Who is enrolled</h2>
      {recorded && (
        <SuccessBanner>
          <p>{recorded}</p>
        </SuccessBanner>
      )}
      <RegisterTables event={event} names={names} registerOpen={registerOpen} running={record.running} onRecord={(enrolment, attendance) => void onRecord(enrolment, attendance)} />
      <h2>The course</h2>
      <CourseDetails organisationId={event.organisationId} courseId={event.courseId} />
      {backLink}
    </Page>
  );
}
