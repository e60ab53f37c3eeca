import { useState } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SuccessBanner, Table } from '../../components/content';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryView } from '../../layout/QueryView';
import { CANCEL_ENROLMENT, ENROL, TRAINING_EVENTS, type TrainingEvent } from './coaching-api';
import { addMonths, formatDate, londonToday } from '../../words/dates';

/** The organisation's training dates in the next six months, with a place to take or give up on each. */
export function TrainingEventsTable({ organisationId }: { organisationId: string }) {
  const today = londonToday();
  const state = useQuery<{ trainingEvents: TrainingEvent[] }>(TRAINING_EVENTS, { organisationId, from: today, to: addMonths(today, 6) });
  const enrol = useMutation<{ enrol: { status: string } }>(ENROL);
  const cancel = useMutation<{ cancelEnrolment: { status: string } }>(CANCEL_ENROLMENT);
  const [done, setDone] = useState<string | undefined>();

  const act = async (run: (variables: Record<string, unknown>) => Promise<unknown>, event: TrainingEvent, message: string) => {
    setDone(undefined);
    if (await run({ trainingEventId: event.id })) {
      setDone(message);
      state.reload();
    }
  };

  const problems = [...(enrol.error?.problems ?? []), ...(cancel.error?.problems ?? [])];
  return (
    <>
      <ErrorSummary problems={problems} />
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <QueryView state={state} what="training dates">
        {({ trainingEvents }) => {
          const open = trainingEvents.filter((event) => event.status === 'SCHEDULED');
          if (!open.length) return <p className="nhsuk-body">There are no training dates in the next six months.</p>;
          return (
            <Table
              caption="Training dates in the next six months"
              head={['Course', 'Date', 'Time', 'Where', 'Places left', 'Your place']}
              numeric={[4]}
              rows={open.map((event) => {
                const what = `${event.courseTitle} on ${formatDate(event.date)}`;
                const mine = event.myEnrolment && event.myEnrolment.status !== 'CANCELLED' ? event.myEnrolment : null;
                return [
                  event.courseTitle,
                  formatDate(event.date),
                  `${event.startTime} to ${event.endTime}`,
                  event.venue ?? (event.onlineLink ? 'Online' : 'To be confirmed'),
                  event.placesLeft,
                  mine ? (
                    <>
                      <p className="nhsuk-body-s">{mine.status === 'ENROLLED' ? 'You have a place' : `Waiting list, number ${mine.waitingPosition ?? ''}`}</p>
                      <Button type="button" secondary disabled={cancel.running} onClick={() => void act(cancel.run, event, `You have given up your place on ${what}.`)}>
                        Give up<span className="nhsuk-u-visually-hidden"> your place on {what}</span>
                      </Button>
                    </>
                  ) : (
                    <Button type="button" secondary disabled={enrol.running} onClick={() => void act(enrol.run, event, `You are enrolled on ${what}, or on its waiting list if it is full.`)}>
                      Enrol<span className="nhsuk-u-visually-hidden"> on {what}</span>
                    </Button>
                  ),
                ];
              })}
            />
          );
        }}
      </QueryView>
    </>
  );
}
