import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleType {
  STAFF = 'staff',
  COACH = 'coach',
  MENTOR = 'mentor',
  LINE_MANAGER = 'line_manager',
  PROGRAMME_LEAD = 'programme_lead',
  SUPERVISOR = 'supervisor',
  ANALYST = 'analyst',
  ORGANISATION_ADMIN = 'organisation_admin',
  CONSORTIUM_ADMIN = 'consortium_admin',
}
registerEnumType(RoleType, { name: 'Role' });

export enum ScopeKind {
  ORGANISATION = 'organisation',
  CONSORTIUM = 'consortium',
}
registerEnumType(ScopeKind, { name: 'ScopeKind' });

@ObjectType('RoleGrant')
export class RoleGrantType {
  @Field(() => RoleType) role!: RoleType;
  @Field(() => ScopeKind) scopeKind!: ScopeKind;
  @Field(() => ID) scopeId!: string;
}
