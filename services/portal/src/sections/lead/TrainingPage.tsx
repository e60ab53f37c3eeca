import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, Loading, SuccessBanner, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { OrganisationChoice, useOrganisationChoice } from './OrganisationChoice';
import { TRAINING, type TrainingData } from './queries';
import { leadSection } from './section';
import { useLeadScopes } from './use-lead-scopes';
import { addMonths, formatDate, londonToday } from '../../words/dates';

const MONTHS_AHEAD = 6;

const COURSE_KINDS: Record<string, string> = {
  FOUNDATION: 'Foundation',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
  SUPERVISION_SKILLS: 'Supervision skills',
  PROGRAMME_PREPARATION: 'Programme preparation',
  REFRESHER: 'Refresher',
};

/** Training days coming up in an organisation the lead leads, with places and waiting lists, and its course catalogue. */
export function TrainingPage() {
  const lead = useLeadScopes();
  const organisation = useOrganisationChoice(lead?.organisations);
  const location = useLocation();
  const scheduled = (location.state as { scheduled?: string } | null)?.scheduled;
  const from = useMemo(() => londonToday(new Date()), []);
  const to = addMonths(from, MONTHS_AHEAD);
  const training = useQuery<TrainingData>(TRAINING, { organisationId: organisation?.id ?? '', from, to }, { skip: !organisation });
  return (
    <Page title="Training events" section={leadSection}>
      {scheduled && (
        <SuccessBanner>
          <p>{scheduled}</p>
        </SuccessBanner>
      )}
      <p className="nhsuk-lede-text">Training days for coaches and mentors, with their places and waiting lists.</p>
      {!lead ? (
        <Loading what="your organisations" />
      ) : !organisation ? (
        <p>You do not lead the programme in any organisation, so there is no training to show.</p>
      ) : (
        <>
          <OrganisationChoice key={organisation.id} organisations={lead.organisations} current={organisation.id} />
          <QueryView state={training} what="training events">
            {({ courses, trainingEvents }) => {
              const offered = courses.filter((course) => course.status === 'OFFERED');
              return (
                <>
                  {offered.length > 0 && (
                    <p>
                      <Link to={`/programme/training/schedule?organisation=${organisation.id}`}>Schedule a training event</Link>
                    </p>
                  )}
                  {trainingEvents.length ? (
                    <Table
                      caption={`Training events in ${organisation.name}, ${formatDate(from)} to ${formatDate(to)}`}
                      head={['Course', 'When', 'Where', 'Facilitator', 'Places left', 'Waiting', 'Status']}
                      numeric={[4, 5]}
                      rows={trainingEvents.map((event) => [
                        event.courseTitle,
                        `${formatDate(event.date)}, ${event.startTime} to ${event.endTime}`,
                        [event.venue, event.onlineLink ? 'Online' : null].filter(Boolean).join(' and ') || 'To be confirmed',
                        event.facilitator,
                        `${event.placesLeft} of ${event.capacity}`,
                        event.waitingCount,
                        event.status === 'CANCELLED' ? <Tag colour="grey">Cancelled</Tag> : <Tag colour="green">Scheduled</Tag>,
                      ])}
                    />
                  ) : (
                    <InsetText>
                      <p>
                        No training events are scheduled in {organisation.name} between {formatDate(from)} and {formatDate(to)}.
                      </p>
                    </InsetText>
                  )}
                  <h2>Courses</h2>
                  {courses.length ? (
                    <Table
                      caption={`Courses in ${organisation.name}'s catalogue (${courses.length})`}
                      head={['Course', 'Kind', 'CPD hours', 'Valid for', 'Status']}
                      numeric={[2]}
                      rows={courses.map((course) => [
                        course.title,
                        COURSE_KINDS[course.kind] ?? course.kind,
                        course.cpdHours,
                        `${course.validityMonths} months`,
                        course.status === 'RETIRED' ? <Tag colour="grey">Retired</Tag> : <Tag colour="green">Offered</Tag>,
                      ])}
                    />
                  ) : (
                    <InsetText>
                      <p>{organisation.name} has no courses in its catalogue yet, so no training can be scheduled.</p>
                    </InsetText>
                  )}
                </>
              );
            }}
          </QueryView>
        </>
      )}
    </Page>
  );
}
