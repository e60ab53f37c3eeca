import { sentenceCase } from '../../words/phrases';

/** Supervision session words a coach reads about their own sessions. */

const FORMATS: Record<string, string> = { ONE_TO_ONE: 'One to one', GROUP: 'Group' };

export const formatName = (format: string): string => FORMATS[format.toUpperCase()] ?? sentenceCase(format);

