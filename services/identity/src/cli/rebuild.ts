import { rebuildMain } from '@tapestry/eventsourcing';
import { IDENTITY_PROJECTIONS } from '../read-model/identity-projections';

/** `npm run rebuild:identity -- <projection>|--all`, with DATABASE_URL naming identity's database. */
rebuildMain('identity', IDENTITY_PROJECTIONS);
