import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/** The gender field's value once the page has filled it from the profile (it fills just after the page settles). */
async function filledGender(page: Page, expected: string, timeoutMs = 5_000): Promise<string> {
  const field = page.getByLabel('Your gender (optional)');
  const deadline = Date.now() + timeoutMs;
  let value = await field.inputValue();
  while (value !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    value = await field.inputValue();
  }
  return value;
}

/**
 * Every page of "Coaching and mentoring", reached through its own navigation and the links on its pages, plus the
 * availability and wellbeing check-in forms' error summaries. The one thing written is the coach's gender on the
 * availability page, to see it kept; the check-in and the blank capacity are refused before the API.
 */
export async function coachTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'Coaching and mentoring');
  await tour.go(`${baseUrl}/coaching`, 'Coaching and mentoring');
  await tour.stop('coach-overview');
  await tour.open('Introductions', 'Introductions');
  await tour.stop('coach-introductions');
  await tour.open('Caseload', 'Caseload');
  await tour.stop('coach-caseload');
  await tour.open('Availability', 'Availability');
  await tour.stop('coach-availability');
  // The gender a coach gives comes back when they return, and a save that leaves the field alone keeps it.
  await page.getByLabel('Your gender (optional)').fill('Woman');
  for (const visit of ['set', 'saved untouched']) {
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('Your availability is saved.').waitFor();
    await page.reload();
    await tour.arrive('Availability');
    const kept = await filledGender(page, 'Woman');
    if (kept !== 'Woman') throw new Error(`the gender the coach ${visit} came back as "${kept}", not "Woman"`);
  }
  await tour.stop('coach-availability-gender-kept');
  // A blank capacity is refused before it reaches the API: the availability stays as it was.
  await page.getByLabel('How many people can you support at once?').fill('');
  await tour.refused('Save availability');
  await tour.stop('coach-availability-errors');
  await tour.open('Training and accreditation', 'Training and accreditation');
  await tour.stop('coach-training');
  await tour.open('Wellbeing and supervision', 'Wellbeing and supervision');
  await tour.stop('coach-wellbeing');
  await page.getByRole('link', { name: 'Check in on your wellbeing' }).click();
  await tour.arrive('Check in on your wellbeing');
  await tour.stop('coach-check-in');
  // Sent unanswered, the check-in is refused before it reaches the API: nothing is recorded.
  await tour.refused('Record check-in');
  await tour.stop('coach-check-in-errors');
  await tour.open('Concerns', 'Concerns you raised');
  await tour.stop('coach-concerns');
  await page.getByRole('link', { name: 'Raise a concern' }).click();
  await tour.arrive('Raise a concern');
  await tour.stop('coach-raise-concern');
  return tour.stops;
}
