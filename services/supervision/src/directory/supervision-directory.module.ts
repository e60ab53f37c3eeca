import { Module } from '@nestjs/common';
import { SupervisionDirectoryConsumer } from './supervision-directory.consumer';

@Module({ providers: [SupervisionDirectoryConsumer] })
export class SupervisionDirectoryModule {}
