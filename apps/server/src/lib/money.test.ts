import { describe, expect, it } from 'vitest';
import {
  fromBasisPoints,
  fromMilli,
  fromMinor,
  lineTotalMinor,
  percentOfMinor,
  toBasisPoints,
  toMilli,
  toMinor,
} from './money.ts';

describe('money', () => {
  it('converts decimal strings to integers and back without floating point drift', () => {
    expect(toMinor('1250')).toBe(125000);
    expect(toMinor('0.1')).toBe(10);
    expect(toMinor('-3.05')).toBe(-305);
    expect(fromMinor(125000)).toBe('1250.00');
    expect(fromMinor(-5)).toBe('-0.05');
    expect(fromMinor(toMinor('0.1') + toMinor('0.2'))).toBe('0.30');
    expect(toMilli('1.5')).toBe(1500);
    expect(fromMilli(1500)).toBe('1.5');
    expect(fromMilli(2000)).toBe('2');
    expect(toBasisPoints('7.5')).toBe(750);
    expect(fromBasisPoints(2000)).toBe('20');
  });

  it('computes line totals, VAT and weighted sums exactly, rounding half away from zero', () => {
    expect(lineTotalMinor(toMilli('3'), toMinor('19.99'), 0)).toBe(5997);
    expect(lineTotalMinor(toMilli('1'), toMinor('100'), toBasisPoints('12.5'))).toBe(8750);
    expect(lineTotalMinor(toMilli('0.333'), toMinor('10'), 0)).toBe(333);
    expect(lineTotalMinor(toMilli('1000'), toMinor('99999999.99'), 0)).toBe(9_999_999_999_000);
    expect(percentOfMinor(toMinor('1000.05'), toBasisPoints('20'))).toBe(20001);
    expect(percentOfMinor(-101, 5000)).toBe(-51);
  });
});
