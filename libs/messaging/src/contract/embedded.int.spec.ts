import { createTestDatabase } from '@tapestry/testing';
import type { TestDatabase } from '@tapestry/testing';
import { EmbeddedTransport } from '../embedded/embedded-transport';
import { describeTransportContract } from './transport.contract';

jest.setTimeout(60_000);

let log: TestDatabase;
let readModel: TestDatabase;

beforeAll(async () => {
  log = await createTestDatabase('embedded_log');
  readModel = await createTestDatabase('embedded_read_model');
});

afterAll(async () => {
  await log?.drop();
  await readModel?.drop();
});

describeTransportContract('embedded', () => ({
  openTransport: () =>
    EmbeddedTransport.open({ pool: log.pool, pollIntervalMs: 250, retryBackoff: { initialMs: 20, maxMs: 200 }, restartBackoff: { initialMs: 50, maxMs: 500 } }),
  readModelPool: () => readModel.pool,
}));
