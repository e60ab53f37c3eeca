import { Module } from '@nestjs/common';
import { ConcernCommands } from './concern.commands';
import { ConcernPolicyResolver } from './concern-policy.resolver';
import { ConcernResolver } from './concern.resolver';

@Module({ providers: [ConcernCommands, ConcernResolver, ConcernPolicyResolver] })
export class ConcernsModule {}
