/**
 * The network map (PRODUCT.md §3): the people in the client's life, placed around the client by
 * closeness (rings) and life area (sectors), with the client's wish for each of them. This file holds
 * the vocabulary, the geometry of the drawing, the keyboard moves and the comparison of snapshots, so
 * that the drawing and the list view follow the same rules and the server can count without drawing.
 */

/** How a person stands to the client, as the client would say it. */
export const relations = [
  'partner',
  'parent',
  'child',
  'sibling',
  'other_family',
  'friend',
  'neighbour',
  'colleague',
  'peer_expert',
  'gp',
  'ggz_professional',
  'social_professional',
  'other',
] as const;
/** One of {@link relations}. */
export type Relation = (typeof relations)[number];

/** Whether someone is in the client's life privately (a relative) or because it is their job. */
export const formalities = ['informal', 'formal'] as const;
/** One of {@link formalities}. */
export type Formality = (typeof formalities)[number];

/** The life areas, which are the sectors of the drawing, in clockwise order from the top left. */
export const lifeAreas = ['family', 'friends_neighbours', 'work_school_leisure', 'professional_care'] as const;
/** One of {@link lifeAreas}. */
export type LifeArea = (typeof lifeAreas)[number];

/** The closeness rings, from the client outwards. */
export const rings = ['inner', 'middle', 'outer'] as const;
/** One of {@link rings}. */
export type Ring = (typeof rings)[number];

/** What the client wishes for their contact with a person. */
export const wishes = ['closer', 'keep', 'more_distance'] as const;
/** One of {@link wishes}. */
export type Wish = (typeof wishes)[number];

const relationDefaults: Readonly<Record<Relation, { lifeArea: LifeArea; formality: Formality }>> = {
  partner: { lifeArea: 'family', formality: 'informal' },
  parent: { lifeArea: 'family', formality: 'informal' },
  child: { lifeArea: 'family', formality: 'informal' },
  sibling: { lifeArea: 'family', formality: 'informal' },
  other_family: { lifeArea: 'family', formality: 'informal' },
  friend: { lifeArea: 'friends_neighbours', formality: 'informal' },
  neighbour: { lifeArea: 'friends_neighbours', formality: 'informal' },
  colleague: { lifeArea: 'work_school_leisure', formality: 'informal' },
  // In the teams that use Regie a peer expert is mostly a paid member of the care team; one met in a
  // self-help group is set to informal by hand.
  peer_expert: { lifeArea: 'professional_care', formality: 'formal' },
  gp: { lifeArea: 'professional_care', formality: 'formal' },
  ggz_professional: { lifeArea: 'professional_care', formality: 'formal' },
  social_professional: { lifeArea: 'professional_care', formality: 'formal' },
  // Someone the client could not name a relation for is most often an acquaintance, not a professional.
  other: { lifeArea: 'friends_neighbours', formality: 'informal' },
};

/** The life area and formality a new person gets from their relation; the client may change both. */
export function defaultsForRelation(relation: Relation): { lifeArea: LifeArea; formality: Formality } {
  return { ...relationDefaults[relation] };
}

// ---------------------------------------------------------------------------------------------------
// Geometry. The drawing is a square viewBox of mapSize × mapSize with the client in the centre. Angles
// are in degrees, clockwise from straight up, because that is how a clock and a reader go round.

/** A point in the viewBox. */
export interface Point {
  x: number;
  y: number;
}

/** Width and height of the square viewBox (`0 0 mapSize mapSize`). */
export const mapSize = 1000;

/** The centre of the drawing, where the client is. */
export const mapCentre: Readonly<Point> = { x: mapSize / 2, y: mapSize / 2 };

/** Radius of the client's own disc in the centre. */
export const clientRadius = 56;

/** Inner and outer radius of each ring's band; the bands touch, so together they fill the map. */
export const ringBands: Readonly<Record<Ring, { inner: number; outer: number }>> = {
  inner: { inner: 70, outer: 205 },
  middle: { inner: 205, outer: 340 },
  outer: { inner: 340, outer: 470 },
};

