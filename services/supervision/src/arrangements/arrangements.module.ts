import { Module } from '@nestjs/common';
import { ArrangementCommands } from './arrangement.commands';
import { ArrangementResolver } from './arrangement.resolver';

@Module({ providers: [ArrangementCommands, ArrangementResolver] })
export class ArrangementsModule {}
