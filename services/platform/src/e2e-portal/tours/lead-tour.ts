import type { Page } from 'playwright-core';
import { addDays, londonNow } from '../../e2e-training/london-today';
import { Tour, type TourStop } from './tour-stop';
import { fillDate } from '../journey';

/** The course the tour adds: CPD only, so adding it (and a date for it, then cancelled) makes nobody eligible. */
const COURSE = 'Manager-as-coach conversations';

/**
 * The programme lead's pages: overview, open requests, a matching round run in the general
 * programme (it records the round and its proposals; nobody is introduced, pinned or excluded), the
 * pin-or-exclude form submitted empty to show the error summary (nothing is saved), the pool,
 * follow-ups and training events. There it opens the demo's past foundation day (its register already
 * taken) and the first day to come, adds a CPD-only course (after sending the form empty, to show the
 * error summary), schedules a date for that course and cancels it through the confirmation step, so the
 * demo's own days, which other tours read, stay as they are. Last the programme policy, saved unchanged
 * through its edit form.
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

  await page.getByRole('table', { name: /^Recent training events/ }).getByRole('link').first().click();
  await tour.arrive(/^Training event on /);
  await page.getByRole('table', { name: /^Places: / }).getByText('Attended, course completed').first().waitFor();
  await tour.stop('lead-training-event-past');

  await page.getByRole('link', { name: 'Back to training events' }).click();
  await tour.arrive('Training events');
  await page.getByRole('table', { name: /^Training events in / }).getByRole('link').first().click();
  await tour.arrive(/^Training event on /);
  await page.getByText(/^The register opens on /).waitFor();
  await tour.stop('lead-training-event');

  await page.getByRole('link', { name: 'Back to training events' }).click();
  await tour.arrive('Training events');
  await page.getByRole('link', { name: 'Add a course' }).click();
  await tour.arrive(/Add a course$/);
  await tour.stop('lead-add-course');
  await tour.refused('Add course');
  await tour.stop('lead-add-course-errors');
  await page.getByLabel('Course title').fill(COURSE);
  await page.getByLabel('Kind of course').selectOption({ label: 'Refresher' });
  await page.getByLabel('Modules').fill('Twenty-minute coaching conversations\nKeeping coaching out of performance reviews');
  await page.getByLabel('CPD hours').fill('1.5');
  await page.getByRole('button', { name: 'Add course' }).click();
  await tour.arrive('Training events');
  await page.getByRole('status').filter({ hasText: `${COURSE} is in ` }).waitFor();
  await page.getByRole('table', { name: /^Courses in / }).getByText(COURSE).waitFor();
  await tour.stop('lead-course-added');

  await page.getByRole('link', { name: 'Schedule a training event' }).click();
  await tour.arrive(/Schedule a training event/);
  await tour.stop('lead-schedule-training');
  await page.getByLabel('Course').selectOption({ label: COURSE });
  await fillDate(page, 'Date', addDays(londonNow().date, 56));
  await page.getByLabel('Start time').fill('12:30');
  await page.getByLabel('End time').fill('13:00');
  await page.getByLabel('Venue (optional if online)').fill('Seminar room 2, Riverside General Hospital');
  await page.getByLabel('Facilitator').fill('Dr Helen Okafor');
  await page.getByLabel('Places').fill('10');
  await page.getByRole('button', { name: 'Schedule training event' }).click();
  await tour.arrive('Training events');
  await page.getByRole('status').filter({ hasText: `${COURSE} is scheduled` }).waitFor();

  await page.getByRole('table', { name: /^Training events in / }).getByRole('link', { name: new RegExp(`^${COURSE}`) }).click();
  await tour.arrive(/^Training event on /);
  await page.getByRole('link', { name: 'Cancel this training event' }).click();
  await tour.arrive('Cancel a training event');
  await tour.stop('lead-cancel-training');
  await tour.refused('Cancel training event');
  await page.getByLabel('Why is it cancelled?').fill('The facilitator is needed on the wards that week.');
  await page.getByRole('button', { name: 'Cancel training event' }).click();
  await tour.arrive(/^Training event on /);
  await page.getByRole('status').filter({ hasText: 'is cancelled' }).waitFor();
  await page.getByText('This training event was cancelled: The facilitator is needed on the wards that week.').waitFor();
  await tour.stop('lead-training-event-cancelled');

  await tour.open('Programme policy', 'Programme policy');
  await tour.stop('lead-policy');
  await page.getByRole('link', { name: /^Change the policy/ }).click();
  await tour.arrive(/Change the programme policy$/);
  await tour.stop('lead-policy-edit');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await tour.arrive('Programme policy');
  await page.getByRole('status').filter({ hasText: 'is saved' }).waitFor();
  await tour.stop('lead-policy-saved');
  return tour.stops;
}
