import type { Page } from 'playwright-core';
import { fillDate } from '../journey';
import { Tour, type TourStop } from './tour-stop';

/**
 * The analyst's pages: the programme figures (then with 31 February as the first day, which the form refuses
 * itself, and with a period that ends before it starts, to show the API's refusal in the error summary),
 * outcomes, reciprocity and the evidence pack. Read-only.
 */
export async function analystTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Programme figures');
  await page.goto(`${baseUrl}/figures`);
  await page.getByRole('table', { name: 'Headline figures' }).waitFor();
  await tour.stop('analyst-figures');

  const from = await fillDate(page, 'From', '2026-02-31');
  await tour.refused('Show figures');
  const summaryLink = page.locator('.nhsuk-error-summary').getByRole('link', { name: 'The first day of the period must be a real date' });
  expect(await from.getByText('The first day of the period must be a real date').count()).toBe(1);
  expect(await from.locator('.nhsuk-input--error').count()).toBe(3);
  await summaryLink.click();
  expect(await page.locator(':focus').getAttribute('id')).toBe('from-day');
  await tour.stop('analyst-figures-date-error');

  await fillDate(page, 'From', '2026-06-01');
  await fillDate(page, 'To', '2026-01-01');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await page.locator('.nhsuk-error-summary').getByText(/^The period ends .* before it starts/).waitFor();
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
