import type { Programme, SupportKind } from '../optimiser/round.types';
import type { MailAddress } from '@tapestry/mail';

/** A person as mail templates need them: plain data, nothing else from the request or the relationship. */
export interface MailPerson {
  name: string;
  email: string;
}

/** The facts every mail about one pairing is written from. Goals are deliberately absent: they stay with the pair. */
export interface PairFacts {
  relationshipId: string;
  coachee: MailPerson;
  coach: MailPerson;
  lead: MailPerson;
  kind: SupportKind;
  programme: Programme;
  /** Where the pair can answer in the portal, when the deployment has one to link to. */
  portalUrl?: string;
}

const PROGRAMME_WORDS: Record<Programme, string> = {
  GENERAL: 'coaching and mentoring programme',
  BAME_CAREER_PROGRESSION: 'career progression programme for Black, Asian and minority ethnic staff',
  RETURNERS: "returners' programme",
  NEW_BOARD_DIRECTORS: 'programme for new board directors',
  ETHICAL_MENTORING: 'ethical mentoring programme',
  TEAM_COACHING: 'team coaching programme',
};

export function programmeWords(programme: Programme): string {
  return PROGRAMME_WORDS[programme];
}

/** What each side is called: a coach and coachee in coaching, a mentor and mentee in mentoring. */
export function roleWords(kind: SupportKind): { giver: string; receiver: string } {
  return kind === 'coaching' ? { giver: 'coach', receiver: 'coachee' } : { giver: 'mentor', receiver: 'mentee' };
}

export function mailbox(person: MailPerson): MailAddress {
  return { name: person.name, address: person.email };
}

export function pairRecipients(facts: PairFacts): MailAddress[] {
  return [mailbox(facts.coachee), mailbox(facts.coach)];
}

export function greetingToPair(facts: PairFacts): string {
  return `Dear ${facts.coachee.name} and ${facts.coach.name},`;
}

export function answerRoute(facts: PairFacts): string {
  const portal = facts.portalUrl ? `, or answer in Tapestry: ${facts.portalUrl}` : '';
  return `Please reply to this email${portal}.`;
}

export function signOff(facts: PairFacts): string {
  return ['Best wishes,', facts.lead.name, `Programme lead, ${programmeWords(facts.programme)}`].join('\n');
}

/** Headers that let a mail be traced to its relationship without reading the body. */
export function tracingHeaders(facts: PairFacts, mail: string): Record<string, string> {
  return { 'X-Tapestry-Relationship': facts.relationshipId, 'X-Tapestry-Mail': mail };
}
