import type { Page } from 'playwright-core';
import { checkPage, settled } from '../browser';
import type { TourStop } from './tour-stop';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();


/** Opens one of the programme section's own pages from its side navigation, as a person would. */
async function openFromNavigation(page: Page, label: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Programme' }).getByRole('link', { name: label, exact: true }).click();
  await heading(page, title);
  await settled(page);
}

/**
 * The programme lead's pages: overview, open requests, a matching round run in the general
 * programme (it records the round and its proposals; nobody is introduced, pinned or excluded), the
 * pin-or-exclude form submitted empty to show the error summary (nothing is saved), the pool,
 * follow-ups, training events (and the scheduling form when there is a course to schedule) and the
 * programme policy.
 */
export async function leadTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const stop = async (name: string) => stops.push({ name, problems: await checkPage(page, name) });

  await page.goto(`${baseUrl}/programme`);
  await heading(page, 'Programme');
  await stop('lead-overview');

  await openFromNavigation(page, 'Open requests and matching', 'Open requests');
  await page.getByRole('button', { name: 'Run matching round' }).waitFor();
  await stop('lead-open-requests');

  await page.getByRole('combobox', { name: 'Programme', exact: true }).selectOption('GENERAL');
  await page.getByRole('button', { name: 'Run matching round' }).click();
  await heading(page, 'General coaching and mentoring Matching round');
  await page.getByRole('heading', { level: 2, name: 'Proposed pairs' }).waitFor();
  await settled(page);
  await stop('lead-matching-round');

  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await stop('lead-matching-round-errors');

  await openFromNavigation(page, 'The pool', 'The pool');
  await stop('lead-pool');

  await openFromNavigation(page, 'Follow-ups due', 'Follow-ups due');
  await stop('lead-follow-ups');

  await openFromNavigation(page, 'Training events', 'Training events');
  await stop('lead-training');
  const schedule = page.getByRole('link', { name: 'Schedule a training event' });
  if ((await schedule.count()) > 0) {
    await schedule.click();
    await heading(page, /Schedule a training event/);
    await settled(page);
    await stop('lead-schedule-training');
  }

  await openFromNavigation(page, 'Programme policy', 'Programme policy');
  await stop('lead-policy');
  return stops;
}
