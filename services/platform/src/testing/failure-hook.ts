/**
 * The global through which a started test platform hands the e2e environment a way to print its buffered service
 * logs when a test fails (the environment and the spec share only the sandbox's global object).
 */
export const FAILURE_HOOK = '__tapestryE2ePrintServiceLogs';

export type FailureHook = (heading: string) => void;

/**
 * The global under which every test platform still running keeps its stop function. A hook that times out while a
 * platform is starting never gets the platform back to stop it, and its processes would keep Jest from exiting; the
 * e2e environment stops whatever is left here when the spec file ends.
 */
export const RUNNING_PLATFORMS = '__tapestryE2eRunningPlatforms';

export type RunningPlatforms = Set<() => Promise<void>>;
