import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'One organisation or consortium, or a site or directorate within an organisation; optionally one staff group' })
export class AnalyticsScopeInput {
  @Field(() => String, { nullable: true }) organisationId?: string | null;
  @Field(() => String, { nullable: true }) consortiumId?: string | null;
  @Field(() => String, { nullable: true }) siteId?: string | null;
  @Field(() => String, { nullable: true }) directorateId?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Nursing and Midwifery Registered"' }) staffGroup?: string | null;
}

@ObjectType({ description: 'A figure after disclosure control: small counts suppressed, counts rounded to 5, rates and medians on small bases withheld' })
export class PublishedFigureResult {
  @Field() name!: string;
  @Field() label!: string;
  @Field({ description: 'count, rate (whole percent) or statistic' }) kind!: string;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed' }) value!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => String, { nullable: true, description: 'SMALL_COUNT, SMALL_BASE, SECONDARY or BREAKDOWN_WITHHELD' }) reason!: string | null;
  @Field(() => Float, { nullable: true, description: 'For rates and statistics: how many observations, published as a count' }) base!: number | null;
  @Field({ description: 'A total some of whose cells are suppressed: it is the sum of what is shown' }) incomplete!: boolean;
}

@ObjectType()
export class FigureRowResult {
  @Field(() => [String], { description: 'The group this row is for, one value per dimension' }) key!: string[];
  @Field(() => [String], { description: 'The same, as people read it (organisation names, "March 2026")' }) keyLabels!: string[];
  @Field(() => [PublishedFigureResult]) figures!: PublishedFigureResult[];
}

@ObjectType({ description: 'A table of published figures; no row is ever a person' })
export class FigureTableResult {
  @Field() title!: string;
  @Field() scopeName!: string;
  @Field(() => [String]) dimensions!: string[];
  @Field(() => [FigureRowResult]) rows!: FigureRowResult[];
  @Field(() => [PublishedFigureResult], { description: 'Totals computed after suppression' }) totals!: PublishedFigureResult[];
  @Field(() => [String], { description: 'How to read the table' }) notes!: string[];
}
