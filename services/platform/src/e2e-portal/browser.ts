import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.TAPESTRY_CHROMIUM ?? '/usr/bin/chromium';

/** Every page's screenshot, kept after the run as the test's artefacts. */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', '..', 'test-artifacts', 'portal');

/**
 * Headless, and without the background traffic (component updates, sync, QUIC) that a closed
 * network refuses; as root Chromium needs --no-sandbox.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A full-page screenshot named for the role and page, e.g. lead-proposals.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface AccessibilityProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.2 AA and best practice). */
export async function seriousAccessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/**
 * Until no part of the page still says it is loading (a page may wait on several queries at once). Polled through
 * locators: the portal's content security policy rightly refuses the string evaluation waitForFunction needs.
 */
export async function settled(page: Page, timeoutMs = 30_000): Promise<void> {
  const loading = page.getByRole('status').filter({ hasText: /^\s*Loading/ });
  const deadline = Date.now() + timeoutMs;
  while ((await loading.count()) > 0) {
    if (Date.now() > deadline) throw new Error(`${page.url()} still loading after ${timeoutMs / 1000} s`);
    await page.waitForTimeout(100);
  }
}

/** What every page visit in the tests does: wait for it to settle, check it with axe, keep a screenshot. */
export async function checkPage(page: Page, name: string): Promise<AccessibilityProblem[]> {
  await page.waitForLoadState('networkidle');
  await settled(page);
  await screenshot(page, name);
  return seriousAccessibilityProblems(page);
}
