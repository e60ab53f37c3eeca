/**
 * The global through which a started test platform hands the e2e environment a way to print its buffered service
 * logs when a test fails (the environment and the spec share only the sandbox's global object).
 */
export const FAILURE_HOOK = '__tapestryE2ePrintServiceLogs';

export type FailureHook = (heading: string) => void;
