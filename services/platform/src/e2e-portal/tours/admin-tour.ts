import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/**
 * An admin's pages: the overview, member organisations, sharing agreements and roles, where it searches for a
 * person and opens their roles, then asks to grant a role without choosing one to show the error summary.
 * Changes nothing.
 */
export async function adminTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Administration');
  await tour.go(`${baseUrl}/admin`, 'Administration');
  await tour.stop('admin-overview');

  await tour.open('Member organisations', 'Member organisations');
  await page.locator('h2').first().waitFor();
  await tour.stop('admin-organisations');

  await tour.open('Sharing agreements', 'Sharing agreements');
  await tour.stop('admin-sharing');

  await tour.open('Roles', 'Roles');
  await tour.stop('admin-roles');

  await page.getByLabel('Name, email or job title').fill('a');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('table', { name: /^People found/ }).waitFor();
  await page.getByRole('button', { name: /^Change roles/ }).first().click();
  await tour.refused('Grant role');
  await tour.stop('admin-roles-error');
  return tour.stops;
}
