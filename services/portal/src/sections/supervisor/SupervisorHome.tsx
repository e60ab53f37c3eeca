import { Page } from '../../layout/Page';
import { InsetText } from '../../components/content';
import { SectionLinks } from '../SectionLinks';
import { supervisorSection } from './section';

export function SupervisorHome() {
  return (
    <Page title="Supervision" section={supervisorSection}>
      <p className="nhsuk-lede-text">{supervisorSection.summary}</p>
      <SectionLinks section={supervisorSection} />
      <InsetText>
        <p>
          You see each coach’s caseload as dates and counts, their supervision record and wellbeing check-ins, and the concerns they send you. The content of coaching and mentoring
          sessions stays between the people in them.
        </p>
      </InsetText>
    </Page>
  );
}
