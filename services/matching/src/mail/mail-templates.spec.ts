import type { IcsContentLine } from '@tapestry/domain';
import { readIcs, unescapeText } from '@tapestry/domain';
import type { IntroductionFacts } from './mail-templates';
import { chemistryFollowUpMail, escalationMail, introductionMail, sessionNudgeMail, sixMonthCheckMail } from './mail-templates';
import type { OutgoingMail } from '@tapestry/mail';
import type { PairFacts } from './mail-wording';

const pair: PairFacts = {
  relationshipId: 'rel-7f3a',
  coachee: { name: 'Asha Patel', email: 'asha.patel@example.nhs.uk' },
  coach: { name: 'Ben Okafor', email: 'ben.okafor@example.nhs.uk' },
  lead: { name: 'Lee Morgan', email: 'lee.morgan@example.nhs.uk' },
  kind: 'mentoring',
  programme: 'BAME_CAREER_PROGRESSION',
};

const introduction: IntroductionFacts = {
  ...pair,
  introducedAt: '2025-06-02T09:00:00.000Z',
  chemistryMeetingAt: '2025-06-17T13:30:00.000Z',
  durationMinutes: 60,
};

const PRIVATE_GOAL = 'Prepare for my band 7 interview without my manager knowing';

const allText = (mail: OutgoingMail): string =>
  [mail.subject, mail.text, mail.html ?? '', ...(mail.attachments ?? []).map((attachment) => attachment.content.toString())].join('\n');

function invitation(mail: OutgoingMail): IcsContentLine[] {
  const attachment = mail.attachments?.find((candidate) => candidate.filename === 'chemistry-meeting.ics');
  if (!attachment) throw new Error('The introduction carries no chemistry-meeting.ics');
  return readIcs(attachment.content.toString());
}

const valueOf = (lines: IcsContentLine[], name: string): string | undefined => lines.find((line) => line.name === name)?.value;

describe('the introduction', () => {
  const mail = introductionMail(introduction);

  it('goes to both, by name, with answers going to the lead', () => {
    expect(mail.to).toEqual([
      { name: 'Asha Patel', address: 'asha.patel@example.nhs.uk' },
      { name: 'Ben Okafor', address: 'ben.okafor@example.nhs.uk' },
    ]);
    expect(mail.replyTo).toEqual({ name: 'Lee Morgan', address: 'lee.morgan@example.nhs.uk' });
    expect(mail.headers).toMatchObject({ 'X-Tapestry-Relationship': 'rel-7f3a', 'X-Tapestry-Mail': 'introduction' });
  });

  it('tells each who the other is, in the words of the programme', () => {
    expect(mail.text).toMatch(/^Dear Asha Patel and Ben Okafor,/);
    expect(mail.text).toContain('Asha Patel, this is Ben Okafor (ben.okafor@example.nhs.uk), who has offered to be your mentor.');
    expect(mail.text).toContain('Ben Okafor, this is Asha Patel (asha.patel@example.nhs.uk), who will be your mentee.');
    expect(mail.text).toContain('career progression programme for Black, Asian and minority ethnic staff');
    expect(mail.text).not.toContain('BAME_CAREER_PROGRESSION');
    expect(mail.subject).toBe('Introduction: Asha Patel and Ben Okafor, career progression programme for Black, Asian and minority ethnic staff');
  });

  it('calls the pair coach and coachee in coaching', () => {
    const coaching = introductionMail({ ...introduction, kind: 'coaching', programme: 'GENERAL' });
    expect(coaching.text).toContain('who has offered to be your coach.');
    expect(coaching.text).toContain('who will be your coachee.');
    expect(coaching.text).not.toMatch(/your mentor|mentee/);
  });

  it('suggests the chemistry meeting on the London clock, in summer and in winter', () => {
    expect(mail.text).toContain('chemistry meeting on Tuesday 17 June 2025 at 14:30 (BST), for 60 minutes');
    const winter = introductionMail({ ...introduction, chemistryMeetingAt: '2025-11-04T13:30:00.000Z' });
    expect(winter.text).toContain('chemistry meeting on Tuesday 4 November 2025 at 13:30 (GMT)');
  });

  it('attaches an invitation from the lead to both, at the suggested time', () => {
    const attachment = mail.attachments?.[0];
    expect(attachment).toMatchObject({ filename: 'chemistry-meeting.ics', contentType: 'text/calendar; method=REQUEST; charset=UTF-8' });
    const ics = invitation(mail);
    expect(valueOf(ics, 'METHOD')).toBe('REQUEST');
    expect(valueOf(ics, 'UID')).toBe('chemistry-rel-7f3a@matching.tapestry');
    expect(valueOf(ics, 'DTSTAMP')).toBe('20250602T090000Z');
    expect(valueOf(ics, 'DTSTART')).toBe('20250617T133000Z');
    expect(valueOf(ics, 'DTEND')).toBe('20250617T143000Z');
    expect(unescapeText(valueOf(ics, 'SUMMARY') ?? '')).toBe('Chemistry meeting: Asha Patel and Ben Okafor');
    expect(ics.filter((line) => line.name === 'ORGANIZER').map((line) => [line.params.CN, line.value])).toEqual([
      ['Lee Morgan', 'mailto:lee.morgan@example.nhs.uk'],
    ]);
    expect(ics.filter((line) => line.name === 'ATTENDEE').map((line) => [line.params.CN, line.value])).toEqual([
      ['Asha Patel', 'mailto:asha.patel@example.nhs.uk'],
      ['Ben Okafor', 'mailto:ben.okafor@example.nhs.uk'],
    ]);
  });

  it('names a place when there is one, and leaves it to the pair when not', () => {
    expect(valueOf(invitation(mail), 'LOCATION')).toBeUndefined();
    expect(mail.text).toContain('where to meet is yours to agree');
    const placed = introductionMail({ ...introduction, location: 'Library, Level 2' });
    expect(placed.text).toContain('for 60 minutes, at Library, Level 2.');
    expect(valueOf(invitation(placed), 'LOCATION')).toBe('Library\\, Level 2');
  });

  it("never carries the requester's goals, even when the caller's data has them", () => {
    const requestRow = { ...introduction, goals: [PRIVATE_GOAL], goal: PRIVATE_GOAL, notes: PRIVATE_GOAL };
    const leaked = allText(introductionMail(requestRow));
    expect(leaked).not.toContain('band 7');
    expect(JSON.stringify(introductionMail(requestRow))).not.toContain('band 7');
  });

  it('refuses a meeting of no length', () => {
    expect(() => introductionMail({ ...introduction, durationMinutes: 0 })).toThrow(/whole number of minutes/);
  });
});

