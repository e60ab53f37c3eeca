import type { Problem } from '../../api/api-error';

export type ApprovalKind = 'PRACTISE_AS_COACH' | 'PRACTISE_AS_MENTOR' | 'RELEASE_FOR_COACHING';

const KIND_NAMES: Record<ApprovalKind, string> = {
  PRACTISE_AS_COACH: 'Practise as a coach',
  PRACTISE_AS_MENTOR: 'Practise as a mentor',
  RELEASE_FOR_COACHING: 'Be released to be coached',
};

export function approvalKindName(kind: string): string {
  return KIND_NAMES[kind as ApprovalKind] ?? kind;
}

/** The time commitment every coach and mentor makes, as the expectations booklet states it. */
export interface Commitment {
  maxPeopleAtATime: number;
  sessionsPerMonth: number;
  maxSessionHours: number;
  maxMonths: number;
}

function hours(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded} hour${rounded === 1 ? '' : 's'}`;
}

function timesAMonth(count: number): string {
  if (count === 1) return 'once a month';
  if (count === 2) return 'twice a month';
  return `${count} times a month`;
}

/**
 * What agreeing releases, in plain sentences worked out from the booklet's commitment: the most time a month the
 * person will spend, and for how long.
 */
export function whatAgreeingMeans(kind: string, commitment: Commitment): string[] {
  const { maxPeopleAtATime, sessionsPerMonth, maxSessionHours, maxMonths } = commitment;
  if (kind === 'RELEASE_FOR_COACHING') {
    return [
      `They meet their coach or mentor ${timesAMonth(sessionsPerMonth)}, for up to ${hours(maxSessionHours)} each time, in work time.`,
      `That is up to ${hours(sessionsPerMonth * maxSessionHours)} a month, for up to ${maxMonths} months.`,
      'What they talk about stays between them and their coach or mentor. It never informs a performance or pay review.',
    ];
  }
  const role = kind === 'PRACTISE_AS_MENTOR' ? 'mentor' : 'coach';
  return [
    `They ${role} up to ${maxPeopleAtATime} colleagues at a time, meeting each ${timesAMonth(sessionsPerMonth)} for up to ${hours(maxSessionHours)}.`,
    `That is up to ${hours(maxPeopleAtATime * sessionsPerMonth * maxSessionHours)} a month of protected time, with each relationship lasting up to ${maxMonths} months.`,
    'They also attend a training day before they start, and regular supervision after that.',
    'What they hear stays between them and the people they support. You will not be told about their sessions.',
  ];
}

export type Decision = '' | 'approve' | 'decline';

/** Both answers checked before sending: a decision, and a reason when declining. */
export function checkDecision(decision: Decision, reason: string): Problem[] {
  if (!decision) return [{ message: 'Select whether you agree', code: 'BAD_USER_INPUT', field: 'decision' }];
  if (decision === 'decline' && !reason.trim()) return [{ message: 'Enter why you do not agree', code: 'BAD_USER_INPUT', field: 'reason' }];
  return [];
}

const PARTICIPATION_STATUSES: Record<string, string> = {
  requested: 'Asked for support',
  introduced: 'Introduced, not started yet',
  active: 'Taking part',
  closed: 'Finished',
};

export function participationStatusName(status: string): string {
  return PARTICIPATION_STATUSES[status] ?? status;
}

export function participationRoleName(role: string): string {
  return role === 'coach' || role === 'mentor' ? 'Coaching or mentoring others' : 'Being coached or mentored';
}
