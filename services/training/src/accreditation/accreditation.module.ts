import { Module } from '@nestjs/common';
import { DevelopmentModule } from '../development/development.module';
import { AwardAccreditationHandler, RecordCpdHandler } from './accreditation.handlers';
import { AccreditationResolver } from './accreditation.resolver';

/**
 * CPD, practice evidence and awards on the accreditation ladder. An award is judged on development centre results, so
 * this module brings the development centre (with the assessment centre and coach profile) along. TrainingStore,
 * the clock and the CQRS bus come from the root module.
 */
@Module({ imports: [DevelopmentModule], providers: [RecordCpdHandler, AwardAccreditationHandler, AccreditationResolver] })
export class AccreditationModule {}
