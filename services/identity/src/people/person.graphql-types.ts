import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleGrantType } from '../roles/role.graphql-types';

export enum ShiftPatternType {
  DAYS = 'days',
  NIGHTS = 'nights',
  ROTATING = 'rotating',
  PART_TIME = 'part_time',
  FLEXIBLE = 'flexible',
}
registerEnumType(ShiftPatternType, { name: 'ShiftPattern' });

export enum PersonStatus {
  ACTIVE = 'active',
  LEFT = 'left',
}
registerEnumType(PersonStatus, { name: 'PersonStatus' });

/** Not a federation entity yet: resolving a Person for another subgraph must first check the caller may read it. */
@ObjectType()
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() email!: string;
  @Field() jobTitle!: string;
  @Field({ description: 'NHS ESR staff group, e.g. Nursing and Midwifery Registered' }) staffGroup!: string;
  @Field({ description: 'Band or grade, e.g. Band 6, ST3, Consultant' }) band!: string;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field(() => ID, { nullable: true }) directorateId!: string | null;
  @Field(() => String, { nullable: true }) directorateName!: string | null;
  @Field(() => ShiftPatternType) shiftPattern!: ShiftPatternType;
  @Field() clinical!: boolean;
  @Field(() => ID, { nullable: true }) lineManagerId!: string | null;
  @Field() startDate!: string;
  @Field(() => String, { nullable: true, description: 'ESR employee number, when imported from ESR' })
  employeeNumber!: string | null;
  @Field(() => PersonStatus) status!: PersonStatus;
  @Field(() => String, { nullable: true }) leavingDate!: string | null;
  @Field(() => [RoleGrantType]) roles!: RoleGrantType[];
}

@ObjectType()
export class PersonEdge {
  @Field() cursor!: string;
  @Field(() => Person) node!: Person;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [PersonEdge]) edges!: PersonEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, email or job title' }) search?: string | null;
  @Field(() => String, { nullable: true }) staffGroup?: string | null;
  @Field(() => ID, { nullable: true }) siteId?: string | null;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ShiftPatternType, { nullable: true }) shiftPattern?: ShiftPatternType | null;
  @Field(() => Boolean, { nullable: true }) clinical?: boolean | null;
  @Field(() => PersonStatus, { nullable: true }) status?: PersonStatus | null;
}

@InputType()
export class RegisterPersonInput {
  @Field(() => ID) organisationId!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() email!: string;
  @Field() jobTitle!: string;
  @Field() staffGroup!: string;
  @Field() band!: string;
  @Field(() => ID, { nullable: true }) siteId?: string | null;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ShiftPatternType) shiftPattern!: ShiftPatternType;
  @Field() clinical!: boolean;
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
  @Field({ description: 'ISO date, e.g. 2024-09-01' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'Sets a password so the person can log in' })
  initialPassword?: string | null;
}

@InputType({ description: 'Only the fields given change; a new job title, band, site, directorate or manager is recorded as a move' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true }) givenName?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => ShiftPatternType, { nullable: true }) shiftPattern?: ShiftPatternType | null;
  @Field(() => Boolean, { nullable: true }) clinical?: boolean | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) staffGroup?: string | null;
  @Field(() => String, { nullable: true }) band?: string | null;
  @Field(() => ID, { nullable: true }) siteId?: string | null;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
  @Field(() => String, { nullable: true, description: 'When a move takes effect (ISO date); today when omitted' })
  effectiveDate?: string | null;
}
