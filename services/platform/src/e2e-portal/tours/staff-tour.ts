import type { Page } from 'playwright-core';
import { checkPage, settled } from '../browser';
import type { TourStop } from './tour-stop';


/** Every page of "My coaching", reached through its own navigation, plus the request form's error summary. */
export async function staffTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const stops: TourStop[] = [];
  const visit = async (name: string, heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await settled(page);
    stops.push({ name, problems: await checkPage(page, name) });
  };
  const follow = async (link: string, name: string, heading: string) => {
    await page.getByRole('navigation', { name: 'My coaching' }).getByRole('link', { name: link, exact: true }).click();
    await visit(name, heading);
  };

  await page.goto(`${baseUrl}/my-coaching`);
  await visit('staff-overview', 'My coaching');
  await follow('Ask for a coach or mentor', 'staff-ask', 'Ask for a coach or mentor');
  // Sent empty, the form is refused before it reaches the API: nothing is recorded.
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  stops.push({ name: 'staff-ask-errors', problems: await checkPage(page, 'staff-ask-errors') });
  await follow('My requests', 'staff-requests', 'My requests');
  await follow('My coaching and mentoring', 'staff-relationships', 'My coaching and mentoring');
  await follow('Become a coach or mentor', 'staff-become-a-coach', 'Become a coach or mentor');
  await follow('Equality monitoring', 'staff-equality', 'Equality monitoring');
  return stops;
}
