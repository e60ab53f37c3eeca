/**
 * The supervision service's answers that a coach reads about themself and their supervisor reads about them: the same
 * concerns and the same supervision record, asked for with the same fields.
 */

export type ConcernKind = 'ETHICAL' | 'SAFEGUARDING';

export interface Concern {
  id: string;
  kind: ConcernKind;
  relationshipId: string;
  raisedBy: string;
  summary: string;
  status: string;
  raisedAt: string;
  resolution: string | null;
  resolvedAt: string | null;
  audit: { at: string; actorId: string; action: string }[];
}

export const CONCERN_FIELDS = 'id kind relationshipId raisedBy summary status raisedAt resolution resolvedAt audit { at actorId action }';

export interface CheckIn {
  recordedOn: string;
  total: number;
  text: string | null;
}

export interface SupervisionSession {
  id: string;
  heldOn: string;
  minutes: number;
  format: string;
  themes: string[];
  agreedActions: string[];
  notes: string | null;
}

export interface SupervisionRecord {
  coachId: string;
  sessions: SupervisionSession[];
  checkIns: CheckIn[];
}

export const SUPERVISION_RECORD_FIELDS = 'coachId sessions { id heldOn minutes format themes agreedActions notes } checkIns { recordedOn total text }';
