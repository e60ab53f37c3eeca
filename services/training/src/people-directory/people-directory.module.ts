import { Module } from '@nestjs/common';
import { PeopleDirectoryConsumer } from './identity-events.consumer';

/** Training's copy of identity's people, roles and consortia, and what their changes mean for approvals and eligibility. */
@Module({ providers: [PeopleDirectoryConsumer] })
export class PeopleDirectoryModule {}
