import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, Loading } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, EMPTY_DATE } from '../../components/date-parts';
import { Select, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { useOrganisationChoice } from './OrganisationChoice';
import { problemFor } from './pair-decision';
import { SCHEDULE_TRAINING, TRAINING, type TrainingData } from './queries';
import { checkTrainingDate, SCHEDULE_FIELDS, scheduleProblems, type ScheduleTrainingInput } from './schedule-training';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';
import { formatDate, londonToday } from '../../words/dates';

const EMPTY: ScheduleTrainingInput = { courseId: '', date: EMPTY_DATE, startTime: '', endTime: '', venue: '', onlineLink: '', facilitator: '', capacity: '' };

/** Puts a date in the diary for one of the organisation's offered courses. */
export function ScheduleTrainingPage() {
  const lead = useLeadScopes();
  const organisation = useOrganisationChoice(lead?.organisations);
  const today = londonToday(new Date());
  const catalogue = useQuery<TrainingData>(TRAINING, { organisationId: organisation?.id ?? '', from: today, to: today }, { skip: !organisation });
  const schedule = useMutation<{ scheduleTrainingEvent: { id: string; courseTitle: string; date: string; startTime: string } }>(SCHEDULE_TRAINING);
  const navigate = useNavigate();
  const [input, setInput] = useState<ScheduleTrainingInput>(EMPTY);
  const [ownProblems, setOwnProblems] = useState<Problem[]>([]);
  const problems = ownProblems.length ? ownProblems : (schedule.error?.problems ?? []);
  const set = (change: Partial<ScheduleTrainingInput>) => setInput((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    schedule.clearError();
    const found = scheduleProblems(input, today);
    setOwnProblems(found);
    if (found.length) return;
    const result = await schedule.run({
      input: {
        courseId: input.courseId,
        date: checkTrainingDate(input, today).date,
        startTime: input.startTime,
        endTime: input.endTime,
        venue: input.venue.trim() || null,
        onlineLink: input.onlineLink.trim() || null,
        facilitator: input.facilitator.trim(),
        capacity: Number(input.capacity),
      },
    });
    if (!result) return;
    const { courseTitle, date, startTime } = result.scheduleTrainingEvent;
    await navigate(`/programme/training?organisation=${organisation?.id ?? ''}`, { state: { notice: `${courseTitle} is scheduled for ${formatDate(date)} at ${startTime}.` } });
  };

  return (
    <Page title="Schedule a training event" caption={organisation?.name} section={leadSection} problems={problems} fieldIds={SCHEDULE_FIELDS}>
      {!lead ? (
        <Loading what="your organisations" />
      ) : !organisation ? (
        <p>You do not lead the programme in any organisation, so you cannot schedule training.</p>
      ) : (
        <QueryView state={catalogue} what="the course catalogue">
          {({ courses }) => {
            const offered = courses.filter((course) => course.status === 'OFFERED');
            if (!offered.length) {
              return (
                <InsetText>
                  <p>There are no courses on offer to schedule.</p>
                </InsetText>
              );
            }
            return (
              <form onSubmit={(event) => void submit(event)} noValidate>
                <Select
                  id={SCHEDULE_FIELDS.courseId}
                  label="Course"
                  error={problemFor(problems, 'courseId')}
                  value={input.courseId}
                  onChange={(event) => set({ courseId: event.target.value })}
                  options={[{ value: '', label: 'Select a course' }, ...offered.map((course) => ({ value: course.id, label: course.title }))]}
                />
                <DateInput
                  id="event-date"
                  legend="Date"
                  hint="Today or later, for example 12 1 2027"
                  error={problemFor(problems, 'date')}
                  errorBoxes={boxesInError(problems, 'date')}
                  value={input.date}
                  onChange={(date) => set({ date })}
                />
                <TextInput id={SCHEDULE_FIELDS.startTime} label="Start time" hint="London time, for example 09:30" type="time" width={5} error={problemFor(problems, 'startTime')} value={input.startTime} onChange={(event) => set({ startTime: event.target.value })} />
                <TextInput id={SCHEDULE_FIELDS.endTime} label="End time" hint="London time, for example 16:30" type="time" width={5} error={problemFor(problems, 'endTime')} value={input.endTime} onChange={(event) => set({ endTime: event.target.value })} />
                <TextInput id={SCHEDULE_FIELDS.venue} label="Venue (optional if online)" error={problemFor(problems, 'venue')} value={input.venue} onChange={(event) => set({ venue: event.target.value })} />
                <TextInput id={SCHEDULE_FIELDS.onlineLink} label="Online link (optional)" hint="For an online or hybrid day; starts with https://" type="url" error={problemFor(problems, 'onlineLink')} value={input.onlineLink} onChange={(event) => set({ onlineLink: event.target.value })} />
                <TextInput
                  id={SCHEDULE_FIELDS.facilitator}
                  label="Facilitator"
                  error={problemFor(problems, 'facilitator') ?? problemFor(problems, 'Facilitator')}
                  value={input.facilitator}
                  onChange={(event) => set({ facilitator: event.target.value })}
                />
                <TextInput id={SCHEDULE_FIELDS.capacity} label="Places" inputMode="numeric" width={3} error={problemFor(problems, 'capacity')} value={input.capacity} onChange={(event) => set({ capacity: event.target.value })} />
                <Button disabled={schedule.running}>Schedule training event</Button>
              </form>
            );
          }}
        </QueryView>
      )}
      <p>
        <Link to="/programme/training">Back to training events</Link>
      </p>
    </Page>
  );
}
