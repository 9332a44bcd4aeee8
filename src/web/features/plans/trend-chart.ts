import { progressScoreRange } from '../../../domain/plan.js';

// The geometry of a goal's progress line: scores 0 to 10 up the side, days along the bottom, spaced
// by time (two scores a week apart sit closer than two a month apart). Pure, so that it is tested.

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the score labels on the left and the dates below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const chartBox: ChartBox = { width: 320, height: 160, left: 30, right: 14, top: 12, bottom: 30 };

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  score: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** The line through the points, as an SVG path; empty for fewer than two points. */
  line: string;
  /** The score lines drawn across: 0, 5 and 10. */
  grid: { score: number; y: number }[];
  /** The first and the last day under the axis (one label when there is one day). */
  dateLabels: { date: string; x: number; anchor: 'start' | 'middle' | 'end' }[];
}

const dayNumber = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const round = (value: number): number => Math.round(value * 10) / 10;

/** Where each score of a trend goes in `box`; a single score stands in the middle. */
export function chartGeometry(trend: readonly { date: string; score: number }[], box: ChartBox = chartBox): ChartGeometry {
  const { min, max } = progressScoreRange;
  const innerWidth = box.width - box.left - box.right;
  const innerHeight = box.height - box.top - box.bottom;
  const y = (score: number) => round(box.top + innerHeight * (1 - (Math.min(max, Math.max(min, score)) - min) / (max - min)));

  const days = trend.map((point) => dayNumber(point.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const x = (index: number) => {
    if (trend.length === 1 || !(span > 0)) {
      // One day only (or days that cannot be read): spread evenly, a single point in the middle.
      return round(box.left + (trend.length === 1 ? innerWidth / 2 : (innerWidth * index) / Math.max(1, trend.length - 1)));
    }
    return round(box.left + (innerWidth * ((days[index] ?? first) - first)) / span);
  };

  const points = trend.map((point, index) => ({ x: x(index), y: y(point.score), date: point.date, score: point.score }));
  const line = points.length < 2 ? '' : points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  const grid = [max, (min + max) / 2, min].map((score) => ({ score, y: y(score) }));

  const firstPoint = points[0];
  const lastPoint = points.at(-1);
  const dateLabels: ChartGeometry['dateLabels'] = [];
  if (firstPoint && lastPoint) {
    if (points.length === 1) dateLabels.push({ date: firstPoint.date, x: firstPoint.x, anchor: 'middle' });
    else {
      dateLabels.push({ date: firstPoint.date, x: box.left, anchor: 'start' });
      dateLabels.push({ date: lastPoint.date, x: box.width - box.right, anchor: 'end' });
    }
  }
  return { points, line, grid, dateLabels };
}
