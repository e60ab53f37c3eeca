import { parseEsrDate } from './esr-date';

describe('ESR dates', () => {
  it.each([
    ['01/04/2019', '2019-04-01'],
    ['1/4/2019', '2019-04-01'],
    ['04/01/2019', '2019-01-04'],
    ['2019-04-01', '2019-04-01'],
    ['01-APR-2019', '2019-04-01'],
    ['1-apr-2019', '2019-04-01'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %p as %p', (text, iso) => {
    expect(parseEsrDate(text)).toBe(iso);
  });

  it.each(['31/04/2019', '29/02/2023', '2019-13-01', '01-XYZ-2019', '04/01/19', 'April 2019', '', '01/04/1850'])('refuses %p', (text) => {
    expect(parseEsrDate(text)).toBeUndefined();
  });
});
