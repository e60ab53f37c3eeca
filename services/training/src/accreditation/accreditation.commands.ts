export interface RecordCpd {
  type: 'RecordCpd';
  personId: string;
  cpdId: string;
  hours: number;
  date: string;
  description: string;
  now: Date;
}

/** Fed from matching's session events; `sourceEventId` makes a redelivered event count once. */
export interface RecordCoachingHours {
  type: 'RecordCoachingHours';
  personId: string;
  sourceEventId: string;
  practice: 'coaching' | 'mentoring';
  hours: number;
  sessionDate: string;
}

/** Fed from supervision's events; `sourceEventId` makes a redelivered event count once. */
export interface RecordSupervisionHours {
  type: 'RecordSupervisionHours';
  personId: string;
  sourceEventId: string;
  hours: number;
  sessionDate: string;
}

export interface AwardAccreditation {
  type: 'AwardAccreditation';
  personId: string;
  organisationId: string;
  level: string;
  awardedBy: string;
  now: Date;
  /** Evidence kept by other aggregates (completed courses, development centres), and who is awarding. */
  facts: {
    awardedByProgrammeLead: boolean;
    trainingHours: number;
    developmentCentre: { averageRating: number; assessedOn: string } | null;
  };
}

export type AccreditationCommand = RecordCpd | RecordCoachingHours | RecordSupervisionHours | AwardAccreditation;
