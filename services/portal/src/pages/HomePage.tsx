import { Link } from 'react-router';
import { Page } from '../layout/Page';
import { ALL_SECTIONS } from '../sections/all-sections';
import { sectionsFor } from '../sections/navigation';
import { usePerson } from '../session/session-context';

const ROLE_NAMES: Record<string, string> = {
  STAFF: 'member of staff',
  COACH: 'coach',
  MENTOR: 'mentor',
  LINE_MANAGER: 'line manager',
  PROGRAMME_LEAD: 'programme lead',
  SUPERVISOR: 'supervisor',
  ANALYST: 'analyst',
  ORGANISATION_ADMIN: 'organisation administrator',
  CONSORTIUM_ADMIN: 'consortium administrator',
};

/** Where each role starts: the sections this person may open, each with what it is for. */
export function HomePage() {
  const person = usePerson();
  const sections = sectionsFor(ALL_SECTIONS, person.roles.map((grant) => grant.role));
  const roles = [...new Set(person.roles.map((grant) => ROLE_NAMES[grant.role] ?? grant.role))];
  return (
    <Page title={`Hello, ${person.givenName}`}>
      <p className="nhsuk-lede-text">You are signed in as {roles.length ? roles.join(', ') : 'a member of staff'}.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {sections.map((section) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={section.id}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" to={section.basePath}>
                    {section.title}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">{section.summary}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
