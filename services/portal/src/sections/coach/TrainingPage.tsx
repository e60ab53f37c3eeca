import { useQuery } from '../../api/use-query';
import { SummaryList, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { TrainingEventsTable } from '../staff/TrainingEventsTable';
import { TRAINING_RECORD, type TrainingRecord } from './coach-api';
import { amount, CRITERIA, ELIGIBILITY_REASONS, LEVELS, PRACTITIONER_ROLES } from './coach-words';
import { coachSection } from './section';
import { formatDate } from '../../words/dates';
import { programmeDescription } from '../../words/programmes';

/** The coach's own accreditation progress, where they may practise, their CPD, and training to book. */
export function TrainingPage() {
  const person = usePerson();
  const state = useQuery<TrainingRecord>(TRAINING_RECORD, { personId: person.id });
  return (
    <Page title="Training and accreditation" section={coachSection}>
      <QueryView state={state} what="your training record">
        {({ accreditation, cpdRecords, eligibility }) => (
          <>
            <h2 className="nhsuk-heading-m">Accreditation</h2>
            <SummaryList
              rows={[
                { key: 'Your level', value: accreditation.level ? `${LEVELS[accreditation.level] ?? accreditation.level}${accreditation.awardedAt ? `, since ${formatDate(accreditation.awardedAt)}` : ''}` : 'Not yet accredited' },
                { key: 'Next level', value: accreditation.nextLevel ? (LEVELS[accreditation.nextLevel] ?? accreditation.nextLevel) : 'You are at the top of the ladder' },
              ]}
            />
            {accreditation.progress && (
              <>
                <Table
                  caption={`Progress towards ${LEVELS[accreditation.progress.level] ?? accreditation.progress.level}`}
                  head={['Evidence', 'Needed', 'You have', 'Met']}
                  numeric={[1, 2]}
                  rows={accreditation.progress.criteria.map((criterion) => [
                    CRITERIA[criterion.criterion] ?? criterion.criterion,
                    amount(criterion.criterion, criterion.required),
                    amount(criterion.criterion, criterion.achieved),
                    criterion.met ? <Tag colour="green">Met</Tag> : <Tag colour="grey">Not yet</Tag>,
                  ])}
                />
                {accreditation.progress.ready ? (
                  <p className="nhsuk-body">You have the evidence for the next level. Your programme lead can award it.</p>
                ) : (
                  <>
                    <h3 className="nhsuk-heading-s">Still to do</h3>
                    <ul className="nhsuk-list nhsuk-list--bullet">
                      {accreditation.progress.missing.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
            <h2 className="nhsuk-heading-m">Where you may practise</h2>
            {eligibility?.entries.length ? <EligibilityTables entries={eligibility.entries} /> : <p className="nhsuk-body">Training has no record of you yet.</p>}
            <h2 className="nhsuk-heading-m">Continuing professional development</h2>
            {cpdRecords.length ? (
              <Table
                caption="Your CPD records"
                head={['Date', 'What you did', 'Hours']}
                numeric={[2]}
                rows={cpdRecords.map((record) => [formatDate(record.date), record.description, record.hours])}
              />
            ) : (
              <p className="nhsuk-body">You have not recorded any CPD yet.</p>
            )}
          </>
        )}
      </QueryView>
      <h2 className="nhsuk-heading-m">Training dates</h2>
      <TrainingEventsTable organisationId={person.organisationId} />
    </Page>
  );
}

type EligibilityEntry = NonNullable<TrainingRecord['eligibility']>['entries'][number];

function EligibilityTable({ caption, entries }: { caption: string; entries: readonly EligibilityEntry[] }) {
  return (
    <Table
      caption={caption}
      head={['Programme', 'Role', 'What is needed']}
      rows={entries.map((entry) => [
        programmeDescription(entry.programme),
        PRACTITIONER_ROLES[entry.role] ?? entry.role,
        entry.eligible ? <Tag colour="green">Nothing: you may practise</Tag> : entry.reasons.map((reason) => ELIGIBILITY_REASONS[reason] ?? reason).join('; '),
      ])}
    />
  );
}

/** Where the person may practise now, first; every other programme and role folded away. */
function EligibilityTables({ entries }: { entries: readonly EligibilityEntry[] }) {
  const eligible = entries.filter((entry) => entry.eligible);
  const others = entries.filter((entry) => !entry.eligible);
  return (
    <>
      {eligible.length ? <EligibilityTable caption="Where you may practise now" entries={eligible} /> : <p className="nhsuk-body">You may not practise in any programme yet.</p>}
      {others.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Other programmes and roles, and what each needs</span>
          </summary>
          <div className="nhsuk-details__text">
            <EligibilityTable caption="Programmes and roles you may not practise in yet" entries={others} />
          </div>
        </details>
      )}
    </>
  );
}
