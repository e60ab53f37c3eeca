import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { analystSection } from './section';

export function AnalystHome() {
  return (
    <Page title="Programme figures" section={analystSection}>
      <p className="nhsuk-lede-text">{analystSection.summary}</p>
      <SectionLinks section={analystSection} />
    </Page>
  );
}
