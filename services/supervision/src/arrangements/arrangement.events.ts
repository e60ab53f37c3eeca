/** One-to-one supervision, or a place in a supervisor's group. */
export const SUPERVISION_FORMATS = ['one_to_one', 'group'] as const;
export type SupervisionFormat = (typeof SUPERVISION_FORMATS)[number];

/** Who a supervision event is about: the supervised coach and their organisation. */
export interface SuperviseeRef {
  coachId: string;
  coachOrganisationId: string;
}

export type ArrangementEvent =
  | {
      type: 'SupervisorAssigned';
      data: SuperviseeRef & {
        supervisorId: string;
        supervisorOrganisationId: string;
        format: SupervisionFormat;
        /** True when supervisor and coach belong to different organisations of a consortium that shares supervision. */
        acrossOrganisations: boolean;
        startsOn: string;
        assignedBy: string;
      };
    }
  | { type: 'SupervisionEnded'; data: SuperviseeRef & { supervisorId: string; endedOn: string; reason: string | null; endedBy: string } }
  | {
      type: 'SupervisionHandedOver';
      data: SuperviseeRef & {
        fromSupervisorId: string;
        toSupervisorId: string;
        toSupervisorOrganisationId: string;
        format: SupervisionFormat;
        acrossOrganisations: boolean;
        handedOverOn: string;
        handedOverBy: string;
      };
    };
