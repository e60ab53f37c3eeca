import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { Problem } from '../api/api-error';
import { ErrorSummary } from '../components/ErrorSummary';
import type { PortalSection } from '../sections/section';

/**
 * Every page: its title in the browser tab and as the one h1, focused when the page opens so a
 * screen reader announces where the person has arrived; the error summary above it; and, inside a
 * section, that section's own pages beside it.
 */
export function Page({ title, caption, problems = [], fieldIds, section, children }: { title: string; caption?: string; problems?: readonly Problem[]; fieldIds?: Record<string, string>; section?: PortalSection; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}${title} – Tapestry`;
  }, [title, problems.length]);
  const { key } = useLocation();
  useEffect(() => {
    // The page a visit starts on starts at the top, as any web page does, so the skip link comes first (the router
    // calls that entry 'default'); each page the app opens in place moves focus to its heading, which a browser would
    // otherwise leave on the link that was followed.
    if (key !== 'default') heading.current?.focus();
  }, [title, key]);
  const body = (
    <>
      <ErrorSummary problems={problems} fieldIds={fieldIds} />
      <h1 ref={heading} tabIndex={-1}>
        {caption && <span className="nhsuk-caption-l">{caption}</span>}
        {title}
      </h1>
      {children}
    </>
  );
  if (!section || section.links.length < 2) return <div className="nhsuk-grid-row"><div className="nhsuk-grid-column-full">{body}</div></div>;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-quarter">
        <nav aria-label={section.title} className="tapestry-section-nav">
          <ul className="nhsuk-list">
            {section.links.map((link) => (
              <li key={link.path}>
                <NavLink to={link.path} end>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="nhsuk-grid-column-three-quarters">{body}</div>
    </div>
  );
}
