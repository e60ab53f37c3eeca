import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository's proto/ folder: the one schema source, for consumers that decode with the .proto files alone. */
export const protoRoot = resolve(__dirname, '../../../../proto');

/** Import paths (relative to protoRoot) of the published schemas. */
export const protoFiles = {
  envelope: 'tapestry/common/v1/envelope.proto',
  identity: 'tapestry/identity/v1/events.proto',
  training: 'tapestry/training/v1/events.proto',
  matching: 'tapestry/matching/v1/events.proto',
  supervision: 'tapestry/supervision/v1/events.proto',
} as const;

export type ProtoFileName = keyof typeof protoFiles;

export function protoFilePath(name: ProtoFileName): string {
  return resolve(protoRoot, protoFiles[name]);
}

export function readProtoFile(name: ProtoFileName): string {
  return readFileSync(protoFilePath(name), 'utf8');
}
