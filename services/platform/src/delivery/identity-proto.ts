import { resolve } from 'node:path';
import { Root, type Type } from 'protobufjs';

/** The topic is part of the contract, like the schema: DESIGN.md names it `tapestry.<context>.v1`. */
export const IDENTITY_TOPIC = 'tapestry.identity.v1';

/** The repository's proto/ folder: the include path every `import` in the .proto files is relative to. */
export const PROTO_ROOT = resolve(__dirname, '../../../../proto');

/** The envelope as protobufjs turns it into an object (proto3 defaults filled in, 64-bit numbers as strings). */
export interface DecodedEnvelope {
  eventId: string;
  eventType: string;
  streamId: string;
  streamVersion: string;
  correlationId: string;
  causationId: string;
  actorId: string;
  organisationId: string;
  schemaVersion: number;
}

export interface DecodedPersonRegistered {
  personId: string;
  organisationId: string;
  displayName: string;
  workEmail: string;
  jobTitle: string;
  staffGroup: string;
  band: string;
  startDate: string;
}

/** One `tapestry.identity.v1.IdentityEvent`; `event` names the oneof case that is set, absent when none we know is. */
export interface DecodedIdentityEvent {
  envelope: DecodedEnvelope | null;
  event?: string;
  personRegistered?: DecodedPersonRegistered;
}

/** A message whose bytes are not an IdentityEvent: handling it again would fail the same way, so it is dead-lettered. */
export class UndecodableMessageError extends Error {
  readonly code = 'UNDECODABLE_MESSAGE';
  readonly retriable = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UndecodableMessageError';
  }
}

/**
 * Reads `tapestry.identity.v1.IdentityEvent` from the .proto files at run time, as a consumer outside this repository
 * would: no generated code, only proto/ (protobufjs bundles google/protobuf/*.proto itself).
 */
export function loadIdentityEventType(protoRoot: string = PROTO_ROOT): Type {
  const root = new Root();
  root.resolvePath = (_origin, target) => resolve(protoRoot, target);
  root.loadSync('tapestry/identity/v1/events.proto');
  return root.lookupType('tapestry.identity.v1.IdentityEvent');
}

export function decodeIdentityEvent(type: Type, bytes: Uint8Array): DecodedIdentityEvent {
  try {
    const message = type.decode(bytes);
    // toObject is typed as a bag of anything; the options below fix the shape DecodedIdentityEvent describes.
    return type.toObject(message, { longs: String, enums: String, defaults: true, oneofs: true }) as DecodedIdentityEvent;
  } catch (error) {
    throw new UndecodableMessageError(
      `The message is not a tapestry.identity.v1.IdentityEvent (${error instanceof Error ? error.message : String(error)}); check what published it.`,
      { cause: error },
    );
  }
}
