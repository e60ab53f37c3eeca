import { useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, SuccessBanner } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { Checkboxes, Radios, TextArea, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { LOG_SUPERVISION_SESSION, SUPERVISEES } from './api';
import { checkSessionForm, EMPTY_SESSION_FORM, MAX_MINUTES, MIN_MINUTES, SESSION_FIELD_IDS, SUPERVISION_THEMES, type SessionForm } from './session-form';
import { supervisorSection } from './section';
import { formatDate, londonToday } from '../../words/dates';
import { sentenceCase } from '../../words/phrases';

type Supervisee = { coachId: string; coachName: string };

/** A supervision session held with one or more of the coaches the supervisor supervises. */
export function LogSessionPage() {
  const state = useQuery<{ caseloads: Supervisee[] }>(SUPERVISEES);
  const [form, setForm] = useState<SessionForm>(EMPTY_SESSION_FORM);
  const [checkProblems, setCheckProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | undefined>();
  const log = useMutation<{ logSupervisionSession: string }>(LOG_SUPERVISION_SESSION);
  // The service's own refusals (a coach not supervised, a date in the future) show like the form's own checks.
  const problems: readonly Problem[] = checkProblems.length ? checkProblems : (log.error?.problems ?? []);
  const errorFor = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const set = (change: Partial<SessionForm>) => setForm((current) => ({ ...current, ...change }));

  async function submit(event: FormEvent, supervisees: Supervisee[]) {
    event.preventDefault();
    setDone(undefined);
    const checked = checkSessionForm(form, londonToday());
    setCheckProblems(checked.problems);
    if (!checked.input) return;
    const input = checked.input;
    if (!(await log.run({ input }))) return;
    const names = supervisees.filter((supervisee) => input.superviseeIds.includes(supervisee.coachId)).map((supervisee) => supervisee.coachName);
    setForm(EMPTY_SESSION_FORM);
    setDone(`Supervision session on ${formatDate(input.heldOn)} logged with ${names.join(', ')}. Its hours count towards their accreditation.`);
  }

  return (
    <Page title="Log a supervision session" section={supervisorSection} problems={problems} fieldIds={SESSION_FIELD_IDS}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <QueryView state={state} what="the coaches you supervise">
        {({ caseloads }) =>
          caseloads.length === 0 ? (
            <p className="nhsuk-body">You do not supervise anyone at the moment, so there is no session to log. A programme lead assigns coaches and mentors to you.</p>
          ) : (
            <form onSubmit={(event) => void submit(event, caseloads)} noValidate>
              <Radios
                id={SESSION_FIELD_IDS.format}
                legend="What kind of session was it?"
                options={[
                  { value: 'ONE_TO_ONE', label: 'One to one' },
                  { value: 'GROUP', label: 'Group' },
                ]}
                value={form.format}
                onChange={(format) => set({ format: format as SessionForm['format'] })}
                error={errorFor('format')}
              />
              <Checkboxes
                id={SESSION_FIELD_IDS.superviseeIds}
                legend="Who was there?"
                hint="Select every coach or mentor you supervise who took part."
                options={[...caseloads].sort((a, b) => a.coachName.localeCompare(b.coachName, 'en-GB')).map((supervisee) => ({ value: supervisee.coachId, label: supervisee.coachName }))}
                values={form.superviseeIds}
                onChange={(superviseeIds) => set({ superviseeIds })}
                error={errorFor('superviseeIds')}
              />
              <DateInput
                id="held-on"
                legend="When was it held?"
                hint="For example, 27 3 2026. It cannot be in the future."
                value={{ day: form.day, month: form.month, year: form.year }}
                onChange={(date) => set(date)}
                error={errorFor('heldOn')}
              />
              <TextInput
                id={SESSION_FIELD_IDS.minutes}
                label="How long did it last, in minutes?"
                hint={`From ${MIN_MINUTES} to ${MAX_MINUTES} minutes.`}
                inputMode="numeric"
                width={4}
                value={form.minutes}
                onChange={(event) => set({ minutes: event.target.value })}
                error={errorFor('minutes')}
              />
              <Checkboxes
                id={SESSION_FIELD_IDS.themes}
                legend="What did you talk about? (optional)"
                hint="Themes are counted across sessions; they never carry what was said."
                options={SUPERVISION_THEMES.map((theme) => ({ value: theme, label: sentenceCase(theme) }))}
                values={form.themes}
                onChange={(themes) => set({ themes })}
                error={errorFor('themes')}
              />
              <TextArea
                id={SESSION_FIELD_IDS.agreedActions}
                label="Actions you agreed (optional)"
                hint="One action a line. The coaches who were there will see these."
                value={form.agreedActions}
                onChange={(event) => set({ agreedActions: event.target.value })}
                error={errorFor('agreedActions')}
                rows={3}
              />
              <TextArea
                id={SESSION_FIELD_IDS.privateNotes}
                label="Private notes (optional)"
                hint="Only you and the coaches who were there can read these."
                value={form.privateNotes}
                onChange={(event) => set({ privateNotes: event.target.value })}
                error={errorFor('privateNotes')}
              />
              <Button disabled={log.running}>Log session</Button>
            </form>
          )
        }
      </QueryView>
    </Page>
  );
}
