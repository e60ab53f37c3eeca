import type { Locator, Page } from 'playwright-core';
import { checkPage, type AccessibilityProblem } from './browser';

/**
 * Issue 7's journey, one role's steps at a time, each through the portal as that person would take them. Every
 * page the journey opens is checked with axe and kept as a screenshot (journey-*.png).
 */
export class Journey {
  readonly problems: { page: string; problems: AccessibilityProblem[] }[] = [];

  constructor(private readonly baseUrl: string) {}

  async check(page: Page, name: string): Promise<void> {
    const problems = await checkPage(page, `journey-${name}`);
    if (problems.length) this.problems.push({ page: name, problems });
  }

  async open(page: Page, path: string): Promise<void> {
    await page.goto(`${this.baseUrl}${path}`);
  }
}

/** The text of the cell in `column` on the row whose first cell reads `rowHeader`, in a table named by its caption. */
export async function cellText(table: Locator, rowHeader: string, column: string): Promise<string> {
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim());
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column "${column}" in ${headers.join(' | ')}`);
  const rows = table.locator('tbody tr');
  for (let at = 0; at < (await rows.count()); at += 1) {
    const cells = (await rows.nth(at).locator('th, td').allInnerTexts()).map((text) => text.trim());
    if (cells[0] === rowHeader) return cells[index];
  }
  throw new Error(`no row "${rowHeader}"`);
}

/**
 * Reloads the page until `read` gives something other than `before`: what a person does when a figure fed by
 * another service's events has not caught up yet.
 */
export async function reloadUntilChanged(page: Page, read: () => Promise<string>, before: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await read().catch(() => before);
    if (now !== before) return now;
    if (Date.now() > deadline) throw new Error(`still "${before}" after ${timeoutMs / 1000} s of reloading ${page.url()}`);
    await page.waitForTimeout(1_000);
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
}

/**
 * Types a YYYY-MM-DD day into the date input whose legend is `legend`, box by box as a person would (7, 3, 2026),
 * and gives the boxes back for checks of their own.
 */
export async function fillDate(page: Page, legend: string, date: string): Promise<Locator> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`"${date}" is not a YYYY-MM-DD day`);
  const [, year, month, day] = match;
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year ?? '');
  return group;
}