/** The angle range of each life area's sector: four quarters, clockwise from straight left. */
export const sectorAngles: Readonly<Record<LifeArea, { from: number; to: number }>> = {
  family: { from: 270, to: 360 },
  friends_neighbours: { from: 0, to: 90 },
  work_school_leisure: { from: 90, to: 180 },
  professional_care: { from: 180, to: 270 },
};

// Keeps dots (and the labels under them) off the ring and sector lines.
const radialPadding = 24;
const angularPadding = 6;
// Wanted distance between neighbours on one arc and between arcs; a crowded cell gets less.
const preferredSpacing = 64;
const rowSpacing = 30;

/** The point at `angle` degrees (clockwise from up) and `radius` from the centre. */
export function pointOnMap(angle: number, radius: number): Point {
  const radians = (angle * Math.PI) / 180;
  return { x: mapCentre.x + radius * Math.sin(radians), y: mapCentre.y - radius * Math.cos(radians) };
}

/** Distance from the centre and angle (degrees in [0, 360), clockwise from up) of a point. */
export function polarOf(point: Point): { radius: number; angle: number } {
  const dx = point.x - mapCentre.x;
  const dy = point.y - mapCentre.y;
  const angle = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return { radius: Math.hypot(dx, dy), angle: (angle + 360) % 360 };
}

/**
 * The cell a point falls in, for dropping a dragged person. A drop on the client's disc counts as the
 * inner ring and a drop beyond the rings (in a corner) as the outer ring: the client meant "as close"
 * or "as far as possible", not "nowhere".
 */
export function cellAt(point: Point): { ring: Ring; lifeArea: LifeArea } {
  const { radius, angle } = polarOf(point);
  const ring = rings.find((r) => radius < ringBands[r].outer) ?? 'outer';
  const lifeArea = lifeAreas.find((area) => angle >= sectorAngles[area].from && angle < sectorAngles[area].to) ?? 'family';
  return { ring, lifeArea };
}

/** What {@link layout} needs of a person. */
export interface Placeable {
  id: string;
  ring: Ring;
  lifeArea: LifeArea;
}

/**
 * A position for every person, keyed by id. People who share a cell are spread over one or more arcs
 * inside it, ordered by id so that the same map always looks the same and nobody jumps when someone
 * else is added elsewhere. Every point lies inside its ring band and sector, however full the cell.
 */
export function layout(people: readonly Placeable[]): Map<string, Point> {
  const cells = new Map<string, Placeable[]>();
  for (const person of people) {
    const key = `${person.ring}/${person.lifeArea}`;
    const cell = cells.get(key);
    if (cell) cell.push(person);
    else cells.set(key, [person]);
  }
  const positions = new Map<string, Point>();
  for (const cell of cells.values()) {
    const sorted = [...cell].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const first = sorted[0];
    if (!first) continue;
    const points = cellPoints(first.ring, first.lifeArea, sorted.length);
    sorted.forEach((person, index) => {
      const point = points[index];
      if (point) positions.set(person.id, point);
    });
  }
  return positions;
}

