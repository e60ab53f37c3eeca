import { Module } from '@nestjs/common';
import { PracticeEvidenceConsumer } from './practice-evidence.consumer';

/** Coaching, mentoring and supervision hours from matching's and supervision's events, as accreditation evidence. */
@Module({ providers: [PracticeEvidenceConsumer] })
export class PracticeEvidenceModule {}
