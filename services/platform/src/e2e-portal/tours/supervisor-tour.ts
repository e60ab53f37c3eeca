import type { Page } from 'playwright-core';
import { checkPage } from '../browser';
import type { TourStop } from './tour-stop';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Opens one of the supervision section's own pages from its side navigation, as a person would. */
async function openFromNavigation(page: Page, label: string, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Supervision' }).getByRole('link', { name: label, exact: true }).click();
  await heading(page, title);
}

/**
 * The supervisor's pages: overview, caseloads (and the first coach's caseload and supervision record when they
 * supervise anyone), logging a session (submitted empty, to show the error summary; nothing is saved) and
 * concerns. Read-only.
 */
export async function supervisorTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const stop = async (name: string) => stops.push({ name, problems: await checkPage(page, name) });

  await page.goto(`${baseUrl}/supervision`);
  await heading(page, 'Supervision');
  await stop('supervisor-overview');

  await openFromNavigation(page, 'Caseloads', 'Caseloads');
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  await stop('supervisor-caseloads');
  const firstCoach = page.locator('table').filter({ hasText: 'Coaches you supervise' }).locator('tbody a').first();
  if ((await firstCoach.count()) > 0) {
    await firstCoach.click();
    await page.getByRole('heading', { level: 2, name: 'Flags' }).waitFor();
    await stop('supervisor-coach-caseload');
    await page.getByRole('link', { name: /^Supervision sessions and wellbeing check-ins for / }).click();
    await heading(page, /^Supervision record for /);
    await page.getByRole('heading', { level: 2, name: 'Wellbeing check-ins' }).waitFor();
    await stop('supervisor-supervision-record');
  }

  await openFromNavigation(page, 'Log a supervision session', 'Log a supervision session');
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  await stop('supervisor-log-session');
  const logButton = page.getByRole('button', { name: 'Log session' });
  if ((await logButton.count()) > 0) {
    await logButton.click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await stop('supervisor-log-session-errors');
  }

  await openFromNavigation(page, 'Concerns', 'Concerns');
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  await stop('supervisor-concerns');
  const firstConcern = page.locator('table').filter({ hasText: 'Concerns sent to you' }).locator('tbody a').first();
  if ((await firstConcern.count()) > 0) {
    await firstConcern.click();
    await page.getByRole('heading', { level: 1, name: / concern$/ }).waitFor();
    await stop('supervisor-concern');
  }
  return stops;
}
