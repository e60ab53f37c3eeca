export type RebuildCommand = { kind: 'help' } | { kind: 'rebuild'; names: string[] } | { kind: 'error'; message: string };

export const REBUILD_USAGE = `Usage: rebuild <projection>... | --all
Empties each projection's read model and replays every event from position 0, in one transaction per projection.
  --all     rebuild every projection
  --help    show this text`;

/** Which projections the command line asks for, checked against the ones the service has. */
export function parseRebuildArgs(argv: readonly string[], known: readonly string[]): RebuildCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const unknownFlag = argv.find((arg) => arg.startsWith('-') && arg !== '--all');
  if (unknownFlag !== undefined) return { kind: 'error', message: `Unknown option ${unknownFlag}.\n${REBUILD_USAGE}` };
  if (argv.includes('--all')) {
    return argv.length === 1
      ? { kind: 'rebuild', names: [...known] }
      : { kind: 'error', message: 'Give either --all or projection names, not both.' };
  }
  if (argv.length === 0) return { kind: 'error', message: `Name at least one projection.\n${REBUILD_USAGE}` };
  const unknown = argv.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    return { kind: 'error', message: `Unknown projection(s): ${unknown.join(', ')}. Known: ${known.join(', ') || '(none)'}.` };
  }
  return { kind: 'rebuild', names: [...new Set(argv)] };
}
