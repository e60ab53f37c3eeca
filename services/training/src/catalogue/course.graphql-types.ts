import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL's names for the domain's programmes; other features of this subgraph reuse these enums rather than register their own. */
export enum ProgrammeType {
  GENERAL = 'general',
  BAME_CAREER_PROGRESSION = 'bame_career_progression',
  RETURNERS = 'returners',
  NEW_BOARD_DIRECTORS = 'new_board_directors',
  ETHICAL_MENTORING = 'ethical_mentoring',
  TEAM_COACHING = 'team_coaching',
}
registerEnumType(ProgrammeType, { name: 'Programme', description: 'A coaching or mentoring programme a trust or consortium runs' });

export enum PractitionerRoleType {
  COACH = 'coach',
  MENTOR = 'mentor',
  SUPERVISOR = 'supervisor',
}
registerEnumType(PractitionerRoleType, { name: 'PractitionerRole', description: 'A way of practising in a programme' });

export enum CourseKindType {
  FOUNDATION = 'foundation',
  ETHICAL_MENTORING = 'ethical_mentoring',
  TEAM_COACHING = 'team_coaching',
  SUPERVISION_SKILLS = 'supervision_skills',
  PROGRAMME_PREPARATION = 'programme_preparation',
  REFRESHER = 'refresher',
}
registerEnumType(CourseKindType, { name: 'CourseKind' });

export enum CourseStatusType {
  OFFERED = 'offered',
  RETIRED = 'retired',
}
registerEnumType(CourseStatusType, { name: 'CourseStatus' });

@ObjectType({ description: 'One programme in one role that completing a course qualifies a person for' })
export class QualificationType {
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => PractitionerRoleType) role!: PractitionerRoleType;
}

@InputType()
export class QualificationInput {
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => PractitionerRoleType) role!: PractitionerRoleType;
}

@ObjectType()
export class Course {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() title!: string;
  @Field(() => CourseKindType) kind!: CourseKindType;
  @Field(() => [String]) modules!: string[];
  @Field(() => [QualificationType], { description: 'Empty for a CPD-only course' }) qualifies!: QualificationType[];
  @Field(() => Float) cpdHours!: number;
  @Field(() => Int, { description: 'How long a completion counts before a refresher is due' }) validityMonths!: number;
  @Field(() => CourseStatusType) status!: CourseStatusType;
}

@InputType()
export class CreateCourseInput {
  @Field(() => ID) organisationId!: string;
  @Field() title!: string;
  @Field(() => CourseKindType) kind!: CourseKindType;
  @Field(() => [String], { description: 'The modules the course covers, e.g. "Active listening"' }) modules!: string[];
  @Field(() => [QualificationInput], { defaultValue: [] }) qualifies!: QualificationInput[];
  @Field(() => Float) cpdHours!: number;
  @Field(() => Int, { defaultValue: 36 }) validityMonths!: number;
}
