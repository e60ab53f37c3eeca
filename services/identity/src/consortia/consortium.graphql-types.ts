import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.graphql-types';

@ObjectType()
@Directive('@key(fields: "id")')
export class Consortium {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [Organisation]) members!: Organisation[];
}

@InputType()
export class CreateConsortiumInput {
  @Field() name!: string;
  @Field(() => [ID], { nullable: true, description: 'Founding member organisations' })
  memberOrganisationIds?: string[] | null;
}
