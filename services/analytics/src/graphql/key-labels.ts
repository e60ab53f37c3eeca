import type { Queryable } from '@tapestry/eventsourcing';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const PROGRAMME_LABELS: Record<string, string> = {
  GENERAL: 'General coaching and mentoring',
  BAME_CAREER_PROGRESSION: 'BAME career progression',
  RETURNERS: 'Returners',
  NEW_BOARD_DIRECTORS: 'New board directors',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
};

const ETHNICITY_LABELS: Record<string, string> = {
  ASIAN_OR_ASIAN_BRITISH: 'Asian or Asian British',
  BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN: 'Black, Black British, Caribbean or African',
  MIXED_OR_MULTIPLE: 'Mixed or multiple ethnic groups',
  WHITE: 'White',
  OTHER_ETHNIC_GROUP: 'Other ethnic group',
  PREFER_NOT_TO_SAY: 'Prefer not to say',
  NOT_RECORDED: 'Not recorded',
  NOT_REPORTED: 'Not reported (no lawful basis recorded, or objected)',
};

const ROLE_LABELS: Record<string, string> = { coachee: 'Coachees', mentee: 'Mentees', coach: 'Coaches', mentor: 'Mentors', all: 'All participants' };

/** Names for the values a table is grouped by, read from the warehouse's dimensions. */
export class KeyLabeller {
  private constructor(private readonly names: Map<string, string>) {}

  static async load(db: Queryable, schema: string): Promise<KeyLabeller> {
    const { rows } = await db.query<{ id: string; name: string }>(
      `SELECT organisation_id AS id, name FROM ${schema}.dim_organisation
       UNION ALL SELECT consortium_id, name FROM ${schema}.dim_consortium
       UNION ALL SELECT site_id, name FROM ${schema}.dim_site
       UNION ALL SELECT directorate_id, name FROM ${schema}.dim_directorate`,
    );
    return new KeyLabeller(new Map(rows.map((row) => [row.id, row.name])));
  }

  label(dimension: string, value: string): string {
    switch (dimension) {
      case 'organisation':
      case 'consortium':
      case 'site':
      case 'directorate':
      case 'giver':
      case 'receiver':
        return value === '' ? `No ${dimension}` : (this.names.get(value) ?? value);
      case 'month': {
        const [year, month] = value.split('-').map(Number);
        return `${MONTHS[month - 1] ?? value} ${year}`;
      }
      case 'programme':
        return value === '' ? 'All programmes' : (PROGRAMME_LABELS[value] ?? value);
      case 'ethnicity':
        return ETHNICITY_LABELS[value] ?? value;
      case 'role':
        return ROLE_LABELS[value] ?? value;
      default:
        return value;
    }
  }
}

export const programmeLabel = (programme: string | null): string => (programme ? (PROGRAMME_LABELS[programme] ?? programme) : 'All programmes');
