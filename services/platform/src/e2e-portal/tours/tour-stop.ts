import type { Page } from 'playwright-core';
import { checkPage, settled, type AccessibilityProblem } from '../browser';

/** One page a role's tour visited: its screenshot's name and what axe found serious or critical there. */
export interface TourStop {
  name: string;
  problems: AccessibilityProblem[];
}

/** A role's walk through its section: each page reached as a person would reach it, then checked and recorded. */
export class Tour {
  readonly stops: TourStop[] = [];

  /** `navigation` is the accessible name of the section's side navigation. */
  constructor(
    private readonly page: Page,
    private readonly navigation: string,
  ) {}

  /** Checks the page as it stands (axe and a screenshot) and records it as a stop. */
  async stop(name: string): Promise<void> {
    this.stops.push({ name, problems: await checkPage(this.page, name) });
  }

  /** Waits for the page whose main heading this is to load. */
  async arrive(heading: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await settled(this.page);
  }

  /** Opens one of the section's own pages from its side navigation and waits for it to load. */
  async open(link: string, heading: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: this.navigation }).getByRole('link', { name: link, exact: true }).click();
    await this.arrive(heading);
  }

  /** Goes to a page by its address and waits for it to load. */
  async go(url: string, heading: string | RegExp): Promise<void> {
    await this.page.goto(url);
    await this.arrive(heading);
  }

  /** Sends a form meant to be refused before the API and waits for its error summary: nothing is recorded. */
  async refused(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  }
}
