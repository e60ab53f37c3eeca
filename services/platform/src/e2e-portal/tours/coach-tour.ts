import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * Every page of "Coaching and mentoring", reached through its own navigation and the links on its pages, plus the
 * availability and wellbeing check-in forms' error summaries. Nothing is written: both forms are refused before the API.
 */
export async function coachTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Coaching and mentoring');
  await tour.go(`${baseUrl}/coaching`, 'Coaching and mentoring');
  await tour.stop('coach-overview');
  await tour.open('Introductions', 'Introductions');
  await tour.stop('coach-introductions');
  await tour.open('Caseload', 'Caseload');
  await tour.stop('coach-caseload');
  await tour.open('Availability', 'Availability');
  await tour.stop('coach-availability');
  // A blank capacity is refused before it reaches the API: the availability stays as it was.
  const capacity = page.getByLabel('How many people can you support at once?');
  if (await capacity.count()) {
    await capacity.fill('');
    await tour.refused('Save availability');
    await tour.stop('coach-availability-errors');
  }
  await tour.open('Training and accreditation', 'Training and accreditation');
  await tour.stop('coach-training');
  await tour.open('Wellbeing and supervision', 'Wellbeing and supervision');
  await tour.stop('coach-wellbeing');
  await page.getByRole('link', { name: 'Check in on your wellbeing' }).click();
  await tour.arrive('Check in on your wellbeing');
  await tour.stop('coach-check-in');
  // Sent unanswered, the check-in is refused before it reaches the API: nothing is recorded.
  await tour.refused('Record check-in');
  await tour.stop('coach-check-in-errors');
  await tour.open('Concerns', 'Concerns you raised');
  await tour.stop('coach-concerns');
  await page.getByRole('link', { name: 'Raise a concern' }).click();
  await tour.arrive('Raise a concern');
  await tour.stop('coach-raise-concern');
  return tour.stops;
}
