import { Module } from '@nestjs/common';
import { CoachCommands } from './coach.commands';
import { CoachResolver } from './coach.resolver';

@Module({ providers: [CoachCommands, CoachResolver] })
export class CoachesModule {}
