import type { Page } from 'playwright-core';
import { checkPage, settled } from '../browser';
import type { TourStop } from './tour-stop';


/** Every page of "Coaching and mentoring", reached through its own navigation, plus the availability form's error summary. */
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
  return stops;
}
