import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * The supervisor's pages: overview, caseloads (and the first coach's caseload and supervision record when they
 * supervise anyone), logging a session (submitted empty, to show the error summary; nothing is saved) and
 * concerns. Read-only.
 */
export async function supervisorTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Supervision');
  await tour.go(`${baseUrl}/supervision`, 'Supervision');
  await tour.stop('supervisor-overview');

  await tour.open('Caseloads', 'Caseloads');
  await tour.stop('supervisor-caseloads');
  const firstCoach = page.locator('table').filter({ hasText: 'Coaches you supervise' }).locator('tbody a').first();
  if ((await firstCoach.count()) > 0) {
    await firstCoach.click();
    await page.getByRole('heading', { level: 2, name: 'Flags' }).waitFor();
    await tour.stop('supervisor-coach-caseload');
    await page.getByRole('link', { name: /^Supervision sessions and wellbeing check-ins for / }).click();
    await tour.arrive(/^Supervision record for /);
    await page.getByRole('heading', { level: 2, name: 'Wellbeing check-ins' }).waitFor();
    await tour.stop('supervisor-supervision-record');
  }

  await tour.open('Log a supervision session', 'Log a supervision session');
  await tour.stop('supervisor-log-session');
  const logButton = page.getByRole('button', { name: 'Log session' });
  if ((await logButton.count()) > 0) {
    await tour.refused('Log session');
    await tour.stop('supervisor-log-session-errors');
  }

  await tour.open('Concerns', 'Concerns');
  await tour.stop('supervisor-concerns');
  const firstConcern = page.locator('table').filter({ hasText: 'Concerns sent to you' }).locator('tbody a').first();
  if ((await firstConcern.count()) > 0) {
    await firstConcern.click();
    await tour.arrive(/ concern$/);
    await tour.stop('supervisor-concern');
  }
  return tour.stops;
}
