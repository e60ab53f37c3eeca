import type { Page } from 'playwright-core';
import { checkPage } from '../browser';
import type { TourStop } from './tour-stop';

/**
 * The analyst's pages: the programme figures (then the same with a period that ends before it starts, to show the
 * API's refusal in the error summary), outcomes, reciprocity and the evidence pack. Read-only.
 */
export async function analystTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const stop = async (name: string) => stops.push({ name, problems: await checkPage(page, name) });
  const nav = page.getByRole('navigation', { name: 'Programme figures' });

  await page.goto(`${baseUrl}/figures`);
  await page.getByRole('table', { name: 'Headline figures' }).waitFor();
  await stop('analyst-figures');

  await page.getByLabel('From').fill('2026-06-01');
  await page.getByLabel('To', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await stop('analyst-figures-error');

  await nav.getByRole('link', { name: 'Outcomes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
  await page.getByRole('button', { name: 'Show outcomes' }).waitFor();
  await stop('analyst-outcomes');

  await nav.getByRole('link', { name: 'Reciprocity between members' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reciprocity between members' }).waitFor();
  await stop('analyst-reciprocity');

  await nav.getByRole('link', { name: 'Evidence pack' }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence pack' }).waitFor();
  await stop('analyst-evidence-pack');
  return stops;
}
