import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText } from '../../components/content';
import { TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { formatDate } from '../../words/dates';
import { cancelConsequence, cancelProblems, CANCEL_FIELDS, MAX_REASON } from './cancel-training';
import { problemFor } from './pair-decision';
import { canCancel } from './register';
import { leadSection } from './section';
import { CANCEL_TRAINING_EVENT, TRAINING_EVENT, type TrainingEventDetail } from './training-queries';

/**
 * The confirmation step before a training event is cancelled, as NHS services ask before anything that cannot be
 * undone: what is lost and by whom, the reason, and a way back that changes nothing.
 */
export function CancelTrainingEventPage() {
  const { eventId = '' } = useParams();
  const event = useQuery<{ trainingEvent: TrainingEventDetail | null }>(TRAINING_EVENT, { id: eventId });
  const cancel = useMutation<{ cancelTrainingEvent: { id: string; courseTitle: string; date: string } }>(CANCEL_TRAINING_EVENT);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [ownProblems, setOwnProblems] = useState<Problem[]>([]);
  const problems = ownProblems.length ? ownProblems : (cancel.error?.problems ?? []);
  const eventPath = `/programme/training/${eventId}`;

  const submit = async (form: FormEvent) => {
    form.preventDefault();
    cancel.clearError();
    const found = cancelProblems(reason);
    setOwnProblems(found);
    if (found.length) return;
    const result = await cancel.run({ trainingEventId: eventId, reason: reason.trim() });
    if (!result) return;
    const { courseTitle, date } = result.cancelTrainingEvent;
    await navigate(eventPath, { state: { notice: `${courseTitle} on ${formatDate(date)} is cancelled.` } });
  };

  return (
    <Page title="Cancel a training event" section={leadSection} problems={problems} fieldIds={CANCEL_FIELDS}>
      <QueryView state={event} what="the training event">
        {({ trainingEvent }) => {
          if (!trainingEvent) return <p>There is no training event at this address.</p>;
          if (!canCancel(trainingEvent, new Date())) {
            return (
              <InsetText>
                <p>
                  {trainingEvent.courseTitle} on {formatDate(trainingEvent.date)} {trainingEvent.status === 'CANCELLED' ? 'is already cancelled' : 'has started, so it can no longer be cancelled'}.
                </p>
              </InsetText>
            );
          }
          return (
            <form onSubmit={(form) => void submit(form)} noValidate>
              <p className="nhsuk-lede-text">
                Are you sure you want to cancel {trainingEvent.courseTitle} on {formatDate(trainingEvent.date)} at {trainingEvent.startTime}?
              </p>
              <InsetText>
                <p>{cancelConsequence(trainingEvent.placesTaken, trainingEvent.waitingCount)} A cancelled event cannot be scheduled again; you would schedule a new date.</p>
              </InsetText>
              <TextArea
                id={CANCEL_FIELDS.reason}
                label="Why is it cancelled?"
                hint={`Learners can see this reason. At most ${MAX_REASON} characters.`}
                error={problemFor(problems, 'reason') ?? problemFor(problems, 'Reason for cancelling')}
                value={reason}
                rows={3}
                onChange={(change) => setReason(change.target.value)}
              />
              <Button warning disabled={cancel.running}>Cancel training event</Button>
            </form>
          );
        }}
      </QueryView>
      <p>
        <Link to={eventPath}>No, keep the training event</Link>
      </p>
    </Page>
  );
}
