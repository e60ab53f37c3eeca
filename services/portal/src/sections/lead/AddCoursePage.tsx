import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { Button, Loading } from '../../components/content';
import { Checkboxes, Select, TextArea, TextInput } from '../../components/fields';
import { Page } from '../../layout/Page';
import { PROGRAMME_OPTIONS } from '../../words/programmes';
import { COURSE_FIELDS, COURSE_LIMITS, courseProblems, createCourseInput, EMPTY_COURSE, type AddCourseForm } from './add-course';
import { useOrganisationChoice } from './OrganisationChoice';
import { problemFor } from './pair-decision';
import { leadSection } from './section';
import { CREATE_COURSE } from './training-queries';
import { COURSE_KINDS, courseKindName, PRACTITIONER_ROLES, roleName, type PractitionerRole } from './training-words';
import { useLeadScopes } from './use-lead-scopes';

const ROLE_LEGENDS: Record<PractitionerRole, string> = {
  COACH: 'Qualifies people to coach in',
  MENTOR: 'Qualifies people to mentor in',
  SUPERVISOR: 'Qualifies people to supervise in',
};

/** Adds a course to the catalogue of an organisation the lead runs training for, so that dates can be scheduled for it. */
export function AddCoursePage() {
  const lead = useLeadScopes();
  const organisation = useOrganisationChoice(lead?.organisations);
  const create = useMutation<{ createCourse: { id: string; title: string } }>(CREATE_COURSE);
  const navigate = useNavigate();
  const [form, setForm] = useState<AddCourseForm>(EMPTY_COURSE);
  const [ownProblems, setOwnProblems] = useState<Problem[]>([]);
  const problems = ownProblems.length ? ownProblems : (create.error?.problems ?? []);
  const set = (change: Partial<AddCourseForm>) => setForm((current) => ({ ...current, ...change }));
  const error = (...fields: string[]) => fields.map((field) => problemFor(problems, field)).find(Boolean);
  const trainingPath = `/programme/training?organisation=${organisation?.id ?? ''}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organisation) return;
    create.clearError();
    const found = courseProblems(form);
    setOwnProblems(found);
    if (found.length) return;
    const result = await create.run({ input: createCourseInput(organisation.id, form) });
    if (!result) return;
    await navigate(trainingPath, { state: { notice: `${result.createCourse.title} is in ${organisation.name}’s catalogue. You can now schedule dates for it.` } });
  };

  return (
    <Page title="Add a course" caption={organisation?.name} section={leadSection} problems={problems} fieldIds={COURSE_FIELDS}>
      {!lead ? (
        <Loading what="your organisations" />
      ) : !organisation ? (
        <p>You do not lead the programme in any organisation, so you cannot add courses.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput id={COURSE_FIELDS.title} label="Course title" hint={`At most ${COURSE_LIMITS.title} characters`} error={error('title', 'Course title')} value={form.title} onChange={(event) => set({ title: event.target.value })} />
          <Select
            id={COURSE_FIELDS.kind}
            label="Kind of course"
            error={error('kind')}
            value={form.kind}
            onChange={(event) => set({ kind: event.target.value })}
            options={[{ value: '', label: 'Select the kind of course' }, ...COURSE_KINDS.map((kind) => ({ value: kind, label: courseKindName(kind) }))]}
          />
          <TextArea
            id={COURSE_FIELDS.modules}
            label="Modules"
            hint={`Put each module on its own line, for example Active listening. At most ${COURSE_LIMITS.modules} modules.`}
            error={error('modules', 'Module title')}
            value={form.modules}
            rows={6}
            onChange={(event) => set({ modules: event.target.value })}
          />
          <h2 className="nhsuk-heading-m">What completing it qualifies people for</h2>
          <p>Completing the course counts towards practising in the programmes you tick; staff also need their line manager’s approval. Tick none for a course that counts for CPD only.</p>
          {PRACTITIONER_ROLES.map((role, index) => (
            <Checkboxes
              key={role}
              id={`course-qualifies-${roleName(role)}`}
              legend={ROLE_LEGENDS[role]}
              error={index === 0 ? error('qualifies') : undefined}
              options={PROGRAMME_OPTIONS}
              values={form.qualifies[role]}
              onChange={(values) => set({ qualifies: { ...form.qualifies, [role]: values } })}
            />
          ))}
          <TextInput id={COURSE_FIELDS.cpdHours} label="CPD hours" hint="In quarter hours, for example 6.5" inputMode="decimal" width={4} error={error('cpdHours', 'CPD hours')} value={form.cpdHours} onChange={(event) => set({ cpdHours: event.target.value })} />
          <TextInput
            id={COURSE_FIELDS.validityMonths}
            label="How long the training counts, in months"
            hint={`Before a refresher is due; from 1 to ${COURSE_LIMITS.validityMonths}`}
            inputMode="numeric"
            width={3}
            error={error('validityMonths')}
            value={form.validityMonths}
            onChange={(event) => set({ validityMonths: event.target.value })}
          />
          <Button disabled={create.running}>Add course</Button>
        </form>
      )}
      <p>
        <Link to={trainingPath}>Back to training events</Link>
      </p>
    </Page>
  );
}
