/**
 * The pre-training booklet every would-be coach and mentor reads and acknowledges before the training day
 * (DOMAIN.md, "The commitment"). The version is recorded with each acknowledgement, so a changed booklet is
 * acknowledged again rather than assumed.
 */
export const EXPECTATIONS_BOOKLET = {
  version: '2025-1',
  title: 'Coaching and mentoring: what we ask of you',
  commitment: {
    maxPeopleAtATime: 2,
    sessionsPerMonth: 1,
    maxSessionHours: 1.5,
    maxMonths: 6,
  },
  text: [
    'Thank you for offering to coach or mentor a colleague. Before the training day, please read what the programme asks of you.',
    '',
    'Your time',
    '- You support at most two people at a time.',
    '- You meet each of them once a month, for at most an hour and a half.',
    '- A relationship lasts at most six months; the programme lead checks in with you both at six months.',
    '- Your line manager has agreed to release this time; protect it, and tell the programme lead early if you cannot.',
    '',
    'What coaching and mentoring are, and are not',
    '- Coaching and mentoring are not counselling or therapy. If a conversation needs those, help the person find them.',
    '- What you hear stays between you and the person you support. It never informs a performance or pay review.',
    '- Prefer people outside your own team and line-management chain: people open up to someone who will not judge their work.',
    '',
    'Your own development',
    '- Attend the training day, then supervision; record your sessions (date and length only) so your practice counts.',
    '- Keep your training current: refreshers are offered before it lapses.',
  ].join('\n'),
} as const;

export type BookletVersion = typeof EXPECTATIONS_BOOKLET.version;
