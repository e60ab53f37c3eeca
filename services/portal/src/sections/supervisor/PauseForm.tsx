import { useEffect, useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { Button } from '../../components/content';
import { TextArea } from '../../components/fields';
import { PAUSE_COACH, RESUME_COACH, type Caseload } from './api';

/** The API's field names mapped to this form's inputs, for the error summary's links. */
export const PAUSE_FIELD_IDS = { reason: 'pause-reason', note: 'resume-note' };


/**
 * Pause a coach (matching stops proposing them) with a reason, or resume one this supervisor paused.
 * Problems go up to the page, so its error summary lists them.
 */
export function PauseForm({ caseload, onDone, onProblems }: { caseload: Caseload; onDone: (message: string) => void; onProblems: (problems: readonly Problem[]) => void }) {
  const pause = useMutation<{ pauseCoach: boolean }>(PAUSE_COACH);
  const resume = useMutation<{ resumeCoach: boolean }>(RESUME_COACH);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const pauseError = pause.error;
  const resumeError = resume.error;

  useEffect(() => {
    const fromApi = [...(pauseError?.problems ?? []), ...(resumeError?.problems ?? [])];
    onProblems(reasonError ? [{ message: reasonError, code: 'BAD_USER_INPUT', field: 'reason' }] : fromApi);
  }, [reasonError, pauseError, resumeError, onProblems]);

  async function submitPause(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(`Enter why you are pausing ${caseload.coachName}`);
      return;
    }
    setReasonError(undefined);
    const done = await pause.run({ coachId: caseload.coachId, reason: reason.trim() });
    if (done) {
      setReason('');
      onDone(`${caseload.coachName} is paused. Matching will not propose them until you resume them.`);
    }
  }

  async function submitResume(event: FormEvent) {
    event.preventDefault();
    const done = await resume.run({ coachId: caseload.coachId, note: note.trim() || null });
    if (done) {
      setNote('');
      onDone(`${caseload.coachName} is resumed and can be proposed for matches again.`);
    }
  }

  if (caseload.pausedBySupervisor) {
    return (
      <form onSubmit={(event) => void submitResume(event)} noValidate>
        <h2 className="nhsuk-heading-m">Resume {caseload.coachName}</h2>
        <p className="nhsuk-body">You paused this coach. Resuming lets matching propose them again.</p>
        <TextArea id={PAUSE_FIELD_IDS.note} label="Note for the coach (optional)" hint="For example, what you agreed when you last met." value={note} onChange={(event) => setNote(event.target.value)} rows={3} />
        <Button disabled={resume.running}>Resume coach</Button>
      </form>
    );
  }
  return (
    <form onSubmit={(event) => void submitPause(event)} noValidate>
      <h2 className="nhsuk-heading-m">Pause {caseload.coachName}</h2>
      <p className="nhsuk-body">
        While paused, matching does not propose them for new relationships. Their current relationships carry on.
        {caseload.paused && ' They have also paused themself; your pause stays until you resume them.'}
      </p>
      <TextArea
        id={PAUSE_FIELD_IDS.reason}
        label="Why are you pausing this coach?"
        hint="The coach and their programme lead will see this."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError ?? pauseError?.problems.find((problem) => problem.field === 'reason')?.message}
        rows={3}
      />
      <Button disabled={pause.running} secondary>
        Pause coach
      </Button>
    </form>
  );
}
