import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from '../../api/use-query';
import { InsetText, Loading, SuccessBanner, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { OrganisationChoice, useOrganisationChoice } from './OrganisationChoice';
import { TRAINING, type TrainingData, type TrainingEvent } from './queries';
import { leadSection } from './section';
import { courseKindName } from './training-words';
import { useLeadScopes } from './use-lead-scopes';
import { addMonths, formatDate, londonToday } from '../../words/dates';

const MONTHS_AHEAD = 6;
/** Far enough back to take a late register or look back at a recent day. */
const MONTHS_BACK = 3;

/**
 * Training days in an organisation the lead leads: those coming up, with places and waiting lists, and recent ones
 * whose register may still be taken; each opens its own page. Then the course catalogue.
 */
export function TrainingPage() {
  const lead = useLeadScopes();
  const organisation = useOrganisationChoice(lead?.organisations);
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const today = useMemo(() => londonToday(new Date()), []);
  const from = addMonths(today, -MONTHS_BACK);
  const to = addMonths(today, MONTHS_AHEAD);
  const training = useQuery<TrainingData>(TRAINING, { organisationId: organisation?.id ?? '', from, to }, { skip: !organisation });
  return (
    <Page title="Training events" section={leadSection}>
      {notice && (
        <SuccessBanner>
          <p>{notice}</p>
        </SuccessBanner>
      )}
      <p className="nhsuk-lede-text">Training days for coaches and mentors, with their places, waiting lists and registers.</p>
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
              const upcoming = trainingEvents.filter((event) => event.date >= today);
              const recent = trainingEvents.filter((event) => event.date < today).reverse();
              return (
                <>
                  {offered.length > 0 && (
                    <p>
                      <Link to={`/programme/training/schedule?organisation=${organisation.id}`}>Schedule a training event</Link>
                    </p>
                  )}
                  {upcoming.length ? (
                    <EventsTable caption={`Training events in ${organisation.name}, ${formatDate(today)} to ${formatDate(to)}`} events={upcoming} />
                  ) : (
                    <InsetText>
                      <p>
                        No training events are scheduled in {organisation.name} between {formatDate(today)} and {formatDate(to)}.
                      </p>
                    </InsetText>
                  )}
                  <h2>Recent training events</h2>
                  {recent.length ? (
                    <EventsTable caption={`Recent training events in ${organisation.name}, since ${formatDate(from)}, latest first`} events={recent} />
                  ) : (
                    <p>There were no training events in {organisation.name} since {formatDate(from)}.</p>
                  )}
                  <h2>Courses</h2>
                  <p>
                    <Link to={`/programme/training/courses/new?organisation=${organisation.id}`}>Add a course</Link>
                  </p>
                  {courses.length ? (
                    <Table
                      caption={`Courses in ${organisation.name}'s catalogue (${courses.length})`}
                      head={['Course', 'Kind', 'CPD hours', 'Valid for', 'Status']}
                      numeric={[2]}
                      rows={courses.map((course) => [
                        course.title,
                        courseKindName(course.kind),
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

function EventsTable({ caption, events }: { caption: string; events: readonly TrainingEvent[] }) {
  return (
    <Table
      caption={caption}
      head={['Course', 'When', 'Where', 'Facilitator', 'Places left', 'Waiting', 'Status']}
      numeric={[4, 5]}
      rowKeys={events.map((event) => event.id)}
      rows={events.map((event) => [
        <Link key="open" to={`/programme/training/${event.id}`}>
          {event.courseTitle}
          <span className="nhsuk-u-visually-hidden"> on {formatDate(event.date)}</span>
        </Link>,
        `${formatDate(event.date)}, ${event.startTime} to ${event.endTime}`,
        [event.venue, event.onlineLink ? 'Online' : null].filter(Boolean).join(' and ') || 'To be confirmed',
        event.facilitator,
        `${event.placesLeft} of ${event.capacity}`,
        event.waitingCount,
        event.status === 'CANCELLED' ? <Tag colour="grey">Cancelled</Tag> : <Tag colour="green">Scheduled</Tag>,
      ])}
    />
  );
}
