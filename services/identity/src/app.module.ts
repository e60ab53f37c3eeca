import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TapestryAuthModule, type VerificationKeys } from '@tapestry/auth';
import { DatabaseModule, DomainErrorFilter, HealthController, MessagingModule, subgraphGraphQLModule, type MessagingModuleOptions } from '@tapestry/nest-kit';
import { AccountResolver } from './accounts/account.resolver';
import { IdentityKeys } from './accounts/identity-keys';
import { JwksController } from './accounts/jwks.controller';
import { LoginHandler } from './accounts/login.handler';
import { PasswordService } from './accounts/password.service';
import { SetPasswordHandler } from './accounts/set-password.handler';
import { ChangeMembershipHandler, CreateConsortiumHandler } from './consortia/consortium.handlers';
import { ConsortiumResolver } from './consortia/consortium.resolver';
import type { IdentityConfig } from './infrastructure/identity-config';
import { IDENTITY_CONFIG } from './infrastructure/identity-config.token';
import { IdentityStore } from './infrastructure/identity-store';
import { ChangeMyEqualityMonitoringHandler } from './equality-monitoring/equality-monitoring.handlers';
import { EqualityMonitoringResolver } from './equality-monitoring/equality-monitoring.resolver';
import { IdentityRelay } from './integration/identity-relay';
import { ChangeLawfulBasisHandler } from './organisations/lawful-basis.handlers';
import { AddPlaceHandler, CreateOrganisationHandler } from './organisations/organisation.handlers';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { RecordLeaverHandler, RegisterPersonHandler, UpdatePersonHandler } from './people/person.handlers';
import { PersonResolver } from './people/person.resolver';
import { ChangeRoleHandler } from './roles/role.handlers';
import { RoleResolver } from './roles/role.resolver';
import { ImportStaffHandler } from './staff-import/staff-import.handlers';
import { StaffImportResolver } from './staff-import/staff-import.resolver';

const HANDLERS = [
  CreateOrganisationHandler,
  AddPlaceHandler,
  ChangeLawfulBasisHandler,
  CreateConsortiumHandler,
  ChangeMembershipHandler,
  RegisterPersonHandler,
  UpdatePersonHandler,
  RecordLeaverHandler,
  ChangeRoleHandler,
  LoginHandler,
  SetPasswordHandler,
  ImportStaffHandler,
  ChangeMyEqualityMonitoringHandler,
];
const RESOLVERS = [
  OrganisationResolver,
  ConsortiumResolver,
  PersonResolver,
  RoleResolver,
  AccountResolver,
  StaffImportResolver,
  EqualityMonitoringResolver,
];

export interface IdentityModuleOptions {
  config: IdentityConfig;
  keys: IdentityKeys;
  /** The gateway's public keys: only principals it signed are trusted. */
  gatewayKeys: VerificationKeys;
}

function messagingOptions(config: IdentityConfig): MessagingModuleOptions {
  return config.transport === 'kafka'
    ? { transport: 'kafka', brokers: config.kafkaBrokers, clientId: 'tapestry-identity' }
    : { transport: 'embedded', busDatabaseUrl: config.busDatabaseUrl ?? '' };
}

@Module({})
export class IdentityModule {
  static forRoot({ config, keys, gatewayKeys }: IdentityModuleOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        CqrsModule.forRoot(),
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        MessagingModule.forRoot(messagingOptions(config)),
        subgraphGraphQLModule({ production: config.production }),
        TapestryAuthModule.forRoot({ keys: gatewayKeys }),
      ],
      controllers: [HealthController, JwksController],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        { provide: IdentityKeys, useValue: keys },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        IdentityStore,
        IdentityRelay,
        PasswordService,
        ...HANDLERS,
        ...RESOLVERS,
      ],
    };
  }
}
