import type { RespondentType } from '../../../domain/evaluations.js';

// The geometry of the evaluation's pictures: a bar per respondent type on a theme's scale, and a line
// per respondent type over the rounds. Pure, so that it is tested; the pages only draw it.

const round = (value: number): number => Math.round(value * 10) / 10;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * How much of a bar a score fills, in percent: the scale's `min` is an empty bar, `max` a full one.
 * A score outside the range is drawn at its edge; a range that is no range draws nothing.
 */
export function barPercent(score: number, min: number, max: number): number {
  if (!(max > min) || !Number.isFinite(score)) return 0;
  return round((100 * (clamp(score, min, max) - min)) / (max - min));
}

export interface TrendBox {
  width: number;
  height: number;
  /** Room for the score labels on the left and the dates below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Room between the first and last points and the sides, so that no mark covers a label. */
  inset: number;
}

export const trendBox: TrendBox = { width: 320, height: 170, left: 28, right: 16, top: 12, bottom: 30, inset: 14 };

/** One round of the trend as the chart needs it: its day, and the mean per respondent type shown. */
export interface TrendRound {
  closedOn: string;
  /** Only shown types with a mean; a type missing from a round leaves a gap in its line. */
  means: Partial<Record<RespondentType, number>>;
}

export interface TrendPoint {
  x: number;
  y: number;
  score: number;
  closedOn: string;
}

export interface TrendSeries {
  type: RespondentType;
  points: TrendPoint[];
  /** The line as an SVG path; it breaks where a round has no score for the type. */
  path: string;
}

export interface TrendGeometry {
  series: TrendSeries[];
  /** The score lines drawn across: min, middle and max. */
  grid: { score: number; y: number }[];
  /** The first and the last round's day under the axis (one label for one round). */
  dayLabels: { day: string; x: number; anchor: 'start' | 'middle' | 'end' }[];
}

/**
 * Where each round's scores go in `box`: rounds evenly spaced from old to new (the order matters, not
 * the weeks between them), scores from `min` at the bottom to `max` at the top. A type gets a series
 * only when it has a score in at least one round.
 */
export function trendGeometry(
  rounds: readonly TrendRound[],
  types: readonly RespondentType[],
  range: { min: number; max: number },
  box: TrendBox = trendBox,
): TrendGeometry {
  const innerWidth = box.width - box.left - box.right - 2 * box.inset;
  const innerHeight = box.height - box.top - box.bottom;
  const span = range.max - range.min;
  const y = (score: number) =>
    round(box.top + innerHeight * (span > 0 ? 1 - (clamp(score, range.min, range.max) - range.min) / span : 0.5));
  const x = (index: number) =>
    round(box.left + box.inset + (rounds.length <= 1 ? innerWidth / 2 : (innerWidth * index) / (rounds.length - 1)));

  const series = types.flatMap((type): TrendSeries[] => {
    let path = '';
    let previousDrawn = false;
    const points: TrendPoint[] = [];
    rounds.forEach((entry, index) => {
      const score = entry.means[type];
      if (score === undefined) {
        previousDrawn = false;
        return;
      }
      const point = { x: x(index), y: y(score), score, closedOn: entry.closedOn };
      path += `${path === '' ? '' : ' '}${previousDrawn ? 'L' : 'M'}${point.x} ${point.y}`;
      previousDrawn = true;
      points.push(point);
    });
    return points.length === 0 ? [] : [{ type, points, path }];
  });

  const grid = [range.max, (range.min + range.max) / 2, range.min].map((score) => ({ score, y: y(score) }));
  const first = rounds[0];
  const last = rounds.at(-1);
  const dayLabels: TrendGeometry['dayLabels'] = [];
  if (first && last) {
    if (rounds.length === 1) dayLabels.push({ day: first.closedOn, x: x(0), anchor: 'middle' });
    else {
      dayLabels.push({ day: first.closedOn, x: box.left, anchor: 'start' });
      dayLabels.push({ day: last.closedOn, x: box.width - box.right, anchor: 'end' });
    }
  }
  return { series, grid, dayLabels };
}

/** A small mark per respondent type, so that the lines differ in shape and not only in colour. */
export function markerPath(type: RespondentType, x: number, y: number, size = 5): string {
  if (type === 'client') return `M${x - size} ${y} a${size} ${size} 0 1 0 ${size * 2} 0 a${size} ${size} 0 1 0 ${-size * 2} 0`;
  if (type === 'relative') return `M${x - size} ${y - size} h${size * 2} v${size * 2} h${-size * 2} Z`;
  return `M${x} ${y - size - 1} L${x + size + 1} ${y + size} L${x - size - 1} ${y + size} Z`;
}
