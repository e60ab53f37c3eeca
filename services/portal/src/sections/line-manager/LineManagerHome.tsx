import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { lineManagerSection } from './section';

export function LineManagerHome() {
  return (
    <Page title="My team" section={lineManagerSection}>
      <p className="nhsuk-lede-text">{lineManagerSection.summary}</p>
      <SectionLinks section={lineManagerSection} />
    </Page>
  );
}