describe('the follow-ups to the pair', () => {
  const facts = { ...pair, introducedAt: introduction.introducedAt, goals: [PRIVATE_GOAL] };

  it('asks both, three weeks on, whether they met and want to go on', () => {
    const mail = chemistryFollowUpMail({ ...facts, chemistryMeetingAt: introduction.chemistryMeetingAt, portalUrl: 'https://tapestry.example.nhs.uk/r/rel-7f3a' });
    expect(mail.to.map((to) => to.address)).toEqual(['asha.patel@example.nhs.uk', 'ben.okafor@example.nhs.uk']);
    expect(mail.subject).toBe('How did your chemistry meeting go?');
    expect(mail.text).toContain('I introduced you on Monday 2 June 2025 and suggested a chemistry meeting on Tuesday 17 June 2025 at 14:30 (BST).');
    expect(mail.text).toContain('whether you would like to go on as mentor and mentee');
    expect(mail.text).toContain('or answer in Tapestry: https://tapestry.example.nhs.uk/r/rel-7f3a');
    expect(mail.headers?.['X-Tapestry-Mail']).toBe('chemistry_follow_up');
    expect(allText(mail)).not.toContain('band 7');
  });

  it('nudges both when no session has been logged, saying since when', () => {
    const never = sessionNudgeMail({ ...facts, lastSessionAt: null });
    expect(never.text).toContain('No session has been logged since I introduced you on Monday 2 June 2025.');
    const lapsed = sessionNudgeMail({ ...facts, lastSessionAt: '2025-08-14T16:00:00.000Z' });
    expect(lapsed.text).toContain('No session has been logged since the one on Thursday 14 August 2025.');
    expect(lapsed.to).toHaveLength(2);
    expect(lapsed.text).not.toContain('answer in Tapestry');
    expect(allText(lapsed)).not.toContain('band 7');
  });

  it('asks both at six months whether they still meet, counting the sessions', () => {
    const mail = sixMonthCheckMail({ ...facts, sessionsLogged: 5 });
    expect(mail.subject).toBe('Six months on: still meeting?');
    expect(mail.text).toContain('Six months ago, on Monday 2 June 2025, I introduced you. You have logged 5 sessions since.');
    expect(sixMonthCheckMail({ ...facts, sessionsLogged: 1 }).text).toContain('You have logged 1 session since.');
    expect(mail.to).toHaveLength(2);
    expect(allText(mail)).not.toContain('band 7');
  });
});

describe('the escalation to the lead', () => {
  const escalation = {
    ...pair,
    unanswered: 'six_month_check' as const,
    askedAt: '2025-12-02T09:00:00.000Z',
    escalatedAt: '2025-12-16T09:30:00.000Z',
    notAnsweredBy: ['coach' as const],
  };

  it('goes to the lead alone, naming the pair, what went unanswered and since when', () => {
    const mail = escalationMail(escalation);
    expect(mail.to).toEqual([{ name: 'Lee Morgan', address: 'lee.morgan@example.nhs.uk' }]);
    expect(mail.subject).toBe('No answer to the six-month check: Asha Patel and Ben Okafor');
    expect(mail.text).toContain('Ben Okafor (mentor) has not answered the six-month check, sent on Tuesday 2 December 2025 (14 days ago).');
    expect(mail.text).toContain('The pair: Asha Patel (mentee) and Ben Okafor (mentor)');
    expect(mail.text).toContain('Relationship: rel-7f3a');
  });

  it('names both when neither answered', () => {
    const mail = escalationMail({ ...escalation, unanswered: 'chemistry_follow_up', notAnsweredBy: ['coachee', 'coach', 'coach'] });
    expect(mail.text).toContain('Asha Patel (mentee) and Ben Okafor (mentor) have not answered the chemistry meeting follow-up');
  });

  it('refuses an escalation that names nobody', () => {
    expect(() => escalationMail({ ...escalation, notAnsweredBy: [] })).toThrow(/names who has not answered/);
  });
});
