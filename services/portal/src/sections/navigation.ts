import type { Role } from '../session/roles';
import type { PortalSection } from './section';

/** May a person holding these roles open this section? */
export function mayOpen(section: PortalSection, roles: readonly Role[]): boolean {
  return section.roles === 'everyone' || section.roles.some((role) => roles.includes(role));
}

/** The sections a person sees in the header, in the portal's order: only those they may open. */
export function sectionsFor(sections: readonly PortalSection[], roles: readonly Role[]): PortalSection[] {
  return sections.filter((section) => mayOpen(section, roles));
}

/** The section a path belongs to, if any: the longest base path that contains it. */
export function sectionAt(sections: readonly PortalSection[], pathname: string): PortalSection | undefined {
  return sections
    .filter((section) => pathname === section.basePath || pathname.startsWith(`${section.basePath}/`))
    .sort((a, b) => b.basePath.length - a.basePath.length)[0];
}
