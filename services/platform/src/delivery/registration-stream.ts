import type { DeliveryPlatform } from './delivery-platform';

export interface RegistrationStream {
  /** Ids of the people registered so far, in order. */
  readonly registered: readonly string[];
  /** Every id, once the last registration is answered; rejects with the first failed registration. */
  readonly finished: Promise<string[]>;
}

/**
 * Registers `count` people one after another through the gateway, in the background, so a test can break something
 * while registrations are still flowing.
 */
export function startRegistering(platform: DeliveryPlatform, label: string, count: number): RegistrationStream {
  const registered: string[] = [];
  const run = async (): Promise<string[]> => {
    for (let index = 0; index < count; index += 1) {
      registered.push(await platform.registerPerson(`delivery.${label}.${index}@riverside-northgate.example.nhs.uk`));
    }
    return [...registered];
  };
  const finished = run();
  // Awaited by the test later; until then a failure must not surface as an unhandled rejection.
  finished.catch(() => undefined);
  return { registered, finished };
}
