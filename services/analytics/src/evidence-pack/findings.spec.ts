import {
  notAvailable,
  secondary,
  shownCount,
  shownRate,
  shownStatistic,
  smallBase,
  smallCount,
} from '../export/published-figures.fixtures';
import { publishedPack } from './evidence-pack.fixtures';
import {
  matchingFindings,
  purposeFindings,
  reviewAndMeasurementFindings,
  selectionAndTrainingFindings,
  supervisionAndEthicsFindings,
} from './findings';

const { sections } = publishedPack();

describe('findings written from published figures', () => {
  describe('when every figure is published', () => {
    it('states the counts, percentages and statistics as published', () => {
      expect(purposeFindings(sections.purpose, 2025)).toEqual([
        'In 2025, 120 requests for coaching or mentoring were received and 85 coaching or mentoring relationships started.',
      ]);
      expect(selectionAndTrainingFindings(sections.selectionAndTraining, 2025)).toEqual([
        '30 coaches and mentors completed training for the programme in 2025.',
        'At the end of the year, 45 coaches and mentors were eligible to be matched.',
        "92% of requests for a line manager's approval were approved.",
        '10 accreditations were awarded.',
      ]);
      expect(matchingFindings(sections.matching)).toEqual([
        '10 matching rounds were run and 100 pairs were introduced.',
        'The median time from a request to its introduction was 12.5 days.',
        'Of the 15 introductions that did not proceed, 100% were returned to the next matching round.',
      ]);
      expect(supervisionAndEthicsFindings(sections.supervisionAndEthics)).toEqual([
        '96% of active coaches and mentors had a named supervisor.',
        '60 supervision sessions were recorded, amounting to 75.5 hours of supervision.',
        'Of the 10 concerns raised, 80% had been resolved by the end of the year.',
        '5 coaches and mentors were paused from new matches during the year.',
      ]);
      expect(reviewAndMeasurementFindings(sections.reviewAndMeasurement, 2025)).toEqual([
        '1,295 coaching or mentoring sessions were held in 2025.',
        '11% of planned sessions were cancelled.',
        'Of the 50 relationships that closed, 78% achieved their goals fully or partly.',
        '88% of people supported were still with their employer 12 months after their relationship started.',
      ]);
    });
  });

  describe('when a count is 1 to 7', () => {
    it('says fewer than 8, and why the share of it is not published', () => {
      expect(
        matchingFindings({
          ...sections.matching,
          introductionsNotProceeded: smallCount(),
          returnedToNextRound: smallBase('rate'),
        })[2],
      ).toBe(
        'Fewer than 8 introductions did not proceed; the share returned to the next matching round is not ' +
          'published because it would rest on fewer than 8 introductions.',
      );
      expect(
        supervisionAndEthicsFindings({ ...sections.supervisionAndEthics, coachesPaused: smallCount() })[3],
      ).toBe('Fewer than 8 coaches and mentors were paused from new matches during the year.');
    });
  });

  describe('when a figure is withheld to protect another', () => {
    it('calls the count unpublished rather than small, and still gives a published share of it', () => {
      expect(
        matchingFindings({
          ...sections.matching,
          introductionsNotProceeded: secondary('count'),
          returnedToNextRound: shownRate(90, 20),
        })[2],
      ).toBe(
        '90% of the introductions that did not proceed were returned to the next matching round; how many did not ' +
          'proceed is not published so that other figures cannot be worked out from it.',
      );
      expect(purposeFindings({ ...sections.purpose, requestsReceived: secondary('count') }, 2025)).toEqual([
        'In 2025, an unpublished number of requests for coaching or mentoring were received and 85 coaching or ' +
          'mentoring relationships started.',
      ]);
      expect(
        selectionAndTrainingFindings(
          { ...sections.selectionAndTraining, managerApprovalsGranted: secondary('rate', 50) },
          2025,
        )[2],
      ).toBe(
        "The share of requests for a line manager's approval that were approved is not published so that other " +
          'figures cannot be worked out from it.',
      );
    });
  });

  describe('when there is nothing to count', () => {
    it('says so plainly, without a percentage of nothing', () => {
      expect(
        matchingFindings({
          ...sections.matching,
          matchingRounds: shownCount(0),
          pairsIntroduced: shownCount(0),
          medianDaysToIntroduction: notAvailable(),
          introductionsNotProceeded: shownCount(0),
          returnedToNextRound: smallBase('rate'),
        }),
      ).toEqual([
        'No matching rounds were run and no pairs were introduced.',
        'The median time from a request to its introduction is not published because there was nothing to ' +
          'calculate it from.',
        'No introductions were recorded as not proceeding.',
      ]);
      expect(
        supervisionAndEthicsFindings({
          ...sections.supervisionAndEthics,
          supervisionSessions: shownCount(0),
          supervisionHours: notAvailable(),
          concernsRaised: shownCount(0),
          concernsResolved: smallBase('rate'),
          coachesPaused: shownCount(0),
        }).slice(1),
      ).toEqual([
        'No supervision sessions were recorded.',
        'No concerns were raised.',
        'No coaches or mentors were paused from new matches during the year.',
      ]);
      expect(
        reviewAndMeasurementFindings(
          { ...sections.reviewAndMeasurement, relationshipsClosed: shownCount(0), goalsAchieved: smallBase('rate') },
          2025,
        )[2],
      ).toBe('No relationships closed in 2025.');
    });
  });

  it('keeps a published statistic even when the count beside it is withheld', () => {
    expect(
      supervisionAndEthicsFindings({
        ...sections.supervisionAndEthics,
        supervisionSessions: secondary('count'),
        supervisionHours: shownStatistic(40, 30),
      })[1],
    ).toBe('An unpublished number of supervision sessions were recorded, amounting to 40.0 hours of supervision.');
  });
});
