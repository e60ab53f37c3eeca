import { logLevel } from 'kafkajs';
import type { logCreator } from 'kafkajs';

export type KafkaLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export const kafkaLogLevels: Record<KafkaLogLevel, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/**
 * We bound the idempotent producer's retries on purpose: a publish that fails is retried by the relay from its
 * checkpoint, and consumers' inboxes absorb any duplicate. kafkajs warns about that on every producer; drop the warning.
 */
const expectedWarnings = ['Limiting retries for the idempotent producer'];

/** kafkajs log lines on stderr, one line each, with the namespace and the structured extras. */
export const kafkaLogCreator: logCreator = () => (entry) => {
  const { message, timestamp: _timestamp, ...extra } = entry.log;
  if (expectedWarnings.some((warning) => message.startsWith(warning))) return;
  const details = Object.keys(extra).length > 0 ? ` ${JSON.stringify(extra)}` : '';
  process.stderr.write(`[kafkajs] ${entry.label} ${entry.namespace}: ${message}${details}\n`);
};
