import type { Page } from 'playwright-core';
import { cellText } from '../journey';
import { Tour, type TourStop } from './tour-stop';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the error summary lists, as a person reads it. */
const summaryLines = async (page: Page): Promise<string[]> => (await page.locator('.nhsuk-error-summary').getByRole('listitem').allInnerTexts()).map((text) => text.trim());

/**
 * As a consortium admin: the last member removed (the members table loses it and the form to add one appears), the
 * form sent with no organisation chosen (refused), then the same member added back, so the consortium ends as it began.
 */
async function removeAndAddBackMember(page: Page, tour: Tour): Promise<void> {
  const members = page.getByRole('table', { name: /^Members of / }).first();
  const names = async (): Promise<string[]> => (await members.getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
  const before = await names();
  const member = before.at(-1) ?? '';
  const addForm = page.getByLabel(/^Add an organisation to /);
  expect(await addForm.count()).toBe(0);

  await members.getByRole('button', { name: `Remove ${member}`, exact: true }).click();
  await page.getByRole('status').filter({ hasText: `${member} is no longer a member.` }).waitFor();
  await members.getByRole('rowheader', { name: member, exact: true }).waitFor({ state: 'detached' });
  expect(await names()).toEqual(before.filter((name) => name !== member));
  await tour.stop('admin-member-removed');

  await tour.refused('Add member');
  expect(await summaryLines(page)).toEqual(['Select an organisation to add']);
  await tour.stop('admin-add-member-errors');

  await addForm.selectOption({ label: member });
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('status').filter({ hasText: `${member} is now a member.` }).waitFor();
  await members.getByRole('rowheader', { name: member, exact: true }).waitFor();
  expect(await names()).toEqual(before);
  expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
  expect(await addForm.count()).toBe(0);
  await tour.stop('admin-member-added');
}

/** The roles column of the people found, one role a line item: "None" is no roles. */
async function rolesFound(page: Page, person: string): Promise<string[]> {
  const found = page.getByRole('table', { name: /^People found/ });
  await found.waitFor();
  const column = (await found.getByRole('columnheader', { name: /^Roles in / }).innerText()).trim();
  const roles = await cellText(found, person, column);
  return roles === 'None' ? [] : roles.split(', ').sort();
}

/** Until the people found show `person` with these roles: the list is fetched again after each change. */
async function waitForRolesFound(page: Page, person: string, expected: string[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await rolesFound(page, person).catch(() => []);
    if (JSON.stringify(seen) === JSON.stringify([...expected].sort())) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the people found show ${person} with [${seen.join(', ')}], not [${expected.join(', ')}]`);
}

/**
 * As an organisation admin: a porter found by job title, the grant form sent with no role chosen (refused), then the
 * mentor role granted (in their roles table, gone from the choices, and in the people found when going back) and
 * revoked (gone from both), so they end as they began.
 */
async function grantAndRevokeRole(page: Page, tour: Tour): Promise<void> {
  await page.getByLabel('Name, email or job title').fill('Porter');
  await page.getByRole('button', { name: 'Search' }).click();
  const found = page.getByRole('table', { name: /^People found/ });
  await found.waitFor();
  const person = (await found.getByRole('rowheader').first().innerText()).trim();
  const before = await rolesFound(page, person);
  expect(before).not.toContain('Mentor');
  await tour.stop('admin-people-found');

  await found.getByRole('button', { name: `Change roles for ${person}`, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${escaped(person)}`) }).waitFor();
  await tour.refused('Grant role');
  expect(await summaryLines(page)).toEqual(['Select a role to grant']);
  await tour.stop('admin-roles-error');

  const choice = page.getByLabel(new RegExp(`^Grant ${escaped(person)} a role in `));
  await choice.selectOption({ label: 'Mentor' });
  await page.getByRole('button', { name: 'Grant role' }).click();
  await page.getByRole('status').filter({ hasText: `${person} is now mentor in ` }).waitFor();
  const held = page.getByRole('table', { name: new RegExp(`^Roles ${escaped(person)} holds in `) });
  await held.getByRole('rowheader', { name: 'Mentor', exact: true }).waitFor();
  expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
  expect({ chosen: await choice.inputValue(), offered: await choice.getByRole('option', { name: 'Mentor', exact: true }).count() }).toEqual({ chosen: '', offered: 0 });
  await tour.stop('admin-role-granted');
  await page.getByRole('button', { name: 'Back to the people found' }).click();
  await waitForRolesFound(page, person, [...before, 'Mentor']);

  await found.getByRole('button', { name: `Change roles for ${person}`, exact: true }).click();
  await held.getByRole('button', { name: 'Revoke Mentor', exact: true }).click();
  await page.getByRole('status').filter({ hasText: `${person} is no longer mentor in ` }).waitFor();
  await held.getByRole('rowheader', { name: 'Mentor', exact: true }).waitFor({ state: 'detached' });
  expect(await choice.getByRole('option', { name: 'Mentor', exact: true }).count()).toBe(1);
  await tour.stop('admin-role-revoked');
  await page.getByRole('button', { name: 'Back to the people found' }).click();
  await waitForRolesFound(page, person, before);
}

/**
 * An admin's pages and what they change there: the overview; member organisations, where a consortium admin removes a
 * member and adds it back; sharing agreements; and roles, where an organisation admin grants a role and revokes it
 * (a consortium admin, with no organisation of their own, opens someone's roles and is refused a grant with no role).
 */
export async function adminTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Administration');
  await tour.go(`${baseUrl}/admin`, 'Administration');
  await tour.stop('admin-overview');

  await tour.open('Member organisations', 'Member organisations');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await tour.stop('admin-organisations');
  const administersConsortium = (await page.getByRole('table', { name: /^Members of / }).count()) > 0;
  if (administersConsortium) await removeAndAddBackMember(page, tour);

  await tour.open('Sharing agreements', 'Sharing agreements');
  await tour.stop('admin-sharing');

  await tour.open('Roles', 'Roles');
  await tour.stop('admin-roles');
  const ownOrganisation = page.getByLabel('Roles in').getByRole('option', { name: /\(organisation\)$/ }).first();
  if ((await ownOrganisation.count()) > 0) {
    await page.getByLabel('Roles in').selectOption({ label: ((await ownOrganisation.textContent()) ?? '').trim() });
    await grantAndRevokeRole(page, tour);
  } else if (administersConsortium) {
    await page.getByLabel('Name, email or job title').fill('a');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('table', { name: /^People found/ }).waitFor();
    await page.getByRole('button', { name: /^Change roles/ }).first().click();
    await tour.refused('Grant role');
    await tour.stop('admin-roles-error');
  } else {
    throw new Error('this admin administers neither a consortium nor an organisation');
  }
  return tour.stops;
}
