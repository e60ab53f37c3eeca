import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, SuccessBanner } from '../../components/content';
import { Checkboxes, Radios, TextArea, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { fieldError, splitList } from '../staff/coaching-checks';
import { kindWords } from '../staff/coaching-words';
import { availabilityForm, MEETING_FORMATS } from './coach-words';
import { MY_COACH_PROFILE, SET_PREFERENCES, type CoachProfile } from './coach-api';
import { coachSection } from './section';
import { programmeDescription } from '../../words/programmes';

// The API names a refused gender by its label.
const FIELD_IDS = { capacity: 'capacity', formats: 'formats', tags: 'tags', gender: 'gender', Gender: 'gender', paused: 'available' };
const MAX_GENDER = 40;

/** How the coach or mentor can be matched: how many at once, how they meet, what they bring, and pause. */
export function AvailabilityPage() {
  const state = useQuery<{ myCoachProfile: CoachProfile | null }>(MY_COACH_PROFILE);
  const save = useMutation<{ setCoachPreferences: CoachProfile }>(SET_PREFERENCES);
  const profile = state.status === 'ready' ? state.data.myCoachProfile : null;
  const [form, setForm] = useState({ capacity: '', formats: [] as string[], tags: '', available: 'yes', gender: '' });
  const [checks, setChecks] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (profile) setForm(availabilityForm(profile));
  }, [profile]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!profile) return;
    setSaved(false);
    const found: Problem[] = [];
    if (!/^\d+$/.test(form.capacity.trim()) || Number(form.capacity) < 1) found.push({ field: 'capacity', message: 'Enter how many people you can support at once, as a whole number like 2', code: 'BAD_USER_INPUT' });
    if (!form.formats.length) found.push({ field: 'formats', message: 'Select at least one way you can meet', code: 'BAD_USER_INPUT' });
    if (form.gender.trim().length > MAX_GENDER) found.push({ field: 'gender', message: `Your gender must be ${MAX_GENDER} characters or fewer`, code: 'BAD_USER_INPUT' });
    setChecks(found);
    if (found.length) return;
    const paused = form.available === 'no';
    const input = {
      capacity: Number(form.capacity),
      siteIds: profile.siteIds,
      tags: splitList(form.tags),
      formats: form.formats,
      gender: form.gender.trim() || null,
      // Only a change is sent: pausing someone already paused is refused.
      ...(paused !== profile.paused ? { paused } : {}),
    };
    if (await save.run({ input })) {
      setSaved(true);
      state.reload();
    }
  };

  const problems = checks.length ? checks : (save.error?.problems ?? []);
  return (
    <Page title="Availability" section={coachSection} problems={problems} fieldIds={FIELD_IDS}>
      {saved && <SuccessBanner>Your availability is saved.</SuccessBanner>}
      <QueryView state={state} what="your availability">
        {({ myCoachProfile }) =>
          !myCoachProfile ? (
            <InsetText>
              <p>
                You are not in the pool yet: finish your training and get your line manager&apos;s agreement first. <Link to="/my-coaching/become-a-coach">Become a coach or mentor</Link>.
              </p>
            </InsetText>
          ) : (
            <>
              <p className="nhsuk-body">
                You can be matched for{' '}
                {myCoachProfile.eligibility.map((entry) => `${kindWords(entry.kind).support} in ${programmeDescription(entry.programme)}`).join('; ')}. You support {myCoachProfile.activeRelationships}{' '}
                {myCoachProfile.activeRelationships === 1 ? 'person' : 'people'} now.
              </p>
              {myCoachProfile.unresponsive && (
                <InsetText>
                  <p>You have introductions you have not answered, so you are not being proposed for new ones. Answer them on the introductions page.</p>
                </InsetText>
              )}
              <form noValidate onSubmit={(event) => void submit(event)}>
                <Radios
                  id="available"
                  legend="Are you taking new introductions?"
                  hint="Pause when you need a break; the people you support now are not affected."
                  options={[
                    { value: 'yes', label: 'Yes, I am available' },
                    { value: 'no', label: 'No, pause new introductions' },
                  ]}
                  value={form.available}
                  onChange={(available) => setForm({ ...form, available })}
                  error={fieldError(problems, 'paused')}
                />
                <TextInput
                  id="capacity"
                  label="How many people can you support at once?"
                  hint="At most your programme's limit, which is 2 unless your programme lead set another"
                  inputMode="numeric"
                  width={2}
                  value={form.capacity}
                  onChange={(event) => setForm({ ...form, capacity: event.target.value })}
                  error={fieldError(problems, 'capacity')}
                />
                <Checkboxes id="formats" legend="How can you meet?" options={MEETING_FORMATS} values={form.formats} onChange={(formats) => setForm({ ...form, formats })} error={fieldError(problems, 'formats')} />
                <TextArea
                  id="tags"
                  label="Your experience (optional)"
                  hint="One a line, for example: led a band 7 interview panel. People asking for support are matched on these."
                  rows={4}
                  value={form.tags}
                  onChange={(event) => setForm({ ...form, tags: event.target.value })}
                  error={fieldError(problems, 'tags')}
                />
                <TextInput
                  id="gender"
                  label="Your gender (optional)"
                  hint="Not shown to anyone else. Used only when someone asks for a coach or mentor of a particular gender."
                  width={20}
                  value={form.gender}
                  onChange={(event) => setForm({ ...form, gender: event.target.value })}
                  error={fieldError(problems, 'gender', 'Gender')}
                />
                <Button disabled={save.running}>Save availability</Button>
              </form>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
