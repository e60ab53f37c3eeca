import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { adminSection } from './section';

export function AdminHome() {
  return (
    <Page title="Administration" section={adminSection}>
      <p className="nhsuk-lede-text">{adminSection.summary}</p>
      <SectionLinks section={adminSection} />
    </Page>
  );
}