/** `count` points in one cell: arcs from the inside out, each filled clockwise. */
function cellPoints(ring: Ring, lifeArea: LifeArea, count: number): Point[] {
  const band = ringBands[ring];
  const sector = sectorAngles[lifeArea];
  const innermost = band.inner + radialPadding;
  const outermost = band.outer - radialPadding;
  const from = sector.from + angularPadding;
  const span = sector.to - sector.from - 2 * angularPadding;
  const maxRows = Math.floor((outermost - innermost) / rowSpacing) + 1;

  const radiiFor = (rows: number): number[] =>
    rows === 1
      ? [(innermost + outermost) / 2]
      : Array.from({ length: rows }, (_, i) => innermost + ((outermost - innermost) * i) / (rows - 1));
  const capacityAt = (radius: number): number => Math.max(1, Math.floor((radius * span * Math.PI) / 180 / preferredSpacing));

  // As few arcs as give everyone their preferred room; a cell too full for that uses every arc.
  let radii = radiiFor(maxRows);
  for (let rows = 1; rows <= maxRows; rows++) {
    const candidate = radiiFor(rows);
    if (sum(candidate.map(capacityAt)) >= count) {
      radii = candidate;
      break;
    }
  }
  const perRow = apportion(count, radii.map(capacityAt));

  const points: Point[] = [];
  radii.forEach((radius, row) => {
    const onRow = perRow[row] ?? 0;
    for (let i = 0; i < onRow; i++) {
      const point = pointOnMap(from + ((i + 0.5) * span) / onRow, radius);
      points.push({ x: round(point.x), y: round(point.y) });
    }
  });
  return points;
}

