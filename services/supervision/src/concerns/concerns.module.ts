import { Module } from '@nestjs/common';
import { ConcernCommands } from './concern.commands';
import { ConcernResolver } from './concern.resolver';

@Module({ providers: [ConcernCommands, ConcernResolver] })
export class ConcernsModule {}
