import { DeciderSpecification } from '@tapestry/eventsourcing';
import { courseDecider } from './course.decider';
import { createFoundationCourse, foundationCourseCreated } from './course.fixtures';

const spec = DeciderSpecification.for(courseDecider);
const retire = { type: 'RetireCourse', courseId: 'course-1', retiredBy: 'lead-1', now: new Date('2026-02-01T09:00:00.000Z') } as const;
const retired = { type: 'CourseRetired', data: { courseId: 'course-1', retiredBy: 'lead-1', retiredAt: '2026-02-01T09:00:00.000Z' } } as const;

describe('creating a course', () => {
  it('records the course with its modules, what it qualifies for, CPD hours and validity', () => {
    spec.given([]).when(createFoundationCourse()).then([foundationCourseCreated]);
  });

  it('trims titles and keeps a repeated qualification once', () => {
    const command = createFoundationCourse({
      title: '  Coaching and mentoring   foundation day ',
      qualifies: [
        { programme: 'general', role: 'coach' },
        { programme: 'general', role: 'mentor' },
        { programme: 'general', role: 'coach' },
      ],
    });
    spec.given([]).when(command).then([foundationCourseCreated]);
  });

  it('accepts a CPD-only course that qualifies for nothing', () => {
    const command = createFoundationCourse({ kind: 'refresher', qualifies: [] });
    spec
      .given([])
      .when(command)
      .then([{ ...foundationCourseCreated, data: { ...foundationCourseCreated.data, kind: 'refresher', qualifies: [] } }]);
  });

  it('refuses to create the same course twice', () => {
    spec.given([foundationCourseCreated]).when(createFoundationCourse()).thenThrows('COURSE_EXISTS');
  });

  it.each([
    ['an empty title', { title: '  ' }, /Course title is required/],
    ['an over-long title', { title: 'x'.repeat(121) }, /Course title is too long/],
    ['an unknown kind', { kind: 'wellbeing' }, /Unknown course kind "wellbeing"/],
    ['no modules', { modules: [] }, /at least one module/],
    ['too many modules', { modules: Array.from({ length: 31 }, (_, i) => `Module ${i}`) }, /at most 30 modules/],
    ['an empty module', { modules: ['GROW', ' '] }, /Module title is required/],
    ['a module listed twice', { modules: ['Active listening', 'active  LISTENING'] }, /listed twice/],
    ['an unknown programme', { qualifies: [{ programme: 'nursing', role: 'coach' }] }, /Unknown programme "nursing"/],
    ['an unknown role', { qualifies: [{ programme: 'general', role: 'counsellor' }] }, /Unknown role "counsellor"/],
    ['zero CPD hours', { cpdHours: 0 }, /more than zero/],
    ['negative CPD hours', { cpdHours: -3 }, /more than zero/],
    ['absurd CPD hours', { cpdHours: 1000 }, /more than the 100/],
    ['CPD hours that are not a number', { cpdHours: Number.NaN }, /more than zero/],
    ['CPD hours finer than a quarter hour', { cpdHours: 1.1 }, /quarter hours/],
    ['a validity of no months', { validityMonths: 0 }, /1 to 120/],
    ['a fractional validity', { validityMonths: 1.5 }, /whole number/],
    ['a validity over ten years', { validityMonths: 121 }, /1 to 120/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([]).when(createFoundationCourse(overrides)).thenThrows('BAD_USER_INPUT', message);
  });
});

describe('retiring a course', () => {
  it('records the retirement of an offered course', () => {
    spec.given([foundationCourseCreated]).when(retire).then([retired]);
  });

  it('does nothing for a course already retired', () => {
    spec.given([foundationCourseCreated, retired]).when(retire).thenNothingHappens();
  });

  it('refuses an unknown course', () => {
    spec.given([]).when(retire).thenThrows('NOT_FOUND');
  });

  it('cannot be created again once retired', () => {
    spec.given([foundationCourseCreated, retired]).when(createFoundationCourse()).thenThrows('COURSE_EXISTS');
  });
});
