import { adminSection } from './admin/section';
import { analystSection } from './analyst/section';
import { coachSection } from './coach/section';
import { leadSection } from './lead/section';
import { lineManagerSection } from './line-manager/section';
import type { PortalSection } from './section';
import { staffSection } from './staff/section';
import { supervisorSection } from './supervisor/section';

/** Every section, in the order the header lists them. */
export const ALL_SECTIONS: readonly PortalSection[] = [staffSection, coachSection, lineManagerSection, leadSection, supervisorSection, analystSection, adminSection];
