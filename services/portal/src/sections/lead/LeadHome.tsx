import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { leadSection } from './section';

export function LeadHome() {
  return (
    <Page title="Programme" section={leadSection}>
      <p className="nhsuk-lede-text">{leadSection.summary}</p>
      <SectionLinks section={leadSection} />
    </Page>
  );
}
