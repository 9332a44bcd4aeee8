import { describe, expect, it } from 'vitest';
import { byteOrderMark, csvNumber, toCsv } from './csv.js';

describe('the CSV writer', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe(`${byteOrderMark}a,b\r\n1,2\r\n`);
    expect(toCsv([])).toBe(byteOrderMark);
  });

  it('quotes fields with a comma, a quote, a line break or outer spaces, doubling the quotes (RFC 4180)', () => {
    expect(toCsv([['FACT, Noord', 'zei "ja"', 'twee\r\nregels', 'een\nregel', ' rand', 'gewoon']])).toBe(
      `${byteOrderMark}"FACT, Noord","zei ""ja""","twee\r\nregels","een\nregel"," rand",gewoon\r\n`,
    );
  });

  it('writes nothing for null, numbers as they are, and written numbers unquoted', () => {
    expect(toCsv([[null, 0, -1.5, csvNumber('12.0'), csvNumber('-0.25'), '']])).toBe(`${byteOrderMark},0,-1.5,12.0,-0.25,\r\n`);
  });

  it('keeps UTF-8 text as it is', () => {
    expect(toCsv([['Zoë Ødegård 😀']])).toBe(`${byteOrderMark}Zoë Ødegård 😀\r\n`);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=SUM(A1)', '+31', '-x', '@cmd', 'a=b']])).toBe(`${byteOrderMark}'=SUM(A1),'+31,'-x,'@cmd,a=b\r\n`);
    expect(toCsv([['=1,2']])).toBe(`${byteOrderMark}"'=1,2"\r\n`);
  });

  it('refuses a number that is not finite, and text passed off as a number', () => {
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
    expect(() => csvNumber('1e5')).toThrow(RangeError);
    expect(() => csvNumber('=1')).toThrow(RangeError);
  });
});
