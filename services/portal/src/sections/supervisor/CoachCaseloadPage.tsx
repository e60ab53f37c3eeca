import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { InsetText, SummaryList, SuccessBanner, Table, Tag } from '../../components/content';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { CASELOAD, type Caseload, type CaseloadFlag, type CaseloadRelationship } from './api';
import { summarise } from './caseload-summary';
import { datesInWords, factRows, flagName, relationshipStatusName, roleName } from './format';
import { PAUSE_FIELD_IDS, PauseForm } from './PauseForm';
import { supervisorSection } from './section';
import { formatDate } from '../../words/dates';
import { sentenceCase } from '../../words/phrases';
import { programmeName } from '../../words/programmes';

function FlagCard({ flag }: { flag: CaseloadFlag }) {
  const facts = factRows(flag.facts);
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          {flagName(flag.kind)}
          {flag.reference && <span className="nhsuk-u-font-weight-normal">: relationship {flag.reference}</span>}
        </h3>
        <p className="nhsuk-card__description">{datesInWords(flag.message)}</p>
        {facts.length > 0 && (
          <>
            <h4 className="nhsuk-heading-xs nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-2">The facts behind this flag</h4>
            <SummaryList rows={facts} />
          </>
        )}
      </div>
    </div>
  );
}

/** A relationship by its reference, with what kind of support it is in smaller print beneath. */
function RelationshipCell({ relationship }: { relationship: CaseloadRelationship }) {
  return (
    <>
      {relationship.reference}
      <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">
        {roleName(relationship.role)}, {programmeName(relationship.programme)}
      </span>
    </>
  );
}

function fatigueColour(level: string): 'green' | 'yellow' | 'red' {
  if (level === 'high') return 'red';
  if (level === 'medium') return 'yellow';
  return 'green';
}

function CaseloadDetail({ caseload, onChanged, onProblems }: { caseload: Caseload; onChanged: (message: string) => void; onProblems: (problems: readonly Problem[]) => void }) {
  const summary = summarise(caseload);
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Availability', value: summary.availability },
          { key: 'Places used', value: summary.placesUsed },
          { key: 'Sessions held in current relationships', value: summary.sessionsHeld },
          { key: 'Last session', value: formatDate(summary.lastSessionOn, 'None') },
          {
            key: 'Fatigue risk',
            value: (
              <>
                <Tag colour={fatigueColour(caseload.fatigue.level)}>{sentenceCase(caseload.fatigue.level)}</Tag>
                {caseload.fatigue.factors.length > 0 && (
                  <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                    {caseload.fatigue.factors.map((factor, index) => (
                      <li key={index}>{datesInWords(factor.detail)}</li>
                    ))}
                  </ul>
                )}
              </>
            ),
          },
        ]}
      />
      <p className="nhsuk-body">
        <Link to={`/supervision/coaches/${caseload.coachId}/record`}>Supervision sessions and wellbeing check-ins for {caseload.coachName}</Link>
      </p>

      <h2 className="nhsuk-heading-m">Flags</h2>
      {caseload.flags.length === 0 ? <p className="nhsuk-body">No flags are raised on this caseload.</p> : caseload.flags.map((flag, index) => <FlagCard key={index} flag={flag} />)}

      <h2 className="nhsuk-heading-m">Relationships</h2>
      <InsetText>
        <p>Each relationship is shown by its reference. You see dates and counts only, never who is being supported, their goals or what was said.</p>
      </InsetText>
      {caseload.active.length === 0 ? (
        <p className="nhsuk-body">No current relationships.</p>
      ) : (
        <Table
          caption="Current relationships"
          head={['Relationship', 'Started', 'Sessions held', 'Last session', 'Next session due', 'Review due', 'Status']}
          numeric={[2]}
          rows={caseload.active.map((relationship) => [
            <RelationshipCell key="relationship" relationship={relationship} />,
            formatDate(relationship.startedOn, 'None'),
            relationship.sessionsHeld,
            formatDate(relationship.lastSessionOn, 'None'),
            formatDate(relationship.nextSessionDueOn, 'None'),
            formatDate(relationship.reviewDueOn, 'None'),
            relationshipStatusName(relationship.status),
          ])}
        />
      )}
      {caseload.waitingIntroductions.length > 0 && (
        <Table
          caption="Introductions waiting to start"
          head={['Relationship', 'Introduced on']}
          rows={caseload.waitingIntroductions.map((relationship) => [<RelationshipCell key="relationship" relationship={relationship} />, formatDate(relationship.startedOn, 'None')])}
        />
      )}
      {caseload.closedRecently.length > 0 && (
        <Table
          caption="Closed in the last 12 months"
          head={['Relationship', 'Started', 'Closed on', 'Why it closed', 'Sessions held']}
          numeric={[4]}
          rows={caseload.closedRecently.map((relationship) => [
            <RelationshipCell key="relationship" relationship={relationship} />,
            formatDate(relationship.startedOn, 'None'),
            formatDate(relationship.closedOn, 'None'),
            relationship.closureReason ? sentenceCase(relationship.closureReason) : 'Not given',
            relationship.sessionsHeld,
          ])}
        />
      )}

      <PauseForm caseload={caseload} onDone={onChanged} onProblems={onProblems} />
    </>
  );
}

/** One coach's caseload: each flag with the facts behind it, their relationships by reference, and pause or resume. */
export function CoachCaseloadPage() {
  const { coachId = '' } = useParams();
  const state = useQuery<{ caseload: Caseload }>(CASELOAD, { coachId });
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [done, setDone] = useState<string | undefined>();
  const { reload } = state;
  const onChanged = useCallback(
    (message: string) => {
      setDone(message);
      reload();
    },
    [reload],
  );
  const onProblems = useCallback((next: readonly Problem[]) => {
    setProblems(next);
    if (next.length) setDone(undefined);
  }, []);
  const title = state.status === 'ready' ? state.data.caseload.coachName : 'Coach’s caseload';
  return (
    <Page title={title} caption={state.status === 'ready' ? 'Caseload' : undefined} section={supervisorSection} problems={problems} fieldIds={PAUSE_FIELD_IDS}>
      {done && <SuccessBanner>{done}</SuccessBanner>}
      <QueryView state={state} what="the caseload">
        {({ caseload }) => <CaseloadDetail caseload={caseload} onChanged={onChanged} onProblems={onProblems} />}
      </QueryView>
      <p className="nhsuk-body">
        <Link to="/supervision/caseloads">Back to caseloads</Link>
      </p>
    </Page>
  );
}
