import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * The line manager's pages: overview, approvals waiting (and the first request, where declining without a reason
 * shows the error summary; nothing is sent) and their reports' participation. Read-only.
 */
export async function lineManagerTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'My team');
  await tour.go(`${baseUrl}/team`, 'My team');
  await tour.stop('line-manager-overview');

  await tour.open('Approvals waiting', 'Approvals waiting');
  await page.getByRole('heading', { name: 'What releasing time means' }).waitFor();
  await tour.stop('line-manager-approvals');
  const firstRequest = page.locator('table').filter({ hasText: 'Requests waiting for your answer' }).getByRole('link').first();
  if ((await firstRequest.count()) > 0) {
    await firstRequest.click();
    await page.getByRole('heading', { level: 2, name: 'What agreeing means' }).waitFor();
    await tour.stop('line-manager-approval');
    await page.getByLabel('No, I do not agree').check();
    await tour.refused('Send decision');
    await tour.stop('line-manager-approval-errors');
  }

  await tour.open('Your reports’ participation', 'Your reports’ participation');
  await tour.stop('line-manager-participation');
  return tour.stops;
}
