import { ACTION_HEADER, Button, InsetText, Table } from '../../components/content';
import { formatDate } from '../../words/dates';
import { learnerName } from './learner-names';
import { ATTENDANCE_ACTIONS, attendanceWords, registerChoices } from './register';
import type { Attendance, Enrolment, TrainingEventDetail } from './training-queries';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * Who holds a place and who is waiting; from the day of the training, the register beside each place: one learner at a
 * time, each answer sent as it is given.
 */
export function RegisterTables({
  event,
  names,
  registerOpen,
  running,
  onRecord,
}: {
  event: TrainingEventDetail;
  names: ReadonlyMap<string, string>;
  registerOpen: boolean;
  running: boolean;
  onRecord: (enrolment: Enrolment, attendance: Attendance) => void;
}) {
  const places = event.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED');
  const waiting = event.enrolments.filter((enrolment) => enrolment.status === 'WAITING');
  const ended = event.enrolments.length - places.length - waiting.length;
  const nameOf = (enrolment: Enrolment) => learnerName(names, enrolment.learnerId);
  const taking = registerOpen && places.some((enrolment) => registerChoices(enrolment).length > 0);
  return (
    <>
      {event.status === 'SCHEDULED' && !registerOpen && (
        <InsetText>
          <p>The register opens on {formatDate(event.date)}, the day of the training.</p>
        </InsetText>
      )}
      {registerOpen && places.length > 0 && !taking && <p>The register is complete: there is nothing left to record.</p>}
      {places.length ? (
        <Table
          caption={`Places: ${event.placesTaken} of ${event.capacity} taken`}
          head={['Learner', 'Read the pre-training booklet', 'Attendance', ...(taking ? [ACTION_HEADER] : [])]}
          rowHeaders
          rowKeys={places.map((enrolment) => enrolment.learnerId)}
          rows={places.map((enrolment) => [
            nameOf(enrolment),
            yesNo(enrolment.acknowledgedExpectations),
            attendanceWords(enrolment),
            ...(taking ? [<RegisterButtons key="register" enrolment={enrolment} name={nameOf(enrolment)} running={running} onRecord={onRecord} />] : []),
          ])}
        />
      ) : (
        <p>Nobody holds a place{event.status === 'SCHEDULED' ? ' yet' : ''}.</p>
      )}
      {waiting.length > 0 && (
        <Table
          caption={`Waiting list: ${waiting.length}`}
          head={['Learner', 'Place in line', 'Read the pre-training booklet']}
          numeric={[1]}
          rowHeaders
          rowKeys={waiting.map((enrolment) => enrolment.learnerId)}
          rows={waiting.map((enrolment) => [nameOf(enrolment), enrolment.waitingPosition ?? '', yesNo(enrolment.acknowledgedExpectations)])}
        />
      )}
      {ended > 0 && (
        <p>
          {ended === 1 ? '1 person' : `${ended} people`} {event.status === 'CANCELLED' ? 'lost their place when the event was cancelled' : 'gave up their place or left the waiting list'}.
        </p>
      )}
    </>
  );
}

function RegisterButtons({ enrolment, name, running, onRecord }: { enrolment: Enrolment; name: string; running: boolean; onRecord: (enrolment: Enrolment, attendance: Attendance) => void }) {
  const choices = registerChoices(enrolment);
  if (!choices.length) return null;
  return (
    <>
      {choices.map((attendance) => (
        <Button key={attendance} type="button" secondary disabled={running} onClick={() => onRecord(enrolment, attendance)}>
          {ATTENDANCE_ACTIONS[attendance]}
          <span className="nhsuk-u-visually-hidden">: {name}</span>
        </Button>
      ))}
      {!enrolment.acknowledgedExpectations && <p className="nhsuk-body-s">Cannot complete the course until they read the pre-training booklet.</p>}
    </>
  );
}
