import type { Page } from 'playwright-core';
import { checkPage } from '../browser';
import type { TourStop } from './tour-stop';

async function openFromNavigation(page: Page, label: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'My team' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * The line manager's pages: overview, approvals waiting (and the first request, where declining without a reason
 * shows the error summary; nothing is sent) and their reports' participation. Read-only.
 */
export async function lineManagerTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const stop = async (name: string) => stops.push({ name, problems: await checkPage(page, name) });

  await page.goto(`${baseUrl}/team`);
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  await stop('line-manager-overview');

  await openFromNavigation(page, 'Approvals waiting', 'Approvals waiting');
  await page.getByRole('heading', { name: 'What releasing time means' }).waitFor();
  await stop('line-manager-approvals');
  const firstRequest = page.locator('table').filter({ hasText: 'Requests waiting for your answer' }).getByRole('link').first();
  if ((await firstRequest.count()) > 0) {
    await firstRequest.click();
    await page.getByRole('heading', { level: 2, name: 'What agreeing means' }).waitFor();
    await stop('line-manager-approval');
    await page.getByLabel('No, I do not agree').check();
    await page.getByRole('button', { name: 'Send decision' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await stop('line-manager-approval-errors');
  }

  await openFromNavigation(page, 'Your reports’ participation', 'Your reports’ participation');
  await stop('line-manager-participation');
  return stops;
}
