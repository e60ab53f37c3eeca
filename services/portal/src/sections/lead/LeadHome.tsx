import { Link } from 'react-router';
import { Page } from '../../layout/Page';
import { SectionLinks } from '../SectionLinks';
import { leadSection } from './section';

/** Weekly work that starts inside one of the section's pages, listed here so it is found without knowing where. */
const TASKS = [
  { path: '/programme/training', label: 'Take the register or cancel a training event' },
  { path: '/programme/training/courses/new', label: 'Add a course to the catalogue' },
  { path: '/programme/policy/edit', label: 'Change the programme policy' },
];

export function LeadHome() {
  return (
    <Page title="Programme" section={leadSection}>
      <p className="nhsuk-lede-text">{leadSection.summary}</p>
      <SectionLinks section={leadSection} />
      <h2>Tasks</h2>
      <ul className="nhsuk-list nhsuk-list--border">
        {TASKS.map((task) => (
          <li key={task.path}>
            <Link to={task.path}>{task.label}</Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
