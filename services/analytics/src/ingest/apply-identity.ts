import { Ethnicity, OrganisationKind, type IdentityEvent } from '@tapestry/contracts';
import type { Queryable } from '@tapestry/eventsourcing';
import { enumName, orNull } from './enum-names';

/** Folds identity's events into the organisation dimensions and the employment spells. */
export async function applyIdentity(db: Queryable, schema: string, message: IdentityEvent): Promise<void> {
  const { event } = message;
  switch (event.case) {
    case 'organisationCreated': {
      const o = event.value;
      await db.query(
        `INSERT INTO ${schema}.dim_organisation (organisation_id, name, kind) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind`,
        [o.organisationId, o.name, enumName(OrganisationKind, o.kind) ?? 'OTHER'],
      );
      return;
    }
    case 'siteAdded':
      await db.query(`INSERT INTO ${schema}.dim_site VALUES ($1, $2, $3) ON CONFLICT (site_id) DO UPDATE SET name = EXCLUDED.name`, [
        event.value.siteId,
        event.value.organisationId,
        event.value.name,
      ]);
      return;
    case 'directorateAdded':
      await db.query(`INSERT INTO ${schema}.dim_directorate VALUES ($1, $2, $3) ON CONFLICT (directorate_id) DO UPDATE SET name = EXCLUDED.name`, [
        event.value.directorateId,
        event.value.organisationId,
        event.value.name,
      ]);
      return;
    case 'consortiumCreated':
      await db.query(`INSERT INTO ${schema}.dim_consortium VALUES ($1, $2) ON CONFLICT (consortium_id) DO UPDATE SET name = EXCLUDED.name`, [
        event.value.consortiumId,
        event.value.name,
      ]);
      return;
    case 'consortiumMemberAdded':
      await db.query(`INSERT INTO ${schema}.consortium_members VALUES ($1, $2) ON CONFLICT DO NOTHING`, [event.value.consortiumId, event.value.organisationId]);
      return;
    case 'consortiumMemberRemoved':
      await db.query(`DELETE FROM ${schema}.consortium_members WHERE consortium_id = $1 AND organisation_id = $2`, [
        event.value.consortiumId,
        event.value.organisationId,
      ]);
      return;
    case 'personRegistered': {
      const p = event.value;
      await db.query(
        `INSERT INTO ${schema}.fact_employment_spell
           (person_id, organisation_id, site_id, directorate_id, staff_group, band, job_title, line_manager_id, service_start, valid_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $9::date)
         ON CONFLICT (person_id, valid_from) DO NOTHING`,
        [p.personId, p.organisationId, orNull(p.siteId), orNull(p.directorateId), p.staffGroup, p.band, p.jobTitle, orNull(p.lineManagerId), p.startDate],
      );
      return;
    }
    case 'personMoved':
      await applyMove(db, schema, event.value);
      return;
    case 'personLeft':
      // The open spell ends on the leaving day; one that started later (a move dated after leaving) cannot exist.
      await db.query(
        `UPDATE ${schema}.fact_employment_spell SET valid_to = greatest(valid_from, $2::date), ended_by_leaving = true
         WHERE person_id = $1 AND valid_to IS NULL`,
        [event.value.personId, event.value.leavingDate],
      );
      return;
    case 'lawfulBasisRecorded':
      await db.query(
        `INSERT INTO ${schema}.lawful_basis VALUES ($1, $2, $3::date) ON CONFLICT (organisation_id) DO UPDATE SET basis = EXCLUDED.basis, recorded_on = EXCLUDED.recorded_on`,
        [event.value.organisationId, event.value.basis, event.value.recordedOn],
      );
      return;
    case 'lawfulBasisWithdrawn':
      await db.query(`DELETE FROM ${schema}.lawful_basis WHERE organisation_id = $1`, [event.value.organisationId]);
      return;
    case 'ethnicityRecorded': {
      const ethnicity = enumName(Ethnicity, event.value.ethnicity);
      if (!ethnicity) return;
      await db.query(
        `INSERT INTO ${schema}.person_ethnicity VALUES ($1, $2, $3) ON CONFLICT (person_id) DO UPDATE SET ethnicity = EXCLUDED.ethnicity, organisation_id = EXCLUDED.organisation_id`,
        [event.value.personId, event.value.organisationId, ethnicity],
      );
      return;
    }
    case 'specialCategoryObjectionChanged':
      await db.query(
        `INSERT INTO ${schema}.special_category_objection VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET objecting = EXCLUDED.objecting`,
        [event.value.personId, event.value.objecting],
      );
      return;
    default:
      return;
  }
}

type Move = Extract<IdentityEvent['event'], { case: 'personMoved' }>['value'];

/** A move closes the spell open on its effective day and opens one with the changed job; a same-day move amends it. */
async function applyMove(db: Queryable, schema: string, m: Move): Promise<void> {
  const { rows } = await db.query<{ valid_from: string }>(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM ${schema}.fact_employment_spell
     WHERE person_id = $1 AND valid_from <= $2::date ORDER BY valid_from DESC LIMIT 1`,
    [m.personId, m.effectiveDate],
  );
  const current = rows[0];
  if (!current) return;
  if (current.valid_from !== m.effectiveDate) {
    await db.query(
      `INSERT INTO ${schema}.fact_employment_spell
         (person_id, organisation_id, site_id, directorate_id, staff_group, band, job_title, line_manager_id, service_start, valid_from, valid_to,
          ended_by_leaving)
       SELECT person_id, organisation_id, site_id, directorate_id, staff_group, band, job_title, line_manager_id, service_start, $3::date, valid_to,
              ended_by_leaving
       FROM ${schema}.fact_employment_spell WHERE person_id = $1 AND valid_from = $2::date
       ON CONFLICT DO NOTHING`,
      [m.personId, current.valid_from, m.effectiveDate],
    );
    await db.query(`UPDATE ${schema}.fact_employment_spell SET valid_to = $3::date, ended_by_leaving = false WHERE person_id = $1 AND valid_from = $2::date`, [
      m.personId,
      current.valid_from,
      m.effectiveDate,
    ]);
  }
  await db.query(
    `UPDATE ${schema}.fact_employment_spell SET
       organisation_id = coalesce($3, organisation_id),
       job_title = coalesce($4, job_title),
       band = coalesce($5, band),
       staff_group = coalesce($6, staff_group),
       site_id = CASE WHEN $8 THEN $7 ELSE site_id END,
       directorate_id = CASE WHEN $10 THEN $9 ELSE directorate_id END,
       line_manager_id = CASE WHEN $12 THEN $11 ELSE line_manager_id END
     WHERE person_id = $1 AND valid_from = $2::date`,
    [
      m.personId,
      m.effectiveDate,
      m.organisationId || null,
      m.jobTitle ?? null,
      m.band ?? null,
      m.staffGroup ?? null,
      m.siteId === undefined ? null : orNull(m.siteId),
      m.siteId !== undefined,
      m.directorateId === undefined ? null : orNull(m.directorateId),
      m.directorateId !== undefined,
      m.lineManagerId === undefined ? null : orNull(m.lineManagerId),
      m.lineManagerId !== undefined,
    ],
  );
}
