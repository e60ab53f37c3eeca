export { giverWord, PROGRAMME_NAMES, PROGRAMMES, receiverWord, validProgramme } from './programmes';
export type { Programme, SupportKind } from './programmes';
export { distinctIgnoringCase } from './distinct-ignoring-case';
