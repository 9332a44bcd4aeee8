import { describe, expect, it } from 'vitest';
import { barPercent, markerPath, trendGeometry, type TrendBox } from './chart.js';

describe('a score as a bar', () => {
  it('fills the bar from the scale’s minimum (empty) to its maximum (full)', () => {
    expect(barPercent(1, 1, 5)).toBe(0);
    expect(barPercent(5, 1, 5)).toBe(100);
    expect(barPercent(3, 1, 5)).toBe(50);
    expect(barPercent(3.8, 1, 5)).toBe(70);
    expect(barPercent(12, 0, 40)).toBe(30);
  });

  it('draws a score outside the range at its edge, and nothing for a range that is none', () => {
    expect(barPercent(7, 1, 5)).toBe(100);
    expect(barPercent(0, 1, 5)).toBe(0);
    expect(barPercent(3, 5, 5)).toBe(0);
    expect(barPercent(Number.NaN, 1, 5)).toBe(0);
  });
});

describe('the trend as lines', () => {
  // A box of 100 by 100 with no margins: positions read as percentages.
  const box: TrendBox = { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0, inset: 0 };
  const range = { min: 1, max: 5 };

  it('spaces rounds evenly from old to new and puts scores from min at the bottom to max at the top', () => {
    const geometry = trendGeometry(
      [
        { closedOn: '2026-01-10', means: { client: 1, relative: 3 } },
        { closedOn: '2026-04-10', means: { client: 3 } },
        { closedOn: '2026-09-01', means: { client: 5, relative: 4 } },
      ],
      ['client', 'relative', 'professional'],
      range,
      box,
    );
    expect(geometry.series.map((series) => series.type)).toEqual(['client', 'relative']);
    const [client, relatives] = geometry.series;
    expect(client?.points.map(({ x, y }) => [x, y])).toEqual([
      [0, 100],
      [50, 50],
      [100, 0],
    ]);
    expect(client?.path).toBe('M0 100 L50 50 L100 0');
    // No relatives' score in the middle round: the line breaks instead of bridging it.
    expect(relatives?.path).toBe('M0 50 M100 25');
    expect(geometry.grid).toEqual([
      { score: 5, y: 0 },
      { score: 3, y: 50 },
      { score: 1, y: 100 },
    ]);
    expect(geometry.dayLabels).toEqual([
      { day: '2026-01-10', x: 0, anchor: 'start' },
      { day: '2026-09-01', x: 100, anchor: 'end' },
    ]);
  });

  it('keeps the first and the last point clear of the sides, where the labels are', () => {
    const geometry = trendGeometry(
      [
        { closedOn: '2026-01-10', means: { client: 3 } },
        { closedOn: '2026-04-10', means: { client: 3 } },
      ],
      ['client'],
      range,
      { ...box, left: 20, inset: 10 },
    );
    expect(geometry.series[0]?.points.map((point) => point.x)).toEqual([30, 90]);
  });

  it('puts a single round in the middle, with one label', () => {
    const geometry = trendGeometry([{ closedOn: '2026-01-10', means: { professional: 2 } }], ['professional'], range, box);
    expect(geometry.series[0]?.points).toEqual([{ x: 50, y: 75, score: 2, closedOn: '2026-01-10' }]);
    expect(geometry.dayLabels).toEqual([{ day: '2026-01-10', x: 50, anchor: 'middle' }]);
  });

  it('marks each type with a shape of its own: a circle, a square, a triangle', () => {
    expect(markerPath('client', 10, 10)).toBe('M5 10 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0');
    expect(markerPath('relative', 10, 10)).toBe('M5 5 h10 v10 h-10 Z');
    expect(markerPath('professional', 10, 10)).toBe('M10 4 L16 15 L4 15 Z');
  });
});
