import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { requireUuid } from '@tapestry/nest-kit';
import type { MatchingScope } from '../access/matching-access';

export enum ProgrammeType {
  GENERAL = 'GENERAL',
  BAME_CAREER_PROGRESSION = 'BAME_CAREER_PROGRESSION',
  RETURNERS = 'RETURNERS',
  NEW_BOARD_DIRECTORS = 'NEW_BOARD_DIRECTORS',
  ETHICAL_MENTORING = 'ETHICAL_MENTORING',
  TEAM_COACHING = 'TEAM_COACHING',
}
registerEnumType(ProgrammeType, { name: 'MatchingProgramme', description: 'A coaching or mentoring programme people are matched in' });

export enum SupportKindType {
  COACHING = 'coaching',
  MENTORING = 'mentoring',
}
registerEnumType(SupportKindType, { name: 'SupportKind', description: 'Coaching is given by a coach, mentoring by a mentor' });

export enum FormatPreferenceType {
  IN_PERSON = 'in_person',
  REMOTE = 'remote',
  EITHER = 'either',
}
registerEnumType(FormatPreferenceType, { name: 'MeetingFormatPreference' });

export enum ScopeKindType {
  ORGANISATION = 'organisation',
  CONSORTIUM = 'consortium',
}
registerEnumType(ScopeKindType, { name: 'MatchingScopeKind' });

@InputType({ description: 'An organisation, or a whole consortium whose members share their pools' })
export class MatchingScopeInput {
  @Field(() => ScopeKindType) kind!: ScopeKindType;
  @Field(() => ID) id!: string;
}

export function scopeOf(input: MatchingScopeInput): MatchingScope {
  return { kind: input.kind, id: requireUuid(input.id, 'scope.id') };
}
