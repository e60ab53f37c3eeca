import { courseKindName, hoursWords, qualificationWords } from './training-words';

describe('training in words', () => {
  it('names course kinds, and shows a kind the portal does not know yet as it comes', () => {
    expect(courseKindName('SUPERVISION_SKILLS')).toBe('Supervision skills');
    expect(courseKindName('NEW_KIND')).toBe('NEW_KIND');
  });

  it('says what a course qualifies people for, or that it is CPD only', () => {
    expect(qualificationWords([{ programme: 'GENERAL', role: 'COACH' }, { programme: 'ETHICAL_MENTORING', role: 'MENTOR' }])).toBe('Coach in General coaching and mentoring; mentor in Ethical mentoring');
    expect(qualificationWords([])).toBe('Nothing: CPD only');
  });

  it('counts hours', () => {
    expect(hoursWords(1)).toBe('1 hour');
    expect(hoursWords(6.5)).toBe('6.5 hours');
  });
});
