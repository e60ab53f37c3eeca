import type { Band } from './band';
import { bandLabel, isValidBand, parseBand, sameBand } from './band';

describe('bands and grades', () => {
  it.each([
    ['Band 6', { scheme: 'agenda_for_change', band: '6' }],
    ['6', { scheme: 'agenda_for_change', band: '6' }],
    ['AfC Band 8A', { scheme: 'agenda_for_change', band: '8a' }],
    ['Agenda for Change Band 9', { scheme: 'agenda_for_change', band: '9' }],
    ['Review Body Band 8 - Range C', { scheme: 'agenda_for_change', band: '8c' }],
    ['band 8d', { scheme: 'agenda_for_change', band: '8d' }],
    ['FY1', { scheme: 'medical', grade: 'FY1' }],
    ['Foundation Year 2', { scheme: 'medical', grade: 'FY2' }],
    ['ct3', { scheme: 'medical', grade: 'CT3' }],
    ['ST8', { scheme: 'medical', grade: 'ST8' }],
    ['Specialty Registrar ST4', { scheme: 'medical', grade: 'ST4' }],
    ['Consultant', { scheme: 'medical', grade: 'Consultant' }],
    ['Specialty Doctor', { scheme: 'medical', grade: 'SAS' }],
    ['Police Constable', { scheme: 'other', title: 'Police Constable' }],
    ['Band 8', { scheme: 'other', title: 'Band 8' }],
    ['ST9', { scheme: 'other', title: 'ST9' }],
  ])('reads %p', (text, band) => {
    expect(parseBand(text)).toEqual(band);
  });

  it('reads nothing from blank text', () => {
    expect(parseBand('   ')).toBeUndefined();
  });

  it('cuts an over-long free-text grade to 100 characters', () => {
    expect(parseBand('x'.repeat(150))).toEqual({ scheme: 'other', title: 'x'.repeat(100) });
  });

  it.each<[Band, boolean]>([
    [{ scheme: 'agenda_for_change', band: '8b' }, true],
    [{ scheme: 'agenda_for_change', band: '10' } as unknown as Band, false],
    [{ scheme: 'medical', grade: 'Registrar' } as unknown as Band, false],
    [{ scheme: 'medical', grade: 'SAS' }, true],
    [{ scheme: 'other', title: ' ' }, false],
    [{ scheme: 'other', title: 'Teacher MPS3' }, true],
    [{ scheme: 'military' } as unknown as Band, false],
  ])('validates %p as %p', (band, valid) => {
    expect(isValidBand(band)).toBe(valid);
  });

  it('labels and compares bands', () => {
    expect(bandLabel({ scheme: 'agenda_for_change', band: '8a' })).toBe('Band 8a');
    expect(bandLabel({ scheme: 'medical', grade: 'ST3' })).toBe('ST3');
    expect(sameBand({ scheme: 'medical', grade: 'ST3' }, { scheme: 'medical', grade: 'ST3' })).toBe(true);
    expect(sameBand({ scheme: 'agenda_for_change', band: '5' }, { scheme: 'other', title: 'Band 5' })).toBe(false);
  });
});
