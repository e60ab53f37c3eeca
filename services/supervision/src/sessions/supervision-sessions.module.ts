import { Module } from '@nestjs/common';
import { SupervisionSessionCommands } from './supervision-session.commands';
import { SupervisionSessionResolver } from './supervision-session.resolver';

@Module({ providers: [SupervisionSessionCommands, SupervisionSessionResolver] })
export class SupervisionSessionsModule {}
