import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  NHS_TRUST = 'nhs_trust',
  ICB = 'icb',
  GP_PRACTICE = 'gp_practice',
  POLICE = 'police',
  FIRE_AND_RESCUE = 'fire_and_rescue',
  LOCAL_AUTHORITY = 'local_authority',
  SCHOOL = 'school',
  OTHER = 'other',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType()
export class Site {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType()
export class Directorate {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('LawfulBasis', {
  description: "The organisation's condition for processing its staff's ethnicity; analytics reports ethnicity only while one is recorded",
})
export class LawfulBasisType {
  @Field({ description: 'e.g. UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)' }) basis!: string;
  @Field({ description: 'ISO date' }) recordedOn!: string;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Organisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'NHS Organisation Data Service code, where the organisation has one' })
  odsCode!: string | null;
  @Field(() => [Site]) sites!: Site[];
  @Field(() => [Directorate]) directorates!: Directorate[];
  @Field(() => LawfulBasisType, { nullable: true, description: 'Null until an organisation admin records one' })
  lawfulBasis!: LawfulBasisType | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, { nullable: true }) odsCode?: string | null;
  @Field(() => [String], { nullable: true, description: 'Sites to add at once, e.g. hospitals and clinics' })
  sites?: string[] | null;
  @Field(() => [String], { nullable: true }) directorates?: string[] | null;
}
