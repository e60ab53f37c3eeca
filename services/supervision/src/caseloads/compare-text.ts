/** Orders by UTF-16 code units, independent of the host's locale, so sorted lists are the same on every machine. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
