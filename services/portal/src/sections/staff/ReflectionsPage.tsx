import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, SuccessBanner } from '../../components/content';
import { TextArea } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import type { PortalSection } from '../section';
import { ADD_REFLECTION, MY_REFLECTIONS, RELATIONSHIP, type Reflection, type Relationship } from './coaching-api';
import { kindWords } from './coaching-words';
import { formatDate } from '../../words/dates';

const MISSING_TEXT = { field: 'text', message: 'Enter your reflection', code: 'BAD_USER_INPUT' };

/** A person's own reflections on one relationship: readable by them alone, shown as such. */
export function ReflectionsPage({ section, relationshipPath }: { section: PortalSection; relationshipPath: (id: string) => string }) {
  const { relationshipId = '' } = useParams();
  const relationship = useQuery<{ relationship: Relationship }>(RELATIONSHIP, { id: relationshipId });
  const reflections = useQuery<{ myReflections: Reflection[] }>(MY_REFLECTIONS, { relationshipId });
  const add = useMutation<{ addReflection: { id: string } }>(ADD_REFLECTION);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setMissing(!text.trim());
    if (!text.trim()) return;
    if (await add.run({ relationshipId, text: text.trim() })) {
      setText('');
      setSaved(true);
      reflections.reload();
    }
  };

  const problems = missing ? [MISSING_TEXT] : (add.error?.problems ?? []);
  const about = relationship.status === 'ready' ? relationship.data.relationship : undefined;
  const words = kindWords(about?.kind ?? 'COACHING');
  const other = about ? (about.mySide === 'coach' ? about.coachee.name : about.coach.name) : undefined;
  return (
    <Page title="Private reflections" caption={other ? `Your ${words.support} with ${other}` : undefined} section={section} problems={problems} fieldIds={{ text: 'reflection-text' }}>
      <InsetText>
        <p>Only you can read these reflections. They are kept encrypted and are never shown to your {about?.mySide === 'coach' ? words.receiver : words.giver}, your line manager, a supervisor or the programme team.</p>
      </InsetText>
      {saved && <SuccessBanner>Your reflection is saved.</SuccessBanner>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextArea id="reflection-text" label="Add a reflection" hint="What you noticed, learned or want to try next" value={text} onChange={(event) => setText(event.target.value)} error={problems.find((problem) => problem.field === 'text')?.message} />
        <Button disabled={add.running}>Save reflection</Button>
      </form>
      <h2 className="nhsuk-heading-m">Your reflections</h2>
      <QueryView state={reflections} what="your reflections">
        {({ myReflections }) =>
          myReflections.length ? (
            <ul className="nhsuk-list nhsuk-list--border">
              {[...myReflections].reverse().map((reflection) => (
                <li key={reflection.id}>
                  <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1">Written on {formatDate(reflection.writtenAt)}</p>
                  <p className="nhsuk-body" style={{ whiteSpace: 'pre-wrap' }}>
                    {reflection.text}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="nhsuk-body">You have not written any reflections yet.</p>
          )
        }
      </QueryView>
      <p className="nhsuk-body">
        <Link to={relationshipPath(relationshipId)}>Back to the relationship</Link>
      </p>
    </Page>
  );
}
