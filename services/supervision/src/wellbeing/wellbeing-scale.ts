/**
 * The check-in: five statements about the last two weeks, each answered 1 ("none of the time") to 5 ("all of
 * the time"), totalling 5 to 25, higher meaning better. It follows the shape of short validated wellbeing scales
 * (a handful of positively worded items on a five-point frequency scale, as SWEMWBS and WHO-5 do) but its
 * wording is Tapestry's own, aimed at what wears internal coaches down: energy for others, coping, being able
 * to put conversations down, feeling supported, and their own development being looked after. It is a prompt for
 * a supervision conversation, not a clinical measure, and it is never compared across people.
 */
export const WELLBEING_ITEMS = ['energy', 'coping', 'detachment', 'support', 'growth'] as const;
export type WellbeingItem = (typeof WELLBEING_ITEMS)[number];

export const WELLBEING_STATEMENTS: Record<WellbeingItem, string> = {
  energy: 'I have had energy to spare for the people I support.',
  coping: 'I have been dealing with problems well.',
  detachment: 'I have been able to put coaching conversations down when a session ends.',
  support: 'I have felt supported by colleagues and by my supervisor.',
  growth: 'My own development has been getting attention.',
};

export const MIN_ITEM_SCORE = 1;
export const MAX_ITEM_SCORE = 5;
export const MIN_TOTAL = MIN_ITEM_SCORE * WELLBEING_ITEMS.length;
export const MAX_TOTAL = MAX_ITEM_SCORE * WELLBEING_ITEMS.length;

export type WellbeingScores = Record<WellbeingItem, number>;

export const totalOf = (scores: WellbeingScores): number => WELLBEING_ITEMS.reduce((sum, item) => sum + scores[item], 0);
