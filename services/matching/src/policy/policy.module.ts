import { Module } from '@nestjs/common';
import { PolicyCommands } from './policy.commands';
import { PolicyResolver } from './policy.resolver';

@Module({ providers: [PolicyCommands, PolicyResolver] })
export class PolicyModule {}
