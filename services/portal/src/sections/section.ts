import type { Role } from '../session/roles';

export interface SectionLink {
  /** Absolute path within the portal, e.g. /lead/requests. */
  path: string;
  label: string;
}

/**
 * One role's part of the portal: where it lives, who may open it and the pages it lists in its
 * own navigation. Pure data, so that who sees what is decided (and tested) in one place.
 */
export interface PortalSection {
  id: string;
  /** The section's landing page; its pages live under it. */
  basePath: string;
  /** The name in the header's navigation. */
  title: string;
  /** What a person does there, on their home page. */
  summary: string;
  /** Who may open it; `everyone` for every signed-in member of staff. */
  roles: readonly Role[] | 'everyone';
  links: readonly SectionLink[];
}
