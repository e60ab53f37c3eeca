import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';
import { FAILURE_HOOK, RUNNING_PLATFORMS, type FailureHook, type RunningPlatforms } from './failure-hook';

/**
 * Jest's node environment, plus: when a test or hook fails, the platform's buffered service logs are printed under
 * its name. Jest tells only the environment whether a test failed, hence this file; a spec opts in with the docblock
 * `@jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts`.
 */
export default class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event: Circus.Event): Promise<void> {
    const printLogs = this.global[FAILURE_HOOK] as FailureHook | undefined;
    if (event.name === 'test_done' && event.test.errors.length > 0) printLogs?.(`service logs up to the failure of "${event.test.name}"`);
    if (event.name === 'hook_failure') printLogs?.(`service logs up to a failed ${event.hook.type} hook`);
    // Stops any platform the spec could not stop itself (a set-up hook that timed out while it was starting), while
    // the spec's modules can still run: by teardown they are gone.
    if (event.name === 'run_finish') {
      const running = this.global[RUNNING_PLATFORMS] as RunningPlatforms | undefined;
      await Promise.all([...(running ?? [])].map((stop) => stop()));
    }
  }
}
