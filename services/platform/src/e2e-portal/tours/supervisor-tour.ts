import type { Page } from 'playwright-core';
import { londonNow } from '../../e2e-training/london-today';
import { cellText } from '../journey';
import { Tour, type TourStop } from './tour-stop';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date as the portal writes it: "27 March 2026". */
const inWords = (day: string): string => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/** The coach's line in the caseloads table says whether matching may propose them. */
async function availabilityOnCaseloads(page: Page, tour: Tour, coach: string, expected: string, stop: string): Promise<void> {
  await tour.open('Caseloads', 'Caseloads');
  const caseloads = page.getByRole('table', { name: 'Coaches you supervise' });
  await caseloads.waitFor();
  expect(await cellText(caseloads, coach, 'Availability')).toBe(expected);
  await tour.stop(stop);
  await caseloads.getByRole('link', { name: coach, exact: true }).click();
  await tour.arrive(new RegExp(`${escaped(coach)}$`));
}

/**
 * Pausing asks for a reason (refused without one); paused, the coach's caseload and the caseloads table say so, and
 * the form offers to resume them; resumed, both say they are available again. The coach ends as they started.
 */
async function pauseAndResume(page: Page, tour: Tour, coach: string): Promise<void> {
  const availability = page.getByRole('definition').filter({ hasText: /^(Available|Paused by supervisor)$/ });
  expect(await availability.innerText()).toBe('Available');
  await page.getByRole('heading', { level: 2, name: `Pause ${coach}` }).waitFor();
  await tour.refused('Pause coach');
  expect(await page.locator('.nhsuk-error-summary').getByRole('link').allInnerTexts()).toEqual([`Enter why you are pausing ${coach}`]);
  await tour.stop('supervisor-pause-errors');

  await page.getByLabel('Why are you pausing this coach?').fill('Three sessions rescheduled this month; we agreed a break while they take some leave.');
  await page.getByRole('button', { name: 'Pause coach' }).click();
  await page.getByRole('status').filter({ hasText: `${coach} is paused.` }).waitFor();
  await page.getByRole('heading', { level: 2, name: `Resume ${coach}` }).waitFor();
  expect(await availability.innerText()).toBe('Paused by supervisor');
  await tour.stop('supervisor-coach-paused');
  await availabilityOnCaseloads(page, tour, coach, 'Paused by supervisor', 'supervisor-caseloads-paused');

  await page.getByLabel('Note for the coach (optional)').fill('Back from leave; agreed to take new introductions again.');
  await page.getByRole('button', { name: 'Resume coach' }).click();
  await page.getByRole('status').filter({ hasText: `${coach} is resumed` }).waitFor();
  await page.getByRole('heading', { level: 2, name: `Pause ${coach}` }).waitFor();
  expect(await availability.innerText()).toBe('Available');
  await tour.stop('supervisor-coach-resumed');
  await availabilityOnCaseloads(page, tour, coach, 'Available', 'supervisor-caseloads-resumed');
}

