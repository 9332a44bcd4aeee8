import type { MemberStatus } from '../../../domain/membership.js';
import {
  mapCentre,
  moveCloser,
  moveFurther,
  nextSector,
  pointOnMap,
  previousSector,
  ringBands,
  sectorAngles,
  type Formality,
  type LifeArea,
  type Ring,
  type SnapshotEntry,
  type Wish,
} from '../../../domain/network-map.js';
import type { NetworkPerson, SnapshotEntryView } from '../../../shared/network.js';

// What the drawing, the list and the comparison need of the map, apart from React so that it can be tested.

/** A person as the drawing shows them: the live map and a snapshot both give this. */
export interface DrawnPerson {
  id: string;
  name: string;
  formality: Formality;
  ring: Ring;
  lifeArea: LifeArea;
  wish: Wish;
  /** Nominated for or in the group (a membership that has not ended). */
  inGroup: boolean;
}

const endedStatuses: readonly MemberStatus[] = ['declined', 'left'];

/** True while a membership is under way or active; a declined or ended one may be followed by a new nomination. */
export function isLiveMembership(membership: NetworkPerson['membership']): boolean {
  return membership !== null && !endedStatuses.includes(membership.status);
}

export function drawnFromPerson(person: NetworkPerson): DrawnPerson {
  const { id, name, formality, ring, lifeArea, wish } = person;
  return { id, name, formality, ring, lifeArea, wish, inGroup: isLiveMembership(person.membership) };
}

export function drawnFromEntry(entry: SnapshotEntryView): DrawnPerson {
  const { personId, name, formality, ring, lifeArea, wish } = entry;
  return { id: personId, name, formality, ring, lifeArea, wish, inGroup: false };
}

/** The current map as a snapshot would keep it, to compare a saved snapshot with today. */
export function entriesFromPeople(people: readonly NetworkPerson[]): SnapshotEntry[] {
  return people.map(({ id, name, ring, lifeArea, wish }) => ({ personId: id, name, ring, lifeArea, wish }));
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * People in the order of their names. The list keeps this order when someone moves, so that the
 * button that was pressed stays where it was (and keeps focus).
 */
export function sortedByName<T extends { id: string; name: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type Position = { ring: Ring; lifeArea: LifeArea };

/**
 * What an arrow key does to a person on the drawing: up is closer to the client, down further away,
 * right the next life area clockwise and left the previous one. `edge` when the key cannot move them
 * (already in the inner or outer ring); null for a key that is no move.
 */
export function moveForKey(key: string, from: Position): Position | 'edge' | null {
  let to: Position;
  if (key === 'ArrowUp') to = { ...from, ring: moveCloser(from.ring) };
  else if (key === 'ArrowDown') to = { ...from, ring: moveFurther(from.ring) };
  else if (key === 'ArrowRight') to = { ...from, lifeArea: nextSector(from.lifeArea) };
  else if (key === 'ArrowLeft') to = { ...from, lifeArea: previousSector(from.lifeArea) };
  else return null;
  return to.ring === from.ring && to.lifeArea === from.lifeArea ? 'edge' : to;
}

export const samePosition = (a: Position, b: Position): boolean => a.ring === b.ring && a.lifeArea === b.lifeArea;

const fixed = (value: number) => Math.round(value * 10) / 10;

/** The outline of one cell (a ring's band within a life area's sector), to light it up as a drop target. */
export function cellPath(ring: Ring, lifeArea: LifeArea): string {
  const { inner, outer } = ringBands[ring];
  const { from, to } = sectorAngles[lifeArea];
  const p = (angle: number, radius: number) => {
    const point = pointOnMap(angle, radius);
    return `${fixed(point.x)} ${fixed(point.y)}`;
  };
  // Arcs of a quarter circle: never the large-arc flag. Sweep 1 is clockwise on screen.
  return [
    `M ${p(from, inner)}`,
    `L ${p(from, outer)}`,
    `A ${outer} ${outer} 0 0 1 ${p(to, outer)}`,
    `L ${p(to, inner)}`,
    `A ${inner} ${inner} 0 0 0 ${p(from, inner)}`,
    'Z',
  ].join(' ');
}

/** Where to write a life area's name: in the corner of the drawing outside its sector. */
export function sectorLabelAnchor(lifeArea: LifeArea): { x: number; y: number; anchor: 'start' | 'end' } {
  const { from, to } = sectorAngles[lifeArea];
  const middle = (from + to) / 2;
  const left = middle > 180;
  const top = middle < 90 || middle > 270;
  return { x: left ? 16 : 2 * mapCentre.x - 16, y: top ? 40 : 2 * mapCentre.y - 20, anchor: left ? 'start' : 'end' };
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** A name short enough to stay near its dot; the full name is in the accessible name and the list. */
export function shortName(name: string, max = 14): string {
  // By what a reader sees as one letter, so that an accent or an emoji is never cut in half.
  const letters = Array.from(graphemes.segment(name.trim()), (part) => part.segment);
  return letters.length <= max
    ? letters.join('')
    : `${letters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The first word of the client's name, for their disc in the centre. */
export function firstName(name: string): string {
  return shortName(name.trim().split(/\s+/)[0] ?? name, 9);
}

/** The later of two snapshots second, whichever order they were chosen in. */
export function inTimeOrder<T extends { takenAt: string }>(a: T, b: T): [T, T] {
  return a.takenAt <= b.takenAt ? [a, b] : [b, a];
}

/** "netwerkkaart-joep-bakker-2026-03-31.png": the client's name without accents or spaces, and the date. */
export function imageFileName(prefix: string, clientName: string, date: Date, extension: 'png' | 'svg'): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return [slug(prefix), slug(clientName), day].filter((part) => part !== '').join('-') + `.${extension}`;
}
