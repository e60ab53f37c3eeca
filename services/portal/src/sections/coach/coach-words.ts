import type { Option } from '../../components/fields';

/** Words for the training and accreditation codes a coach or mentor reads about themself. */

export const LEVELS: Record<string, string> = {
  FOUNDATION: 'Foundation',
  PRACTITIONER: 'Practitioner',
  SENIOR_PRACTITIONER: 'Senior practitioner',
  MASTER_PRACTITIONER: 'Master practitioner',
};

export const CRITERIA: Record<string, string> = {
  TRAINING_HOURS: 'Training',
  PRACTICE_HOURS: 'Coaching and mentoring practice',
  SUPERVISION_HOURS: 'Supervision',
  CPD_HOURS: 'Continuing professional development',
  DEVELOPMENT_CENTRE: 'Development centre rating',
};

export const ELIGIBILITY_REASONS: Record<string, string> = {
  NOT_EMPLOYED: 'Not currently employed',
  NOT_TRAINED: 'Training not completed',
  TRAINING_LAPSED: 'Training needs a refresher',
  NO_CURRENT_APPROVAL: "Line manager's agreement needed",
  PAUSED: 'Paused',
};

export const PRACTITIONER_ROLES: Record<string, string> = { COACH: 'Coach', MENTOR: 'Mentor', SUPERVISOR: 'Supervisor' };

export const MEETING_FORMATS: readonly Option[] = [
  { value: 'IN_PERSON', label: 'In person' },
  { value: 'REMOTE', label: 'Remotely (video or phone)' },
];

/** Hours as a coach reads them: "6.5 hours", "1 hour"; a development-centre rating is out of 4. */
export function amount(criterion: string, value: number): string {
  if (criterion === 'DEVELOPMENT_CENTRE') return `${Number(value.toFixed(1))} out of 4`;
  const hours = Number(value.toFixed(2));
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The availability form's fields from the profile the API holds. */
export function availabilityForm(profile: { capacity: number; formats: readonly string[]; tags: readonly string[]; paused: boolean; gender: string | null }): {
  capacity: string;
  formats: string[];
  tags: string;
  available: string;
  gender: string;
} {
  return {
    capacity: String(profile.capacity),
    formats: profile.formats.map((format) => format.toUpperCase()),
    tags: profile.tags.join('\n'),
    available: profile.paused ? 'no' : 'yes',
    gender: profile.gender ?? '',
  };
}
