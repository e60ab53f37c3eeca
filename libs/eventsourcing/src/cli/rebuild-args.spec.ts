import { parseRebuildArgs } from './rebuild-args';

const known = ['people', 'organisations'];

describe('parseRebuildArgs', () => {
  it('rebuilds the named projections once each', () => {
    expect(parseRebuildArgs(['people', 'people'], known)).toEqual({ kind: 'rebuild', names: ['people'] });
  });

  it('rebuilds every projection with --all', () => {
    expect(parseRebuildArgs(['--all'], known)).toEqual({ kind: 'rebuild', names: known });
  });

  it('shows help', () => {
    expect(parseRebuildArgs(['--help'], known)).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /Name at least one projection/],
    [['people', '--all'], /either --all or projection names/],
    [['--force'], /Unknown option --force/],
    [['staff'], /Unknown projection\(s\): staff\. Known: people, organisations/],
  ])('refuses %j', (argv, message) => {
    const command = parseRebuildArgs(argv, known);
    expect(command.kind).toBe('error');
    expect(command.kind === 'error' && command.message).toMatch(message);
  });
});
