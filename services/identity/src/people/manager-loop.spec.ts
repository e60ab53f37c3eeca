import fc from 'fast-check';
import { detectManagerLoop, managerChainOf } from './manager-loop';

const hierarchy: Record<string, string> = { nurse: 'sister', sister: 'matron', matron: 'director' };
const managerOf = (id: string): string | undefined => hierarchy[id];

describe('manager chains and loops', () => {
  it('lists the managers above someone, nearest first', () => {
    expect(managerChainOf('nurse', managerOf)).toEqual(['sister', 'matron', 'director']);
    expect(managerChainOf('director', managerOf)).toEqual([]);
  });

  it('stops at a loop already in the data', () => {
    const looped: Record<string, string> = { a: 'b', b: 'c', c: 'b' };
    expect(managerChainOf('a', (id) => looped[id])).toEqual(['b', 'c']);
  });

  it('finds a loop of two: A manages B manages A', () => {
    expect(detectManagerLoop('sister', 'nurse', managerOf)).toEqual(['sister', 'nurse', 'sister']);
  });

  it('finds a longer loop', () => {
    expect(detectManagerLoop('director', 'nurse', managerOf)).toEqual(['director', 'nurse', 'sister', 'matron', 'director']);
  });

  it('finds self-management', () => {
    expect(detectManagerLoop('nurse', 'nurse', managerOf)).toEqual(['nurse', 'nurse']);
  });

  it('finds no loop for a manager elsewhere in the tree', () => {
    expect(detectManagerLoop('nurse', 'matron', managerOf)).toBeUndefined();
    expect(detectManagerLoop('newcomer', 'nurse', managerOf)).toBeUndefined();
  });

  it('reports a loop exactly when the new line would let someone reach themselves', () => {
    // A random forest: each person's manager (if any) has a lower number, so the data itself has no loop.
    const scenario = fc.integer({ min: 2, max: 12 }).chain((size) =>
      fc.record({
        managers: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: size, maxLength: size }),
        person: fc.nat(size - 1),
        proposed: fc.nat(size - 1),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ managers, person, proposed }) => {
        const current = (id: string): string | undefined => {
          const index = Number(id);
          const raw = managers[index];
          return index === 0 || raw === undefined ? undefined : String(raw % index);
        };
        const self = String(person);
        const after = (id: string): string | undefined => (id === self ? String(proposed) : current(id));
        const visited = new Set<string>();
        let reachesSelf = false;
        for (let id = after(self); id !== undefined && !visited.has(id); id = after(id)) {
          reachesSelf ||= id === self;
          visited.add(id);
        }
        const loop = detectManagerLoop(self, String(proposed), current);
        expect(loop !== undefined).toBe(reachesSelf);
        loop?.slice(1).forEach((id, step) => expect(after(loop[step])).toBe(id));
      }),
    );
  });
});
