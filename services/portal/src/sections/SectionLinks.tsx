import { Link } from 'react-router';
import type { PortalSection } from './section';

/** A section's pages as a list of links, for its landing page. */
export function SectionLinks({ section }: { section: PortalSection }) {
  const pages = section.links.filter((link) => link.path !== section.basePath);
  if (!pages.length) return null;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {pages.map((link) => (
        <li key={link.path}>
          <Link to={link.path}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}
