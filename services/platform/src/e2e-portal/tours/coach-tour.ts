import type { Page } from 'playwright-core';
import { checkPage, settled } from '../browser';
import type { TourStop } from './tour-stop';


/**
 * Every page of "Coaching and mentoring", reached through its own navigation and the links on its pages, plus the
 * availability and wellbeing check-in forms' error summaries. Nothing is written: both forms are refused before the API.
 */
export async function coachTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const visit = async (name: string, heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await settled(page);
    stops.push({ name, problems: await checkPage(page, name) });
  };
  const follow = async (link: string, name: string, heading: string) => {
    await page.getByRole('navigation', { name: 'Coaching and mentoring' }).getByRole('link', { name: link, exact: true }).click();
    await visit(name, heading);
  };

  await page.goto(`${baseUrl}/coaching`);
  await visit('coach-overview', 'Coaching and mentoring');
  await follow('Introductions', 'coach-introductions', 'Introductions');
  await follow('Caseload', 'coach-caseload', 'Caseload');
  await follow('Availability', 'coach-availability', 'Availability');
  // A blank capacity is refused before it reaches the API: the availability stays as it was.
  const capacity = page.getByLabel('How many people can you support at once?');
  if (await capacity.count()) {
    await capacity.fill('');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    stops.push({ name: 'coach-availability-errors', problems: await checkPage(page, 'coach-availability-errors') });
  }
  await follow('Training and accreditation', 'coach-training', 'Training and accreditation');
  await follow('Wellbeing and supervision', 'coach-wellbeing', 'Wellbeing and supervision');
  await page.getByRole('link', { name: 'Check in on your wellbeing' }).click();
  await visit('coach-check-in', 'Check in on your wellbeing');
  // Sent unanswered, the check-in is refused before it reaches the API: nothing is recorded.
  await page.getByRole('button', { name: 'Record check-in' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  stops.push({ name: 'coach-check-in-errors', problems: await checkPage(page, 'coach-check-in-errors') });
  await follow('Concerns', 'coach-concerns', 'Concerns you raised');
  await page.getByRole('link', { name: 'Raise a concern' }).click();
  await visit('coach-raise-concern', 'Raise a concern');
  return stops;
}
