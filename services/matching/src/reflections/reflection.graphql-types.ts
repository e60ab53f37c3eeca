import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A private note: readable only by its author, encrypted at rest, never shared' })
export class ReflectionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) relationshipId!: string;
  @Field() text!: string;
  @Field() writtenAt!: Date;
}
