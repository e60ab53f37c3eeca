export type { Mailer, OutgoingMail } from '@tapestry/mail';
export {
  CHEMISTRY_MEETING_FILENAME,
  chemistryFollowUpMail,
  escalationMail,
  introductionMail,
  sessionNudgeMail,
  sixMonthCheckMail,
} from './mail-templates';
export type {
  ChemistryFollowUpFacts,
  EscalationFacts,
  FollowUpKind,
  IntroductionFacts,
  PairSide,
  SessionNudgeFacts,
  SixMonthCheckFacts,
} from './mail-templates';
export type { MailPerson, PairFacts } from './mail-wording';
