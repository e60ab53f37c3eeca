import { isProgramme, PROGRAMME_DESCRIPTIONS, PROGRAMME_OPTIONS, programmeDescription, programmeName, PROGRAMMES } from './programmes';

describe('programme names', () => {
  it('names each programme briefly for leads, supervisors and analysts, whatever case the API gives it in', () => {
    expect(programmeName('BAME_CAREER_PROGRESSION')).toBe('BAME career progression');
    expect(programmeName('general')).toBe('General coaching and mentoring');
    expect(PROGRAMME_OPTIONS.map((option) => option.label)).toContain('Returners');
  });

  it('describes each programme in plainer words for a member of staff', () => {
    expect(programmeDescription('BAME_CAREER_PROGRESSION')).toBe('Career progression for Black, Asian and minority ethnic staff');
    expect(programmeDescription('RETURNERS')).toBe('Returning to work');
    expect(PROGRAMME_DESCRIPTIONS.find((option) => option.value === 'GENERAL')?.label).toBe('General coaching and mentoring');
  });

  it('offers every programme, in the same order, both ways', () => {
    expect(PROGRAMME_OPTIONS.map((option) => option.value)).toEqual([...PROGRAMMES]);
    expect(PROGRAMME_DESCRIPTIONS.map((option) => option.value)).toEqual([...PROGRAMMES]);
  });

  it('reads a programme it does not know yet rather than failing', () => {
    expect(programmeName('NEW_PROGRAMME')).toBe('New programme');
    expect(programmeDescription('NEW_PROGRAMME')).toBe('NEW_PROGRAMME');
    expect(isProgramme('RETURNERS')).toBe(true);
    expect(isProgramme('SOMETHING_ELSE')).toBe(false);
  });
});
