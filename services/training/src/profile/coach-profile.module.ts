import { Module } from '@nestjs/common';
import { CoachProfileResolver } from './coach-profile.resolver';

@Module({ providers: [CoachProfileResolver] })
export class CoachProfileModule {}
