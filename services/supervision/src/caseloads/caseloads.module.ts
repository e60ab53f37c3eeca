import { Module } from '@nestjs/common';
import { CaseloadResolver } from './caseload.resolver';

@Module({ providers: [CaseloadResolver] })
export class CaseloadsModule {}
