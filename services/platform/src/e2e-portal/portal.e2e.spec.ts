/**
 * @jest-environment <rootDir>/services/platform/src/testing/e2e-environment.ts
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { errorCodes } from '../testing/graphql-client';
import { startTestPlatform, type SignedIn, type TestPlatform } from '../testing/test-platform';
import { checkPage, launchBrowser } from './browser';
import { signIn, signOut } from './portal-session';
import { forbiddenCalls, OUT_OF_BOUNDS, REFUSALS } from './role-boundaries';

jest.setTimeout(180_000);

/** Issue 7: the portal, driven in headless Chromium against the real platform, as each role uses it. */
describe('the portal', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;
  const as: Record<string, SignedIn> = {};
  const contexts: BrowserContext[] = [];

  /** A fresh browser (its own cookies and storage) signed in through the portal's form as a demo role. */
  const pageAs = async (role: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    const login = platform.logins.logins.find((entry) => entry.role === role);
    if (!login) throw new Error(`no demo login for ${role}`);
    await signIn(page, baseUrl, login.email, platform.logins.password);
    return page;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ portal: true });
    baseUrl = new URL(platform.gatewayUrl).origin;
    for (const { role } of platform.logins.logins) as[role] = await platform.signInAs(role);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await platform?.stop();
  });

  describe('signing in', () => {
    it('shows what is missing, and a wrong password, in the NHS error summary and beside the fields', async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/programme`);
      await page.getByRole('heading', { level: 1, name: 'Sign in to Tapestry' }).waitFor();
      await page.getByRole('button', { name: 'Sign in' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      expect((await summary.getByRole('link').allInnerTexts()).map((text) => text.trim())).toEqual(['Enter your work email address', 'Enter your password']);
      expect(await checkPage(page, 'sign-in-missing')).toEqual([]);

      await page.getByLabel('Work email address').fill(platform.logins.logins[0].email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await summary.getByText(/password/i).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('body').innerText()).not.toMatch(/[{}"]extensions|UNAUTHENTICATED/);
      expect(await checkPage(page, 'sign-in-wrong-password')).toEqual([]);
    });

    it('brings a person back to the page they asked for once signed in, and signs them out', async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const lead = platform.logins.logins.find((entry) => entry.role === 'programme_lead');
      await page.goto(`${baseUrl}/programme`);
      await page.getByLabel('Work email address').fill(lead?.email ?? '');
      await page.getByLabel('Password').fill(platform.logins.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${baseUrl}/programme`);
      await page.getByRole('heading', { level: 1, name: 'Programme' }).waitFor();
      await signOut(page);
      await page.goto(`${baseUrl}/programme`);
      await page.getByRole('heading', { level: 1, name: 'Sign in to Tapestry' }).waitFor();
    });
  });

  describe.each(Object.keys(OUT_OF_BOUNDS) as (keyof typeof OUT_OF_BOUNDS)[])('what a %s may not reach', (role) => {
    it('is not in their navigation, and each of its pages says they cannot see it, showing none of its content', async () => {
      const page = await pageAs(role);
      const navigation = page.getByRole('navigation', { name: 'Menu' });
      for (const section of OUT_OF_BOUNDS[role]) {
        expect(await navigation.getByRole('link', { name: section.title, exact: true }).count()).toBe(0);
        for (const path of section.paths) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByRole('heading', { level: 1, name: 'You cannot see this page' }).waitFor();
          expect(await page.locator('main table').count()).toBe(0);
          expect(await page.locator('main form').count()).toBe(0);
        }
      }
      expect(await checkPage(page, `${role}-not-allowed`)).toEqual([]);
    });

    it('is refused by the API too, when called with their own token', async () => {
      const ids = { organisationId: as.programme_lead.organisationId, coachId: as.coach.personId, relationshipId: '00000000-0000-4000-8000-000000000000', staffId: as.staff.personId };
      for (const call of forbiddenCalls(role, ids)) {
        const reply = await platform.graphql(call.query, call.variables, as[role].token);
        // A nullable field comes back null beside the error: nothing of what was asked for may come back.
        const answered = Object.values(reply.body.data ?? {}).filter((value) => value !== null);
        expect({ what: call.what, answered, refused: errorCodes(reply).some((code) => REFUSALS.includes(code ?? '')) }).toEqual({ what: call.what, answered: [], refused: true });
      }
    });
  });
});
