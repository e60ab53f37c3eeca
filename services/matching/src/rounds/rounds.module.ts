import { Module } from '@nestjs/common';
import { RoundCommands } from './round.commands';
import { RoundResolver } from './round.resolver';

@Module({ providers: [RoundCommands, RoundResolver] })
export class RoundsModule {}
