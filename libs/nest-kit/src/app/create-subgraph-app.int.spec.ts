import { Agent, request } from 'node:http';
import { Module } from '@nestjs/common';
import { createSubgraphApp } from './create-subgraph-app';

@Module({})
class EmptyModule {}

/** One GET on `agent`, answering whether it went out on a socket an earlier request had used. */
function get(url: string, agent: Agent): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(req.reusedSocket));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a service app', () => {
  it("keeps an idle connection from the gateway open past Node's 5 s default, so the gateway can reuse it", async () => {
    const app = await createSubgraphApp({ module: EmptyModule }, false);
    await app.listen(0, '127.0.0.1');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const url = `${await app.getUrl()}/anything`;
      expect(await get(url, agent)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get(url, agent)).toBe(true);
    } finally {
      agent.destroy();
      await app.close();
    }
  }, 20_000);
});
