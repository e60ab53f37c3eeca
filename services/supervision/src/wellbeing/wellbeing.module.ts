import { Module } from '@nestjs/common';
import { WellbeingCommands } from './wellbeing.commands';
import { WellbeingResolver } from './wellbeing.resolver';

@Module({ providers: [WellbeingCommands, WellbeingResolver] })
export class WellbeingModule {}
