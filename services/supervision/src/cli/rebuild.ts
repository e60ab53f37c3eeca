import { rebuildMain } from '@tapestry/eventsourcing';
import { SUPERVISION_PROJECTIONS } from '../read-model/supervision-projections';

/**
 * `npm run rebuild:supervision -- <projection>|--all`, with DATABASE_URL naming supervision's database: the caseload
 * facts (`supervision.caseload-facts`) are replayed from supervision's own record of matching's messages.
 */
rebuildMain('supervision', SUPERVISION_PROJECTIONS);
