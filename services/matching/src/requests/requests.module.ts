import { Module } from '@nestjs/common';
import { RequestCommands } from './request.commands';
import { RequestResolver } from './request.resolver';

@Module({ providers: [RequestCommands, RequestResolver] })
export class RequestsModule {}
