import { coachSection } from './section';

/** Where the coach's own wellbeing and concern pages live, for links between them. */
export const WELLBEING_PATH = `${coachSection.basePath}/wellbeing`;
export const CHECK_IN_PATH = `${WELLBEING_PATH}/check-in`;
export const CONCERNS_PATH = `${coachSection.basePath}/concerns`;
export const RAISE_CONCERN_PATH = `${CONCERNS_PATH}/new`;
