import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '../../api/use-mutation';
import { Button, InsetText, SuccessBanner } from '../../components/content';
import { Checkboxes, Radios, Select, TextArea, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { REQUEST_APPROVAL, REQUEST_SUPPORT } from './coaching-api';
import { checkRequest, fieldError, splitList } from './coaching-checks';
import type { Problem } from '../../api/api-error';
import { staffSection } from './section';
import { PROGRAMME_DESCRIPTIONS } from '../../words/programmes';

const KINDS = [
  { value: 'MENTORING', label: 'A mentor' },
  { value: 'COACHING', label: 'A coach' },
];

const FORMATS = [
  { value: 'EITHER', label: 'In person or remotely' },
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'REMOTE', label: 'Remotely (video or phone)' },
];

const PREFERENCES = [
  { value: 'sameSite', label: 'Only someone who can meet at my site' },
  { value: 'shiftCompatible', label: 'Someone whose shifts fit mine' },
  { value: 'outsideDirectorate', label: 'Someone from outside my directorate' },
  { value: 'outsideStaffGroup', label: 'Someone from outside my staff group' },
  { value: 'outsideOrganisation', label: 'Someone from another organisation' },
  { value: 'notSameTeam', label: 'Never someone from my own team' },
];

const FIELD_IDS = { kind: 'kind', programme: 'programme', goals: 'goals', topics: 'topics', format: 'format', gender: 'gender' };

/** Asking for a coach or mentor: what for, and what would help the match. */
export function AskPage() {
  const navigate = useNavigate();
  const send = useMutation<{ requestSupport: { id: string } }>(REQUEST_SUPPORT);
  const release = useMutation<{ requestManagerApproval: { id: string } }>(REQUEST_APPROVAL);
  const [kind, setKind] = useState('');
  const [programme, setProgramme] = useState('GENERAL');
  const [goals, setGoals] = useState('');
  const [topics, setTopics] = useState('');
  const [format, setFormat] = useState('EITHER');
  const [preferences, setPreferences] = useState<string[]>(['notSameTeam']);
  const [gender, setGender] = useState('');
  const [checks, setChecks] = useState<Problem[]>([]);
  const [releaseAsked, setReleaseAsked] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkRequest({ kind, programme, goals });
    setChecks(found);
    if (found.length) return;
    const chosen = (name: string) => preferences.includes(name);
    const sent = await send.run({
      input: {
        programme,
        kind,
        goals: goals.trim(),
        topics: splitList(topics),
        preferences: {
          sameSite: chosen('sameSite'),
          format,
          shiftCompatible: chosen('shiftCompatible'),
          outsideDirectorate: chosen('outsideDirectorate'),
          outsideStaffGroup: chosen('outsideStaffGroup'),
          outsideOrganisation: chosen('outsideOrganisation'),
          notSameTeam: chosen('notSameTeam'),
          gender: gender.trim() || null,
        },
      },
    });
    if (sent) void navigate(`${staffSection.basePath}/requests?sent=${kind.toLowerCase()}`);
  };

  const askRelease = async () => {
    if (await release.run({ kind: 'RELEASE_FOR_COACHING', programme })) setReleaseAsked(true);
  };

  const problems = checks.length ? checks : [...(send.error?.problems ?? []), ...(release.error?.problems ?? [])];
  const needsRelease = send.error?.code === 'RELEASE_REQUIRED' || send.error?.problems.some((problem) => problem.code === 'RELEASE_REQUIRED');
  const supporter = kind === 'COACHING' ? 'coach' : 'mentor';
  return (
    <Page title="Ask for a coach or mentor" section={staffSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-body">A programme lead matches requests with coaches and mentors. You will be introduced by email and can meet before deciding whether to go ahead.</p>
      {needsRelease && !releaseAsked && (
        <InsetText>
          <p>Your organisation asks your line manager to agree to release you first.</p>
          <Button type="button" secondary disabled={release.running} onClick={() => void askRelease()}>
            Ask my line manager to release me
          </Button>
        </InsetText>
      )}
      {releaseAsked && <SuccessBanner>We have asked your line manager. Send your request again once they agree.</SuccessBanner>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios id="kind" legend="What would you like?" options={KINDS} value={kind} onChange={setKind} error={fieldError(problems, 'kind')} />
        <Select id="programme" label="Programme" options={PROGRAMME_DESCRIPTIONS} value={programme} onChange={(event) => setProgramme(event.target.value)} error={fieldError(problems, 'programme')} />
        <TextArea
          id="goals"
          label="What would you like to work on?"
          hint={`Your goals are private: only you see them, and your ${supporter} once you are introduced.`}
          value={goals}
          onChange={(event) => setGoals(event.target.value)}
          error={fieldError(problems, 'goals')}
        />
        <TextInput id="topics" label="Topics (optional)" hint="Separate topics with commas, for example: leadership, returning from leave" value={topics} onChange={(event) => setTopics(event.target.value)} error={fieldError(problems, 'topics')} />
        <Radios id="format" legend="How would you like to meet?" options={FORMATS} value={format} onChange={setFormat} error={fieldError(problems, 'format')} />
        <Checkboxes id="preferences" legend="Anything else that matters to you? (optional)" hint="Select all that apply" options={PREFERENCES} values={preferences} onChange={setPreferences} />
        <TextInput id="gender" label={`Gender of your ${supporter} (optional)`} hint="Only if it matters to you" width={20} value={gender} onChange={(event) => setGender(event.target.value)} error={fieldError(problems, 'gender')} />
        <Button disabled={send.running}>Send request</Button>
      </form>
    </Page>
  );
}
