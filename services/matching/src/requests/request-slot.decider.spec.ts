import { DeciderSpecification } from '@tapestry/eventsourcing';
import { requestSlotDecider, type RequestSlotEvent } from './request-slot.decider';

const spec = DeciderSpecification.for(requestSlotDecider);

const taken: RequestSlotEvent = { type: 'RequestSlotTaken', data: { requestId: 'request-1' } };
const freed: RequestSlotEvent = { type: 'RequestSlotFreed', data: { requestId: 'request-1' } };

describe('one request per person and programme', () => {
  it('takes a free slot', () => {
    spec.given([]).when({ type: 'TakeRequestSlot', requestId: 'request-1' }).then([taken]);
  });

  it('refuses a second request while the first holds the slot, naming the way out', () => {
    spec
      .given([taken])
      .when({ type: 'TakeRequestSlot', requestId: 'request-2' })
      .thenThrows('DUPLICATE_REQUEST', /withdraw it or close the relationship before asking again/);
  });

  it('lets the person ask again once the slot is freed', () => {
    spec
      .given([taken, freed])
      .when({ type: 'TakeRequestSlot', requestId: 'request-2' })
      .then([{ type: 'RequestSlotTaken', data: { requestId: 'request-2' } }]);
  });

  it('frees the slot only for the request holding it', () => {
    spec.given([taken]).when({ type: 'FreeRequestSlot', requestId: 'request-1' }).then([freed]);
    spec.given([taken]).when({ type: 'FreeRequestSlot', requestId: 'request-2' }).thenNothingHappens();
    spec.given([taken, freed]).when({ type: 'FreeRequestSlot', requestId: 'request-1' }).thenNothingHappens();
  });
});
