import { ALL_SECTIONS } from './all-sections';
import { mayOpen, sectionAt, sectionsFor } from './navigation';

const titles = (roles: Parameters<typeof sectionsFor>[1]) => sectionsFor(ALL_SECTIONS, roles).map((section) => section.title);

describe('who sees which part of the portal', () => {
  it('shows a member of staff only their own coaching', () => {
    expect(titles(['STAFF'])).toEqual(['My coaching']);
  });

  it('shows a line manager their team, and neither supervision nor programme figures', () => {
    expect(titles(['STAFF', 'LINE_MANAGER'])).toEqual(['My coaching', 'My team']);
  });

  it('shows a supervisor supervision, and not the programme or its figures', () => {
    expect(titles(['STAFF', 'SUPERVISOR'])).toEqual(['My coaching', 'Supervision']);
  });

  it('shows an analyst the figures, and no one’s caseload, team or relationships to manage', () => {
    expect(titles(['STAFF', 'ANALYST'])).toEqual(['My coaching', 'Programme figures']);
  });

  it('shows coaches and mentors the same coaching section', () => {
    expect(titles(['MENTOR'])).toEqual(titles(['COACH']));
    expect(titles(['COACH'])).toContain('Coaching and mentoring');
  });

  it('gives every section to someone, and each once, in a stable order', () => {
    const everyone = sectionsFor(ALL_SECTIONS, ['STAFF', 'COACH', 'LINE_MANAGER', 'PROGRAMME_LEAD', 'SUPERVISOR', 'ANALYST', 'CONSORTIUM_ADMIN']);
    expect(everyone).toEqual([...ALL_SECTIONS]);
    expect(new Set(ALL_SECTIONS.map((section) => section.basePath)).size).toBe(ALL_SECTIONS.length);
  });

  it('finds the section a page belongs to by its path, not by a shared prefix', () => {
    expect(sectionAt(ALL_SECTIONS, '/supervision/caseloads')?.id).toBe('supervisor');
    expect(sectionAt(ALL_SECTIONS, '/programme')?.id).toBe('lead');
    expect(sectionAt(ALL_SECTIONS, '/programmes')).toBeUndefined();
  });

  it('keeps every section’s own pages under its base path, so the role check covers them', () => {
    for (const section of ALL_SECTIONS) {
      for (const link of section.links) expect(sectionAt(ALL_SECTIONS, link.path)).toBe(section);
      expect(mayOpen(section, [])).toBe(section.roles === 'everyone');
    }
  });
});
