import type { Page } from 'playwright-core';
import { checkPage } from '../browser';
import type { TourStop } from './tour-stop';

/**
 * An admin's pages: the overview, member organisations, sharing agreements and roles, where it searches for a
 * person and opens their roles, then asks to grant a role without choosing one to show the error summary.
 * Changes nothing.
 */
export async function adminTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const stop = async (name: string) => stops.push({ name, problems: await checkPage(page, name) });
  const nav = page.getByRole('navigation', { name: 'Administration' });

  await page.goto(`${baseUrl}/admin`);
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  await stop('admin-overview');

  await nav.getByRole('link', { name: 'Member organisations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Member organisations' }).waitFor();
  await page.locator('h2').first().waitFor();
  await stop('admin-organisations');

  await nav.getByRole('link', { name: 'Sharing agreements' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sharing agreements' }).waitFor();
  await stop('admin-sharing');

  await nav.getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
  await stop('admin-roles');

  await page.getByLabel('Name, email or job title').fill('a');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('table', { name: /^People found/ }).waitFor();
  await page.getByRole('button', { name: /^Change roles/ }).first().click();
  await page.getByRole('button', { name: 'Grant role' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await stop('admin-roles-error');
  return stops;
}
