/**
 * Issue 7: what a line manager, a supervisor and an analyst may not reach, in the portal (its sections, by the
 * paths and header names the portal gives them) and in the API (operations other roles use, with their token).
 */
export interface SectionRef {
  title: string;
  /** A page inside the section, not only its landing page: the role check must cover every page. */
  paths: string[];
}

export const SECTIONS = {
  team: { title: 'My team', paths: ['/team'] },
  programme: { title: 'Programme', paths: ['/programme', '/programme/requests'] },
  supervision: { title: 'Supervision', paths: ['/supervision', '/supervision/caseloads'] },
  figures: { title: 'Programme figures', paths: ['/figures', '/figures/outcomes'] },
  coaching: { title: 'Coaching and mentoring', paths: ['/coaching'] },
  admin: { title: 'Administration', paths: ['/admin'] },
} satisfies Record<string, SectionRef>;

/** Sections each role must not reach (their demo logins hold that role alone, besides staff). */
export const OUT_OF_BOUNDS: Record<'line_manager' | 'supervisor' | 'analyst', SectionRef[]> = {
  line_manager: [SECTIONS.programme, SECTIONS.supervision, SECTIONS.figures, SECTIONS.coaching, SECTIONS.admin],
  supervisor: [SECTIONS.programme, SECTIONS.figures, SECTIONS.team, SECTIONS.coaching, SECTIONS.admin],
  analyst: [SECTIONS.programme, SECTIONS.supervision, SECTIONS.team, SECTIONS.coaching, SECTIONS.admin],
};

export interface ForbiddenCall {
  what: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The ids the calls name: a coach someone else supervises, the pair's relationship, a member of staff. */
export interface BoundaryIds {
  organisationId: string;
  coachId: string;
  relationshipId: string;
  staffId: string;
}

const figures = (ids: BoundaryIds): ForbiddenCall => ({
  what: 'programme figures',
  query: 'query($scope: AnalyticsScopeInput!) { programmeMetrics(scope: $scope, from: "2026-01-01", to: "2026-12-31") { rows { key } } }',
  variables: { scope: { organisationId: ids.organisationId } },
});
const openRequests: ForbiddenCall = { what: 'open requests', query: '{ openRequests { id } }', variables: {} };
const pool: ForbiddenCall = { what: 'the pool', query: '{ pool { coachId name } }', variables: {} };
const relationships: ForbiddenCall = { what: 'relationships in scope', query: '{ relationshipsInMyScope { id } }', variables: {} };
const caseload = (ids: BoundaryIds): ForbiddenCall => ({ what: 'a coach’s caseload', query: 'query($id: ID!) { caseload(coachId: $id) { coachId } }', variables: { id: ids.coachId } });
const supervisionRecord = (ids: BoundaryIds): ForbiddenCall => ({
  what: 'a coach’s supervision record',
  query: 'query($id: ID!) { supervisionRecord(coachId: $id) { __typename } }',
  variables: { id: ids.coachId },
});
const relationship = (ids: BoundaryIds): ForbiddenCall => ({ what: 'the pair’s relationship', query: 'query($id: ID!) { relationship(id: $id) { id } }', variables: { id: ids.relationshipId } });
const reflections = (ids: BoundaryIds): ForbiddenCall => ({
  what: 'the pair’s private reflections',
  query: 'query($id: ID!) { myReflections(relationshipId: $id) { __typename } }',
  variables: { id: ids.relationshipId },
});
const staffRecord = (ids: BoundaryIds): ForbiddenCall => ({ what: 'a member of staff’s record', query: 'query($id: ID!) { person(id: $id) { id givenName } }', variables: { id: ids.staffId } });

/** API calls each role's token must be refused. */
export function forbiddenCalls(role: keyof typeof OUT_OF_BOUNDS, ids: BoundaryIds): ForbiddenCall[] {
  const common = [openRequests, pool, relationships, relationship(ids), reflections(ids)];
  switch (role) {
    case 'line_manager':
      return [...common, figures(ids), caseload(ids), supervisionRecord(ids), staffRecord(ids)];
    case 'supervisor':
      return [...common, figures(ids)];
    case 'analyst':
      return [...common, caseload(ids), supervisionRecord(ids), staffRecord(ids)];
  }
}

/** A refusal: the gateway's FORBIDDEN, or NOT_FOUND where a service will not even say the thing exists. */
export const REFUSALS = ['FORBIDDEN', 'NOT_FOUND'];
