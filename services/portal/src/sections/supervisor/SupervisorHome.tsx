import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { supervisorSection } from './section';

export function SupervisorHome() {
  return (
    <Page title="Supervision" section={supervisorSection}>
      <p className="nhsuk-lede-text">{supervisorSection.summary}</p>
      <SectionLinks section={supervisorSection} />
    </Page>
  );
}
