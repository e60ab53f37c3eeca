import { Module } from '@nestjs/common';
import { DirectoryConsumer } from './directory.consumer';

@Module({ providers: [DirectoryConsumer] })
export class DirectoryModule {}
