import type { CalendarDate } from '@tapestry/domain';
import type { GatewayClient } from './gateway-client';
import { IMPORT_STAFF, ORGANISATION, PEOPLE } from './operations';
import type { ScenarioCounts } from './scenario-shape';
import { castList, esrCsv, FIRST_EMPLOYEE_NUMBER, type CastMember, type TrustLayout } from './staff-list';

/** A member of staff as the people listing shows them to an organisation admin. */
export interface StaffRecord {
  id: string;
  email: string;
  employeeNumber: string | null;
  jobTitle: string;
  band: string;
  staffGroup: string;
  siteId: string | null;
  lineManagerId: string | null;
  startDate: string;
  status: 'ACTIVE' | 'LEFT';
  roles: { role: string }[];
}

interface PeoplePage {
  people: { edges: { node: StaffRecord }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface OrganisationReply {
  organisation: { id: string; name: string; sites: { id: string; name: string }[]; directorates: { id: string; name: string }[] } | null;
}

/** Every member of the organisation's staff, page by page. */
export async function listStaff(api: GatewayClient, organisationId: string, adminToken: string): Promise<StaffRecord[]> {
  const staff: StaffRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page: PeoplePage = await api.call<PeoplePage>(PEOPLE, { organisationId, after }, adminToken);
    staff.push(...page.people.edges.map((edge) => edge.node));
    if (!page.people.pageInfo.hasNextPage) return staff;
    after = page.people.pageInfo.endCursor;
  }
}

export interface ImportedTrust {
  name: string;
  sites: { id: string; name: string }[];
  cast: CastMember[];
  /** The trust's staff before the scenario, as they were then. */
  existing: StaffRecord[];
}

/**
 * Brings the scenario's staff into the trust through identity's ESR import (one file, all or nothing), under the
 * trust's own sites and directorates and reporting, through new team managers, to its directors.
 */
export async function importScenarioStaff(
  api: GatewayClient,
  organisationId: string,
  adminToken: string,
  counts: ScenarioCounts,
  launch: CalendarDate,
  seed: number,
): Promise<ImportedTrust> {
  const { organisation } = await api.call<OrganisationReply>(ORGANISATION, { id: organisationId }, adminToken);
  if (!organisation || organisation.sites.length === 0 || organisation.directorates.length === 0) {
    throw new Error('The trust the scenario plays in needs sites and directorates; the demo trust has them.');
  }
  const existing = await listStaff(api, organisationId, adminToken);
  if (existing.some((person) => person.employeeNumber === String(FIRST_EMPLOYEE_NUMBER))) {
    throw new Error('The evaluation scenario has already been played on this platform (its staff are there); start from an empty data folder to play it again.');
  }
  const admin = existing.find((person) => person.roles.some((grant) => grant.role === 'ORGANISATION_ADMIN'));
  const layout: TrustLayout = {
    emailDomain: (admin ?? existing[0])?.email.split('@')[1] ?? 'trust.example.nhs.uk',
    sites: organisation.sites.map((site) => site.name),
    directorates: organisation.directorates.map((directorate) => directorate.name),
    seniorNumbers: existing
      .filter((person) => person.status === 'ACTIVE' && /^Director\b/i.test(person.jobTitle) && person.employeeNumber)
      .map((person) => person.employeeNumber ?? ''),
  };
  const cast = castList(counts, layout, launch, seed);
  await api.call(IMPORT_STAFF, { organisationId, csv: esrCsv(cast) }, adminToken);
  const byNumber = new Map((await listStaff(api, organisationId, adminToken)).map((person) => [person.employeeNumber, person.id]));
  for (const member of cast) {
    const id = byNumber.get(member.employeeNumber);
    if (!id) throw new Error(`Identity imported the staff list but lists no employee ${member.employeeNumber}.`);
    member.personId = id;
  }
  return { name: organisation.name, sites: organisation.sites, cast, existing };
}
