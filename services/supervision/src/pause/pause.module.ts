import { Module } from '@nestjs/common';
import { PauseCommands } from './coach-pause.commands';
import { PauseResolver } from './coach-pause.resolver';

@Module({ providers: [PauseCommands, PauseResolver] })
export class PauseModule {}