/** Splits `count` over rows in proportion to their weights (largest remainder, ties to the inside). */
function apportion(count: number, weights: readonly number[]): number[] {
  const total = sum(weights);
  const exact = weights.map((w) => (count * w) / total);
  const shares = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  const missing = count - sum(shares);
  for (let i = 0; i < missing; i++) {
    const target = byRemainder[i % byRemainder.length];
    if (target) shares[target.index] = (shares[target.index] ?? 0) + 1;
  }
  return shares;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

// A tenth of a unit is far below a pixel and keeps the SVG and snapshot images small and stable.
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Start and end of the short arrow that shows a wish. */
export interface WishArrow {
  from: Point;
  to: Point;
}

const arrowGap = 12;
const arrowLength = 30;

/**
 * The arrow beside a person at `position`: towards the client for "closer", away for "more
 * distance", none for "keep" (no change wished, nothing to draw). It starts just clear of the
 * person's dot and never reaches into the client's disc.
 */
export function wishArrow(position: Point, wish: Wish): WishArrow | null {
  if (wish === 'keep') return null;
  const { radius, angle } = polarOf(position);
  if (radius === 0) return null;
  if (wish === 'closer') {
    const start = radius - arrowGap;
    const end = Math.max(start - arrowLength, clientRadius + arrowGap / 2);
    if (end >= start) return null;
    return { from: rounded(pointOnMap(angle, start)), to: rounded(pointOnMap(angle, end)) };
  }
  const start = radius + arrowGap;
  return { from: rounded(pointOnMap(angle, start)), to: rounded(pointOnMap(angle, start + arrowLength)) };
}

function rounded(point: Point): Point {
  return { x: round(point.x), y: round(point.y) };
}

// ---------------------------------------------------------------------------------------------------
// Keyboard moves: the list view and the drawing offer the same steps, one ring or sector at a time.

/** One ring closer to the client; the inner ring stays where it is. */
export function moveCloser(ring: Ring): Ring {
  return rings[Math.max(rings.indexOf(ring) - 1, 0)] ?? ring;
}

/** One ring further from the client; the outer ring stays where it is. */
export function moveFurther(ring: Ring): Ring {
  return rings[Math.min(rings.indexOf(ring) + 1, rings.length - 1)] ?? ring;
}

/** The next life area clockwise, wrapping round, as the sectors have no first or last. */
export function nextSector(lifeArea: LifeArea): LifeArea {
  return lifeAreas[(lifeAreas.indexOf(lifeArea) + 1) % lifeAreas.length] ?? lifeArea;
}

/** The previous life area (anticlockwise), wrapping round. */
export function previousSector(lifeArea: LifeArea): LifeArea {
  return lifeAreas[(lifeAreas.indexOf(lifeArea) + lifeAreas.length - 1) % lifeAreas.length] ?? lifeArea;
}

// ---------------------------------------------------------------------------------------------------
// Snapshots: the map as it was on a date, compared to show how the network grew.

/** One person in a saved snapshot of the map. */
export interface SnapshotEntry {
  personId: string;
  name: string;
  ring: Ring;
  lifeArea: LifeArea;
  wish: Wish;
}

/** A person whose value of some kind differs between two snapshots. */
export interface SnapshotChange<T> {
  personId: string;
  /** The name in the later snapshot: the one the client uses now. */
  name: string;
  from: T;
  to: T;
}

/** What changed between two snapshots; every list sorted by name. */
export interface SnapshotComparison {
  came: SnapshotEntry[];
  went: SnapshotEntry[];
  movedCloser: SnapshotChange<Ring>[];
  movedFurther: SnapshotChange<Ring>[];
  changedLifeArea: SnapshotChange<LifeArea>[];
  changedWish: SnapshotChange<Wish>[];
}

// Dutch names with accents and mixed case ("de Vries", "Özil") sort as a Dutch reader expects.
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const compareNamed = (a: { name: string; personId: string }, b: { name: string; personId: string }): number =>
  byName.compare(a.name, b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/**
 * Who came, who went and what changed between an earlier and a later snapshot, matching people by
 * id so that a renamed person counts as the same person. One person can appear in several lists,
 * e.g. moved closer and into another life area.
 */
export function compareSnapshots(earlier: readonly SnapshotEntry[], later: readonly SnapshotEntry[]): SnapshotComparison {
  const before = new Map(earlier.map((entry) => [entry.personId, entry]));
  const after = new Map(later.map((entry) => [entry.personId, entry]));
  const result: SnapshotComparison = {
    came: [],
    went: [],
    movedCloser: [],
    movedFurther: [],
    changedLifeArea: [],
    changedWish: [],
  };

  for (const entry of after.values()) {
    const old = before.get(entry.personId);
    if (!old) {
      result.came.push(entry);
      continue;
    }
    const change = <T>(from: T, to: T): SnapshotChange<T> => ({ personId: entry.personId, name: entry.name, from, to });
    const step = rings.indexOf(entry.ring) - rings.indexOf(old.ring);
    if (step < 0) result.movedCloser.push(change(old.ring, entry.ring));
    if (step > 0) result.movedFurther.push(change(old.ring, entry.ring));
    if (old.lifeArea !== entry.lifeArea) result.changedLifeArea.push(change(old.lifeArea, entry.lifeArea));
    if (old.wish !== entry.wish) result.changedWish.push(change(old.wish, entry.wish));
  }
  for (const entry of before.values()) if (!after.has(entry.personId)) result.went.push(entry);

  result.came.sort(compareNamed);
  result.went.sort(compareNamed);
  result.movedCloser.sort(compareNamed);
  result.movedFurther.sort(compareNamed);
  result.changedLifeArea.sort(compareNamed);
  result.changedWish.sort(compareNamed);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Counts for the team's figures.

/** How many people are in each ring; every ring is present, empty ones as 0. */
export function countsByRing(people: readonly { ring: Ring }[]): Record<Ring, number> {
  const counts: Record<Ring, number> = { inner: 0, middle: 0, outer: 0 };
  for (const person of people) counts[person.ring] += 1;
  return counts;
}

/** How many people are in each life area; every area is present, empty ones as 0. */
export function countsByLifeArea(people: readonly { lifeArea: LifeArea }[]): Record<LifeArea, number> {
  const counts: Record<LifeArea, number> = { family: 0, friends_neighbours: 0, work_school_leisure: 0, professional_care: 0 };
  for (const person of people) counts[person.lifeArea] += 1;
  return counts;
}

/**
 * The share (0 to 1) of informal people in the map: the method aims to widen the informal network, so
 * teams follow this figure. An empty map has no share (null) rather than a misleading 0.
 */
export function informalShare(people: readonly { formality: Formality }[]): number | null {
  if (people.length === 0) return null;
  return people.filter((person) => person.formality === 'informal').length / people.length;
}
