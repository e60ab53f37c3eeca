import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { Transport } from '@tapestry/messaging';
import { PG_POOL, ServiceRelay, TRANSPORT } from '@tapestry/nest-kit';
import { IdentityStore } from '../infrastructure/identity-store';
import { encodeIdentityMessage, IDENTITY_TOPIC } from './identity-event-encoder';

/** Identity's public events to `tapestry.identity.v1`; account events and email reservations encode to nothing. */
@Injectable()
export class IdentityRelay extends ServiceRelay {
  constructor(store: IdentityStore, @Inject(PG_POOL) pool: Pool, @Inject(TRANSPORT) transport: Transport) {
    super({ name: 'identity', topic: IDENTITY_TOPIC, store: store.events, pool, transport, encode: encodeIdentityMessage });
  }
}
