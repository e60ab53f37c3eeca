import { ignoreUnknownEvent } from '../common';
import type { Attendance, TrainingEventDetails, TrainingEventEvent } from './training-event.events';

/** Who holds a place, who waits (first in line first), who has acknowledged the booklet, and who came. */
export interface Roll {
  enrolled: string[];
  waiting: string[];
  acknowledged: string[];
  attendance: Record<string, Attendance>;
}

export type TrainingEventState =
  | { status: 'absent' }
  | { status: 'scheduled'; eventId: string; details: TrainingEventDetails; roll: Roll }
  | { status: 'cancelled'; eventId: string; details: TrainingEventDetails; cancelledAt: string; reason: string };

export const initialTrainingEventState: TrainingEventState = { status: 'absent' };

const without = (list: string[], id: string): string[] => list.filter((other) => other !== id);

function evolveRoll(roll: Roll, event: TrainingEventEvent): Roll {
  switch (event.type) {
    case 'LearnerEnrolled':
      return { ...roll, enrolled: [...roll.enrolled, event.data.learnerId] };
    case 'LearnerWaitlisted':
      return { ...roll, waiting: [...roll.waiting, event.data.learnerId] };
    case 'EnrolmentCancelled':
      return { ...roll, enrolled: without(roll.enrolled, event.data.learnerId), waiting: without(roll.waiting, event.data.learnerId) };
    case 'LearnerPromotedFromWaitingList':
      return { ...roll, enrolled: [...roll.enrolled, event.data.learnerId], waiting: without(roll.waiting, event.data.learnerId) };
    case 'ExpectationsAcknowledged':
      return roll.acknowledged.includes(event.data.learnerId) ? roll : { ...roll, acknowledged: [...roll.acknowledged, event.data.learnerId] };
    case 'AttendanceRecorded':
      return { ...roll, attendance: { ...roll.attendance, [event.data.learnerId]: event.data.attendance } };
    default:
      return roll;
  }
}

export function evolveTrainingEvent(state: TrainingEventState, event: TrainingEventEvent): TrainingEventState {
  switch (event.type) {
    case 'TrainingEventScheduled': {
      const { eventId, scheduledBy: _scheduledBy, ...details } = event.data;
      return { status: 'scheduled', eventId, details, roll: { enrolled: [], waiting: [], acknowledged: [], attendance: {} } };
    }
    case 'LearnerEnrolled':
    case 'LearnerWaitlisted':
    case 'EnrolmentCancelled':
    case 'LearnerPromotedFromWaitingList':
    case 'ExpectationsAcknowledged':
    case 'AttendanceRecorded':
      if (state.status !== 'scheduled') return state;
      return { ...state, roll: evolveRoll(state.roll, event) };
    case 'TrainingCompleted':
      return state;
    case 'TrainingEventCancelled':
      if (state.status !== 'scheduled') return state;
      return { status: 'cancelled', eventId: state.eventId, details: state.details, cancelledAt: event.data.cancelledAt, reason: event.data.reason };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}

/** Places left, never negative. */
export function placesLeft(details: TrainingEventDetails, roll: Roll): number {
  return Math.max(0, details.capacity - roll.enrolled.length);
}
