import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { coachSection } from './section';

export function CoachHome() {
  return (
    <Page title="Coaching and mentoring" section={coachSection}>
      <p className="nhsuk-lede-text">{coachSection.summary}</p>
      <SectionLinks section={coachSection} />
    </Page>
  );
}
