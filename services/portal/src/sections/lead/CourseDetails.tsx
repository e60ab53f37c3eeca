import { useQuery } from '../../api/use-query';
import { SummaryList } from '../../components/content';
import { QueryView } from '../../layout/QueryView';
import { CATALOGUE, type CatalogueCourse } from './training-queries';
import { courseKindName, hoursWords, qualificationWords } from './training-words';

/** The course a training event runs, from its organisation's catalogue: what it covers and what completing it counts for. */
export function CourseDetails({ organisationId, courseId }: { organisationId: string; courseId: string }) {
  const catalogue = useQuery<{ courses: CatalogueCourse[] }>(CATALOGUE, { organisationId });
  return (
    <QueryView state={catalogue} what="the course">
      {({ courses }) => {
        const course = courses.find((candidate) => candidate.id === courseId);
        if (!course) return <p>The course is no longer in the catalogue.</p>;
        return (
          <SummaryList
            rows={[
              { key: 'Kind', value: courseKindName(course.kind) },
              { key: 'Completing it qualifies people as', value: qualificationWords(course.qualifies) },
              { key: 'CPD hours', value: hoursWords(course.cpdHours) },
              { key: 'Counts for', value: `${course.validityMonths} months, then a refresher is due` },
              {
                key: 'Modules',
                value: (
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    {course.modules.map((module) => (
                      <li key={module}>{module}</li>
                    ))}
                  </ul>
                ),
              },
              ...(course.status === 'RETIRED' ? [{ key: 'Status', value: 'Retired: no new dates can be scheduled' }] : []),
            ]}
          />
        );
      }}
    </QueryView>
  );
}
