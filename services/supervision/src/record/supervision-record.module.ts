import { Module } from '@nestjs/common';
import { SupervisionRecordResolver } from './supervision-record';

@Module({ providers: [SupervisionRecordResolver] })
export class SupervisionRecordModule {}
