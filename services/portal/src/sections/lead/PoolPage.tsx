import { useQuery } from '../../api/use-query';
import { InsetText, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { formatNames, supportKindName } from './format';
import { ProgrammeFilter, useProgrammeParam } from './ProgrammeFilter';
import { POOL, type PoolCoach } from './queries';
import { leadSection } from './section';
import { programmeName } from '../../words/programmes';

function availability(coach: PoolCoach) {
  if (coach.paused) return <Tag colour="grey">Paused</Tag>;
  if (coach.unresponsive) return <Tag colour="orange">Not answering introductions</Tag>;
  if (coach.activeRelationships >= coach.capacity) return <Tag colour="blue">Full</Tag>;
  return <Tag colour="green">Available</Tag>;
}

/** The coaches and mentors eligible in the organisations the lead leads, with room, pauses and what they may do. */
export function PoolPage() {
  const programme = useProgrammeParam();
  const pool = useQuery<{ pool: PoolCoach[] }>(POOL, { programme: programme ?? null });
  return (
    <Page title="The pool" section={leadSection}>
      <p className="nhsuk-lede-text">Coaches and mentors eligible in the organisations you lead: their room for more people, and who is paused.</p>
      <ProgrammeFilter label="Show coaches and mentors in" />
      <QueryView state={pool} what="the pool">
        {(data) => {
          const coaches = [...data.pool].sort((a, b) => a.name.localeCompare(b.name));
          if (!coaches.length) {
            return (
              <InsetText>
                <p>Nobody is eligible to coach or mentor{programme ? ` in ${programmeName(programme)}` : ''} yet.</p>
              </InsetText>
            );
          }
          const room = coaches.filter((coach) => !coach.paused && !coach.unresponsive && coach.activeRelationships < coach.capacity).length;
          return (
            <>
              <p>
                {coaches.length} in the pool; {room} with room for someone new.
              </p>
              <Table
                caption={`Coaches and mentors${programme ? ` in ${programmeName(programme)}` : ''} (${coaches.length})`}
                head={['Name', 'Staff group', 'Eligible for', 'People now', 'Meets', 'Availability']}
                numeric={[3]}
                rows={coaches.map((coach) => [
                  coach.name,
                  coach.staffGroup,
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0" key="eligibility">
                    {coach.eligibility.map((entry) => (
                      <li key={`${entry.programme}-${entry.kind}`}>
                        {supportKindName(entry.kind)}: {programmeName(entry.programme)}
                      </li>
                    ))}
                  </ul>,
                  `${coach.activeRelationships} of ${coach.capacity}`,
                  formatNames(coach.formats),
                  availability(coach),
                ])}
              />
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
