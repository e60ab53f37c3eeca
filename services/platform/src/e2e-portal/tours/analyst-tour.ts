import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * The analyst's pages: the programme figures (then the same with a period that ends before it starts, to show the
 * API's refusal in the error summary), outcomes, reciprocity and the evidence pack. Read-only.
 */
export async function analystTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Programme figures');
  await page.goto(`${baseUrl}/figures`);
  await page.getByRole('table', { name: 'Headline figures' }).waitFor();
  await tour.stop('analyst-figures');

  await page.getByLabel('From').fill('2026-06-01');
  await page.getByLabel('To', { exact: true }).fill('2026-01-01');
  await tour.refused('Show figures');
  await tour.stop('analyst-figures-error');

  await tour.open('Outcomes', 'Outcomes');
  await page.getByRole('button', { name: 'Show outcomes' }).waitFor();
  await tour.stop('analyst-outcomes');

  await tour.open('Reciprocity between members', 'Reciprocity between members');
  await tour.stop('analyst-reciprocity');

  await tour.open('Evidence pack', 'Evidence pack');
  await tour.stop('analyst-evidence-pack');
  return tour.stops;
}
