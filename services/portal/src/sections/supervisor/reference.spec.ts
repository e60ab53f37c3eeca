import { createHash } from 'node:crypto';
import { referenceFor } from './reference';

describe('a concern’s relationship reference', () => {
  it('is the reference the caseload shows for the same relationship', async () => {
    const relationshipId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    const serviceReference = `R-${createHash('sha256').update(`relationship:${relationshipId}`).digest('hex').slice(0, 8).toUpperCase()}`;
    await expect(referenceFor(relationshipId)).resolves.toBe(serviceReference);
  });
});
