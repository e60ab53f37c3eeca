import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../people/person.graphql-types';

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' }) accessToken!: string;
  @Field(() => Int, { description: 'Seconds until the token expires' }) expiresIn!: number;
  @Field(() => Person) person!: Person;
}
