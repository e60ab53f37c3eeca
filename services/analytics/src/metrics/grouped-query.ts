import type { GroupDimension, Period, ResolvedScope } from '../scope/scope';

export const ETHNICITY_NOT_REPORTED = 'NOT_REPORTED';
export const ETHNICITY_NOT_RECORDED = 'NOT_RECORDED';

/**
 * One figure family's rows, attributed to their subject (the person the fact is about: the coachee for demand, the
 * coach for supply) as that person's job stood on the fact's day, filtered to the scope and grouped.
 *
 * `base` is a SELECT producing at least `subject_id`, `on_date` (date) and `programme` (text or null) and the columns
 * `aggregates` use; it may use $1 (from) and $2 (to) and $3 (programme or null). Returns the SQL and its parameters.
 */
export function groupedQuery(options: {
  schema: string;
  base: string;
  aggregates: string;
  groupBy: readonly GroupDimension[];
  scope: ResolvedScope;
  period: Period;
  programme: string | null;
  /** Extra columns to group by inside the family (e.g. the coach, for load spread), selected as they are named. */
  innerGroup?: string[];
}): { sql: string; params: unknown[] } {
  const { schema, base, aggregates, groupBy, scope, period, programme, innerGroup = [] } = options;
  const params: unknown[] = [period.from, period.to, programme, scope.organisationIds];
  const filters = ['p.organisation_id = ANY($4)'];
  if (scope.siteId) filters.push(`p.site_id = $${params.push(scope.siteId)}`);
  if (scope.directorateId) filters.push(`p.directorate_id = $${params.push(scope.directorateId)}`);
  if (scope.staffGroup) filters.push(`p.staff_group = $${params.push(scope.staffGroup)}`);
  const groupColumns = groupBy.map((dimension) => `${dimensionExpression(dimension)} AS g_${dimension}`);
  const consortiumJoin = groupBy.includes('consortium')
    ? `JOIN ${schema}.consortium_members cm ON cm.organisation_id = p.organisation_id${scope.kind === 'consortium' ? ` AND cm.consortium_id = $${params.push(scope.id)}` : ''}`
    : '';
  // Special-category data: only where the organisation recorded its lawful basis, never for a person who objected.
  const ethnicityJoin = groupBy.includes('ethnicity')
    ? `LEFT JOIN ${schema}.lawful_basis lb ON lb.organisation_id = p.organisation_id
       LEFT JOIN ${schema}.special_category_objection obj ON obj.person_id = b.subject_id
       LEFT JOIN ${schema}.person_ethnicity eth ON eth.person_id = b.subject_id`
    : '';
  const grouping = [...groupBy.map((dimension) => `g_${dimension}`), ...innerGroup];
  // A row goes to its subject's spell that had started by its day and was not yet followed by another (the latest to
  // have started), or, for a day before their first spell (or no day), to their latest spell. Each spell's next and
  // first start are found once per person, not per row, and the rows join them by a hash on the person, where a
  // sorted probe of the spells' index per row was the one cost every family paid on every row.
  const sql = `
-- Names every parameter's type: not every family uses all three.
WITH typed_parameters AS (SELECT $1::date AS from_day, $2::date AS to_day, $3::text AS programme, $4::text[] AS organisations),
base AS MATERIALIZED (${base}),
-- Both materialized: inlined, the planner can put the spells' probe back inside a loop over the rows.
spells AS MATERIALIZED (
  SELECT s.*
  FROM (SELECT DISTINCT subject_id FROM base) people
  CROSS JOIN LATERAL (
    SELECT s.person_id, s.organisation_id, s.site_id, s.directorate_id, s.staff_group, s.band, s.valid_from,
           lead(s.valid_from) OVER (ORDER BY s.valid_from) AS next_from,
           min(s.valid_from) OVER () AS first_from
    FROM ${schema}.fact_employment_spell s
    WHERE s.person_id = people.subject_id
  ) s
)
SELECT ${[...groupColumns, ...innerGroup, aggregates].join(', ')}
FROM base b
JOIN spells p ON p.person_id = b.subject_id
  AND ((p.valid_from <= b.on_date AND (p.next_from IS NULL OR b.on_date < p.next_from))
       OR (p.next_from IS NULL AND (b.on_date IS NULL OR b.on_date < p.first_from)))
${consortiumJoin}
${ethnicityJoin}
WHERE ${filters.join(' AND ')}
${grouping.length > 0 ? `GROUP BY ${grouping.map((_, index) => index + 1).join(', ')}` : ''}`;
  return { sql, params };
}

function dimensionExpression(dimension: GroupDimension): string {
  switch (dimension) {
    case 'organisation':
      return 'p.organisation_id';
    case 'consortium':
      return 'cm.consortium_id';
    case 'site':
      return "coalesce(p.site_id, '')";
    case 'directorate':
      return "coalesce(p.directorate_id, '')";
    case 'staffGroup':
      return 'p.staff_group';
    case 'band':
      return 'p.band';
    case 'programme':
      return "coalesce(b.programme, '')";
    case 'month':
      return "to_char(b.on_date, 'YYYY-MM')";
    case 'ethnicity':
      return `CASE WHEN lb.organisation_id IS NULL OR coalesce(obj.objecting, false) THEN '${ETHNICITY_NOT_REPORTED}'
                   ELSE coalesce(eth.ethnicity, '${ETHNICITY_NOT_RECORDED}') END`;
  }
}