/** A one-to-one session held today, logged through the form (after it refuses an empty one), then seen in the coach's record with the notes only its supervisor reads. */
async function logSession(page: Page, tour: Tour, coach: string): Promise<void> {
  const today = londonNow().date;
  const action = 'Book a reflective practice session before the next introduction';
  const notes = 'Tired after a run of night shifts; wants to keep one mentee for now.';
  await tour.open('Log a supervision session', 'Log a supervision session');
  await tour.stop('supervisor-log-session');
  await tour.refused('Log session');
  await tour.stop('supervisor-log-session-errors');

  await page.getByRole('radio', { name: 'One to one' }).check();
  await page.getByRole('checkbox', { name: coach, exact: true }).check();
  const heldOn = page.getByRole('group', { name: 'When was it held?', exact: true });
  const [year, month, day] = today.split('-');
  await heldOn.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await heldOn.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await heldOn.getByLabel('Year', { exact: true }).fill(year);
  await page.getByLabel('How long did it last, in minutes?').fill('60');
  await page.getByRole('checkbox', { name: 'Caseload', exact: true }).check();
  await page.getByLabel('Actions you agreed (optional)').fill(action);
  await page.getByLabel('Private notes (optional)').fill(notes);
  await page.getByRole('button', { name: 'Log session' }).click();
  await page.getByRole('status').filter({ hasText: `Supervision session on ${inWords(today)} logged with ${coach}.` }).waitFor();
  expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
  await tour.stop('supervisor-session-logged');

  await tour.open('Caseloads', 'Caseloads');
  await page.getByRole('table', { name: 'Coaches you supervise' }).getByRole('link', { name: coach, exact: true }).click();
  await page.getByRole('link', { name: `Supervision sessions and wellbeing check-ins for ${coach}` }).click();
  await tour.arrive(`Supervision record for ${coach}`);
  const sessions = page.getByRole('table', { name: `Supervision sessions with ${coach}, newest first` });
  await sessions.waitFor();
  expect({
    length: await cellText(sessions, inWords(today), 'Length'),
    format: await cellText(sessions, inWords(today), 'Format'),
    themes: await cellText(sessions, inWords(today), 'Themes'),
    actions: await cellText(sessions, inWords(today), 'Agreed actions'),
    notes: await cellText(sessions, inWords(today), 'Your notes'),
  }).toEqual({ length: '1 hour', format: 'One to one', themes: 'Caseload', actions: action, notes });
  await page.getByRole('heading', { level: 2, name: 'Wellbeing check-ins' }).waitFor();
  await tour.stop('supervisor-supervision-record');
}

/**
 * The open concern the journey's mentor raised, resolved through its page: refused without saying how, then shown as
 * resolved there and in the concerns table.
 */
async function resolveOpenConcern(page: Page, tour: Tour): Promise<void> {
  const concerns = page.getByRole('table', { name: 'Concerns sent to you, open ones first' });
  const open = concerns.getByRole('link', { name: /^View and resolve / }).first();
  const which = (await open.innerText()).replace(/\s+/g, ' ').trim().replace(/^View and resolve /, '');
  await open.click();
  await tour.arrive(/ concern$/);
  const status = page.getByRole('definition').filter({ hasText: /^(New|Acknowledged|Resolved)$/ });
  expect(await status.innerText()).not.toBe('Resolved');
  await tour.stop('supervisor-concern');
  await tour.refused('Resolve concern');
  await tour.stop('supervisor-concern-errors');

  const resolution = 'We talked it through in supervision; the boundary was restated with the mentee and the relationship carries on.';
  await page.getByLabel('How was it resolved?').fill(resolution);
  await page.getByRole('button', { name: 'Resolve concern' }).click();
  await page.getByRole('status').filter({ hasText: 'The concern is resolved.' }).waitFor();
  await page.getByRole('definition').filter({ hasText: resolution }).waitFor();
  expect(await status.innerText()).toBe('Resolved');
  expect(await page.getByRole('button', { name: 'Resolve concern' }).count()).toBe(0);
  await tour.stop('supervisor-concern-resolved');

  await tour.open('Concerns', 'Concerns');
  await concerns.getByRole('link', { name: `View ${which}`, exact: true }).waitFor();
  await tour.stop('supervisor-concerns-after');
}

/**
 * The supervisor's pages, and what they do there: the caseloads (the journey before the tours gives them a coach),
 * the first coach's caseload, where they pause the coach with a reason and resume them; a supervision session logged
 * with that coach and seen in their record; and the concerns, where the one the journey's mentor raised is resolved.
 */
export async function supervisorTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Supervision');
  await tour.go(`${baseUrl}/supervision`, 'Supervision');
  await tour.stop('supervisor-overview');

  await tour.open('Caseloads', 'Caseloads');
  const firstCoach = page.getByRole('table', { name: 'Coaches you supervise' }).getByRole('link').first();
  await firstCoach.waitFor();
  await tour.stop('supervisor-caseloads');
  const coach = (await firstCoach.innerText()).trim();
  await firstCoach.click();
  await tour.arrive(new RegExp(`${escaped(coach)}$`));
  await page.getByRole('heading', { level: 2, name: 'Flags' }).waitFor();
  await tour.stop('supervisor-coach-caseload');
  await pauseAndResume(page, tour, coach);

  await logSession(page, tour, coach);

  await tour.open('Concerns', 'Concerns');
  await tour.stop('supervisor-concerns');
  await resolveOpenConcern(page, tour);
  return tour.stops;
}
