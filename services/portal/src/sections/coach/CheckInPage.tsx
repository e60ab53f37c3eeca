import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { Button, InsetText } from '../../components/content';
import { Radios, TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { fieldError } from '../staff/coaching-checks';
import { RECORD_CHECK_IN } from './care-api';
import { WELLBEING_PATH } from './care-paths';
import { coachSection } from './section';
import { checkCheckIn, FREQUENCIES, itemFieldId, LOW_WELLBEING_BELOW, MAX_NOTE_LENGTH, MAX_TOTAL, scoresOf, WELLBEING_ITEMS, WELLBEING_STATEMENTS, type Answers } from './wellbeing-words';

/** Where each problem the API or the page's own checks name is shown and linked from the error summary. */
const FIELD_IDS: Record<string, string> = {
  ...Object.fromEntries(WELLBEING_ITEMS.map((item) => [`scores.${item}`, itemFieldId(item)])),
  scores: itemFieldId('energy'),
  text: 'wellbeing-note',
};

/** The coach's own wellbeing check-in: five statements about the last two weeks and, if they like, a note for their supervisor. */
export function CheckInPage() {
  const navigate = useNavigate();
  const record = useMutation<{ recordWellbeingCheckIn: string }>(RECORD_CHECK_IN);
  const [answers, setAnswers] = useState<Answers>({});
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Problem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkCheckIn(answers, note);
    setChecks(found);
    if (found.length) return;
    if (await record.run({ scores: scoresOf(answers), text: note.trim() || null })) {
      void navigate(WELLBEING_PATH, { state: { done: 'Your check-in is recorded. Thank you for taking the time.' } });
    }
  };

  const problems = checks.length ? checks : (record.error?.problems ?? []);
  return (
    <Page title="Check in on your wellbeing" section={coachSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-body">
        Supporting colleagues takes something out of you too. Think about the last two weeks and choose how often each statement has been true. It takes about a minute; there are no right
        answers, and nobody compares yours with anyone else&apos;s.
      </p>
      <InsetText>
        <p>
          Only you and your supervisor see your answers and your note. If your total is below {LOW_WELLBEING_BELOW} out of {MAX_TOTAL}, your caseload shows a &lsquo;low wellbeing&rsquo; flag with
          the total so your supervisor can talk with you; a programme lead looking at your caseload sees that flag too, but not your answers or your note.
        </p>
      </InsetText>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="nhsuk-heading-m">Over the last two weeks</h2>
        {WELLBEING_ITEMS.map((item) => (
          <Radios
            key={item}
            id={itemFieldId(item)}
            inline
            hiddenLegendPrefix="Over the last two weeks: "
            legend={WELLBEING_STATEMENTS[item]}
            options={FREQUENCIES}
            value={answers[item] ?? ''}
            onChange={(value) => setAnswers({ ...answers, [item]: value })}
            error={fieldError(problems, `scores.${item}`) ?? (item === 'energy' ? fieldError(problems, 'scores') : undefined)}
          />
        ))}
        <TextArea
          id="wellbeing-note"
          label="Anything you would like your supervisor to know (optional)"
          hint={`Only you and your supervisor can read this. Up to ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters.`}
          rows={4}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldError(problems, 'text')}
        />
        <Button disabled={record.running}>Record check-in</Button>
      </form>
      <p className="nhsuk-body">
        <Link to={WELLBEING_PATH}>Back to your wellbeing and supervision</Link>
      </p>
    </Page>
  );
}
