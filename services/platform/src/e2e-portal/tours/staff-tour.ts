import type { Page } from 'playwright-core';
import { Tour, type TourStop } from './tour-stop';

/** Every page of "My coaching", reached through its own navigation, plus the request form's error summary. */
export async function staffTour(page: Page, baseUrl: string): Promise<TourStop[]> {
  const tour = new Tour(page, 'My coaching');
  await tour.go(`${baseUrl}/my-coaching`, 'My coaching');
  await tour.stop('staff-overview');
  await tour.open('Ask for a coach or mentor', 'Ask for a coach or mentor');
  await tour.stop('staff-ask');
  await tour.refused('Send request');
  await tour.stop('staff-ask-errors');
  await tour.open('My requests', 'My requests');
  await tour.stop('staff-requests');
  await tour.open('My coaching and mentoring', 'My coaching and mentoring');
  await tour.stop('staff-relationships');
  await tour.open('Become a coach or mentor', 'Become a coach or mentor');
  await tour.stop('staff-become-a-coach');
  await tour.open('Equality monitoring', 'Equality monitoring');
  await tour.stop('staff-equality');
  return tour.stops;
}
