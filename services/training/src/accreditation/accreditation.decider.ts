import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, londonDateOf, requireText, validDate, validHours } from '../common';
import type { AccreditationCommand, AwardAccreditation, RecordCoachingHours, RecordCpd, RecordSupervisionHours } from './accreditation.commands';
import type { AccreditationEvent } from './accreditation.events';
import type { AccreditationState } from './accreditation.state';
import { currentLevel, evolveAccreditation, initialAccreditationState } from './accreditation.state';
import type { AccreditationLevel } from './ladder';
import { ACCREDITATION_LEVELS, isAccreditationLevel, levelRank, nextLevel } from './ladder';
import type { AccreditationEvidence } from './progress';
import { progressTowards } from './progress';

export const MAX_CPD_HOURS_PER_RECORD = 40;
/** A session from another context longer than this is a data error, not a long session. */
export const MAX_HOURS_PER_SESSION = 8;

function recordCpd(command: RecordCpd): AccreditationEvent[] {
  const date = validDate(command.date, 'CPD date');
  if (date > londonDateOf(command.now)) {
    throw new DomainError('BAD_USER_INPUT', `CPD dated ${date} is in the future; record it once it has happened.`, { field: 'date' });
  }
  const hours = validHours(command.hours, 'CPD hours', MAX_CPD_HOURS_PER_RECORD);
  const description = requireText(command.description, 'CPD description', 500);
  const { personId, cpdId } = command;
  return [{ type: 'CpdRecorded', data: { personId, cpdId, hours, date, description, recordedAt: command.now.toISOString() } }];
}

function recordCoaching(command: RecordCoachingHours, state: AccreditationState): AccreditationEvent[] {
  if (state.tally.sourceEventIds.includes(command.sourceEventId)) return [];
  const { personId, sourceEventId, practice } = command;
  const hours = validHours(command.hours, 'Session hours', MAX_HOURS_PER_SESSION);
  const sessionDate = validDate(command.sessionDate, 'Session date');
  return [{ type: 'CoachingHoursRecorded', data: { personId, sourceEventId, practice, hours, sessionDate } }];
}

function recordSupervision(command: RecordSupervisionHours, state: AccreditationState): AccreditationEvent[] {
  if (state.tally.sourceEventIds.includes(command.sourceEventId)) return [];
  const { personId, sourceEventId } = command;
  const hours = validHours(command.hours, 'Supervision hours', MAX_HOURS_PER_SESSION);
  const sessionDate = validDate(command.sessionDate, 'Session date');
  return [{ type: 'SupervisionHoursRecorded', data: { personId, sourceEventId, hours, sessionDate } }];
}

function validLevel(level: string): AccreditationLevel {
  if (!isAccreditationLevel(level)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown level "${level}"; use one of ${ACCREDITATION_LEVELS.join(', ')}.`, { field: 'level' });
  }
  return level;
}

function checkStep(level: AccreditationLevel, current: AccreditationLevel | null): void {
  if (levelRank(level) <= levelRank(current)) {
    throw new DomainError('ALREADY_AWARDED', `This coach already holds ${current ?? 'no'} level, at or above ${level}.`, { level, current });
  }
  const next = nextLevel(current);
  if (level !== next) {
    throw new DomainError('CANNOT_SKIP_LEVEL', `Levels are awarded in order; the next level for this coach is ${next ?? 'none'}.`, { level, next });
  }
}

export function evidenceOf(state: AccreditationState, facts: AwardAccreditation['facts']): AccreditationEvidence {
  const { cpdHours, practiceHours, supervisionHours } = state.tally;
  return { trainingHours: facts.trainingHours, practiceHours, supervisionHours, cpdHours, developmentCentre: facts.developmentCentre };
}

function award(command: AwardAccreditation, state: AccreditationState): AccreditationEvent[] {
  if (!command.facts.awardedByProgrammeLead) {
    throw new DomainError('FORBIDDEN', 'Only a programme lead can award an accreditation level.', { personId: command.personId });
  }
  if (command.awardedBy === command.personId) {
    throw new DomainError('FORBIDDEN', 'A programme lead cannot award a level to themselves.', { personId: command.personId });
  }
  const level = validLevel(command.level);
  checkStep(level, currentLevel(state));
  const evidence = evidenceOf(state, command.facts);
  const progress = progressTowards(level, evidence);
  if (!progress.ready) {
    throw new DomainError('INSUFFICIENT_EVIDENCE', `Not enough evidence for ${level} yet: ${progress.missing.join('; ')}.`, {
      level,
      missing: progress.missing,
    });
  }
  const { personId, organisationId, awardedBy } = command;
  return [{ type: 'AccreditationAwarded', data: { personId, organisationId, level, awardedBy, awardedAt: command.now.toISOString(), evidence } }];
}

export function decideAccreditation(command: AccreditationCommand, state: AccreditationState): AccreditationEvent[] {
  switch (command.type) {
    case 'RecordCpd':
      return recordCpd(command);
    case 'RecordCoachingHours':
      return recordCoaching(command, state);
    case 'RecordSupervisionHours':
      return recordSupervision(command, state);
    case 'AwardAccreditation':
      return award(command, state);
    default:
      return assertNever(command);
  }
}

export const accreditationDecider: Decider<AccreditationCommand, AccreditationEvent, AccreditationState> = {
  decide: decideAccreditation,
  evolve: evolveAccreditation,
  initialState: initialAccreditationState,
};
