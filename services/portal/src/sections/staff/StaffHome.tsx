import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { staffSection } from './section';

export function StaffHome() {
  return (
    <Page title="My coaching" section={staffSection}>
      <p className="nhsuk-lede-text">{staffSection.summary}</p>
      <SectionLinks section={staffSection} />
    </Page>
  );
}
