import {
  AccreditationLevel as ProtoLevel,
  ApprovalDecidedAs as ProtoDecidedAs,
  ApprovalKind as ProtoApprovalKind,
  CandidateOutcome as ProtoOutcome,
  CourseKind as ProtoCourseKind,
  EligibilityReason as ProtoReason,
  PractitionerRole as ProtoRole,
  Programme as ProtoProgramme,
} from '@tapestry/contracts';
import type { AccreditationLevel } from '../accreditation';
import type { ApprovalKind, DecidedAs } from '../approvals';
import type { CandidateOutcome } from '../assessment-centre';
import type { CourseKind, PractitionerRole, Programme } from '../catalogue';
import type { EligibilityReason } from '../eligibility';

// Records keyed by the domain's closed lists: a value added to a list without its proto twin fails to compile.

export const PROGRAMME: Record<Programme, ProtoProgramme> = {
  general: ProtoProgramme.GENERAL,
  bame_career_progression: ProtoProgramme.BAME_CAREER_PROGRESSION,
  returners: ProtoProgramme.RETURNERS,
  new_board_directors: ProtoProgramme.NEW_BOARD_DIRECTORS,
  ethical_mentoring: ProtoProgramme.ETHICAL_MENTORING,
  team_coaching: ProtoProgramme.TEAM_COACHING,
};

export const ROLE: Record<PractitionerRole, ProtoRole> = {
  coach: ProtoRole.COACH,
  mentor: ProtoRole.MENTOR,
  supervisor: ProtoRole.SUPERVISOR,
};

export const COURSE_KIND: Record<CourseKind, ProtoCourseKind> = {
  foundation: ProtoCourseKind.FOUNDATION,
  ethical_mentoring: ProtoCourseKind.ETHICAL_MENTORING,
  team_coaching: ProtoCourseKind.TEAM_COACHING,
  supervision_skills: ProtoCourseKind.SUPERVISION_SKILLS,
  programme_preparation: ProtoCourseKind.PROGRAMME_PREPARATION,
  refresher: ProtoCourseKind.REFRESHER,
};

export const APPROVAL_KIND: Record<ApprovalKind, ProtoApprovalKind> = {
  practise_as_coach: ProtoApprovalKind.PRACTISE_AS_COACH,
  practise_as_mentor: ProtoApprovalKind.PRACTISE_AS_MENTOR,
  release_for_coaching: ProtoApprovalKind.RELEASE_FOR_COACHING,
};

export const DECIDED_AS: Record<DecidedAs, ProtoDecidedAs> = {
  line_manager: ProtoDecidedAs.LINE_MANAGER,
  organisation_admin_for_absent_manager: ProtoDecidedAs.ORGANISATION_ADMIN_FOR_ABSENT_MANAGER,
};

export const REASON: Record<EligibilityReason, ProtoReason> = {
  NOT_EMPLOYED: ProtoReason.NOT_EMPLOYED,
  NOT_TRAINED: ProtoReason.NOT_TRAINED,
  TRAINING_LAPSED: ProtoReason.TRAINING_LAPSED,
  NO_CURRENT_APPROVAL: ProtoReason.NO_CURRENT_APPROVAL,
  PAUSED: ProtoReason.PAUSED,
};

export const LEVEL: Record<AccreditationLevel, ProtoLevel> = {
  foundation: ProtoLevel.FOUNDATION,
  practitioner: ProtoLevel.PRACTITIONER,
  senior_practitioner: ProtoLevel.SENIOR_PRACTITIONER,
  master_practitioner: ProtoLevel.MASTER_PRACTITIONER,
};

export const OUTCOME: Record<CandidateOutcome, ProtoOutcome> = {
  selected: ProtoOutcome.SELECTED,
  not_yet: ProtoOutcome.NOT_YET,
  declined: ProtoOutcome.DECLINED,
};
