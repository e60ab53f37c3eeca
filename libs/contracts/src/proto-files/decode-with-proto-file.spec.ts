import { isAbsolute, join } from 'node:path';
import { Root } from 'protobufjs';
import { encodeIdentityEvent } from '../codec/identity-codec';
import { personRegisteredMessage } from '../codec/identity-fixtures';
import { protoFilePath, protoRoot, readProtoFile } from './proto-files';

/** A consumer in another language or codebase has only the .proto files; protobufjs stands in for it. */
function loadFromProtoFilesOnly(): Root {
  const root = new Root();
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
  return root.loadSync(protoFilePath('identity'), { keepCase: true });
}

describe('the .proto files alone', () => {
  it('are the published schema files', () => {
    expect(readProtoFile('identity')).toContain('package tapestry.identity.v1;');
    expect(readProtoFile('envelope')).toContain('message EventEnvelope');
  });

  it('decode what the generated code encodes', () => {
    const identityEvent = loadFromProtoFilesOnly().lookupType('tapestry.identity.v1.IdentityEvent');

    const decoded = identityEvent.toObject(identityEvent.decode(encodeIdentityEvent(personRegisteredMessage('person-7'))), {
      enums: String,
      longs: String,
      oneofs: true,
    });

    expect(decoded).toMatchObject({
      event: 'person_registered',
      envelope: {
        event_id: '5f0c2d43-8f8e-4c55-a0f7-0d0f3c7f1a11',
        event_type: 'PersonRegistered',
        stream_id: 'person-7',
        stream_version: '1',
        occurred_at: { seconds: String(Date.parse('2025-01-06T08:00:00.000Z') / 1000) },
        organisation_id: 'org-1',
      },
      person_registered: {
        person_id: 'person-7',
        display_name: 'Priya Shah',
        shift_pattern: 'SHIFT_PATTERN_NIGHTS',
        clinical: true,
        site_id: 'site-1',
        start_date: '2024-09-01',
      },
    });
  });
});
