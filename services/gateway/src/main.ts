import { createGateway } from './create-gateway';
import { gatewayOptionsFromEnv } from './gateway-options-from-env';

/** The gateway as its own process: `PORT` (default 4000), `HOST` (default 127.0.0.1). */
async function main(): Promise<void> {
  const gateway = createGateway(await gatewayOptionsFromEnv());
  const url = await gateway.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
  console.log(`Tapestry GraphQL gateway at ${url}`);
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
