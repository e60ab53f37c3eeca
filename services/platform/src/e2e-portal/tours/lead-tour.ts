import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * The programme lead's pages: overview, open requests, a matching round run in the general
 * programme (it records the round and its proposals; nobody is introduced, pinned or excluded), the
 * pin-or-exclude form submitted empty to show the error summary (nothing is saved), the pool,
 * follow-ups, training events (and the scheduling form when there is a course to schedule) and the
 * programme policy.
 */
export async function leadTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Programme');
  await tour.go(`${baseUrl}/programme`, 'Programme');
  await tour.stop('lead-overview');

  await tour.open('Open requests and matching', 'Open requests');
  await page.getByRole('button', { name: 'Run matching round' }).waitFor();
  await tour.stop('lead-open-requests');

  await page.getByRole('combobox', { name: 'Programme', exact: true }).selectOption('GENERAL');
  await page.getByRole('button', { name: 'Run matching round' }).click();
  await tour.arrive('General coaching and mentoring Matching round');
  await page.getByRole('heading', { level: 2, name: 'Proposed pairs' }).waitFor();
  await tour.stop('lead-matching-round');

  await tour.refused('Save decision');
  await tour.stop('lead-matching-round-errors');

  await tour.open('The pool', 'The pool');
  await tour.stop('lead-pool');

  await tour.open('Follow-ups due', 'Follow-ups due');
  await tour.stop('lead-follow-ups');

  await tour.open('Training events', 'Training events');
  await tour.stop('lead-training');
  const schedule = page.getByRole('link', { name: 'Schedule a training event' });
  if ((await schedule.count()) > 0) {
    await schedule.click();
    await tour.arrive(/Schedule a training event/);
    await tour.stop('lead-schedule-training');
  }

  await tour.open('Programme policy', 'Programme policy');
  await tour.stop('lead-policy');
  return tour.stops;
}
