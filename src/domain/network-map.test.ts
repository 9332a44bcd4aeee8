import { describe, expect, it } from 'vitest';
import {
  cellAt,
  clientRadius,
  compareSnapshots,
  countsByLifeArea,
  countsByRing,
  defaultsForRelation,
  informalShare,
  layout,
  lifeAreas,
  mapCentre,
  mapSize,
  moveCloser,
  moveFurther,
  nextSector,
  polarOf,
  previousSector,
  relations,
  ringBands,
  rings,
  sectorAngles,
  wishArrow,
  type LifeArea,
  type Placeable,
  type Point,
  type Ring,
  type SnapshotEntry,
} from './network-map.js';

const crowd = (count: number, ring: Ring, lifeArea: LifeArea): Placeable[] =>
  Array.from({ length: count }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, ring, lifeArea }));

function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function closestPair(points: Point[]): number {
  let smallest = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) smallest = Math.min(smallest, distance(defined(points[i]), defined(points[j])));
  return smallest;
}

describe('vocabulary', () => {
  it('gives family relations a family place, professionals a formal care place', () => {
    expect(defaultsForRelation('sibling')).toEqual({ lifeArea: 'family', formality: 'informal' });
    expect(defaultsForRelation('neighbour')).toEqual({ lifeArea: 'friends_neighbours', formality: 'informal' });
    expect(defaultsForRelation('colleague')).toEqual({ lifeArea: 'work_school_leisure', formality: 'informal' });
    expect(defaultsForRelation('gp')).toEqual({ lifeArea: 'professional_care', formality: 'formal' });
  });

  it('puts every formal default in professional care and no informal one there', () => {
    for (const relation of relations) {
      const { lifeArea, formality } = defaultsForRelation(relation);
      expect(lifeArea === 'professional_care', relation).toBe(formality === 'formal');
    }
  });
});

describe('geometry', () => {
  it('has ring bands that touch, fit in the map and leave room for the client', () => {
    expect(ringBands.inner.inner).toBeGreaterThan(clientRadius);
    expect(ringBands.middle.inner).toBe(ringBands.inner.outer);
    expect(ringBands.outer.inner).toBe(ringBands.middle.outer);
    expect(ringBands.outer.outer).toBeLessThanOrEqual(mapSize / 2);
  });

  it('has four sectors that cover the circle once, in the order of the life areas', () => {
    const ranges = lifeAreas.map((area) => sectorAngles[area]);
    for (const range of ranges) expect(range.to - range.from).toBe(90);
    for (let i = 1; i < ranges.length; i++) expect(defined(ranges[i]).from).toBe(defined(ranges[i - 1]).to % 360);
  });

  it('finds the cell under a point, and clamps drops on the client or beyond the rings', () => {
    expect(cellAt({ x: 300, y: 400 })).toEqual({ ring: 'middle', lifeArea: 'family' });
    expect(cellAt({ x: 560, y: 400 })).toEqual({ ring: 'inner', lifeArea: 'friends_neighbours' });
    expect(cellAt({ x: 900, y: 800 })).toEqual({ ring: 'outer', lifeArea: 'work_school_leisure' });
    expect(cellAt({ x: 0, y: 1000 })).toEqual({ ring: 'outer', lifeArea: 'professional_care' });
    expect(cellAt({ x: 495, y: 505 })).toEqual({ ring: 'inner', lifeArea: 'professional_care' });
  });
});

describe('layout', () => {
  it('keeps everyone inside their ring band and sector, however full the cell', () => {
    for (const ring of rings)
      for (const lifeArea of lifeAreas)
        for (let count = 1; count <= 30; count++) {
          const positions = layout(crowd(count, ring, lifeArea));
          expect(positions.size).toBe(count);
          for (const point of positions.values()) {
            const { radius, angle } = polarOf(point);
            const where = `${count} in ${ring}/${lifeArea} at ${point.x},${point.y}`;
            expect(radius, where).toBeGreaterThan(ringBands[ring].inner);
            expect(radius, where).toBeLessThan(ringBands[ring].outer);
            expect(angle, where).toBeGreaterThan(sectorAngles[lifeArea].from);
            expect(angle, where).toBeLessThan(sectorAngles[lifeArea].to);
            expect(cellAt(point)).toEqual({ ring, lifeArea });
          }
        }
  });

  it('never puts two people on the same spot, and keeps room between them while the cell has it', () => {
    for (const ring of rings)
      for (let count = 2; count <= 30; count++) {
        const points = [...layout(crowd(count, ring, 'family')).values()];
        const where = `${count} in ${ring}`;
        expect(closestPair(points), where).toBeGreaterThan(12);
        if (count <= 10) expect(closestPair(points), where).toBeGreaterThanOrEqual(40);
      }
  });

  it('puts one person in the middle of their cell', () => {
    const point = defined(layout([{ id: 'a', ring: 'middle', lifeArea: 'friends_neighbours' }]).get('a'));
    const { radius, angle } = polarOf(point);
    expect(radius).toBeCloseTo((ringBands.middle.inner + ringBands.middle.outer) / 2, 0);
    expect(angle).toBeCloseTo(45, 0);
  });

  it('gives the same map the same picture, whatever order the people come in', () => {
    const people = [
      ...crowd(7, 'inner', 'family'),
      ...crowd(3, 'outer', 'professional_care').map((p) => ({ ...p, id: `q${p.id}` })),
    ];
    const once = layout(people);
    const again = layout([...people].reverse());
    expect([...again.entries()].sort()).toEqual([...once.entries()].sort());
  });

  it('leaves people in other cells where they were when someone is added elsewhere', () => {
    const before = layout(crowd(4, 'inner', 'family'));
    const after = layout([...crowd(4, 'inner', 'family'), { id: 'new', ring: 'outer', lifeArea: 'family' }]);
    for (const [id, point] of before) expect(after.get(id)).toEqual(point);
  });
});

describe('wish arrows', () => {
  const person = { x: 700, y: 300 };
  const radius = polarOf(person).radius;

  it('points towards the client for "closer"', () => {
    const arrow = defined(wishArrow(person, 'closer'));
    expect(polarOf(arrow.from).radius).toBeLessThan(radius);
    expect(polarOf(arrow.to).radius).toBeLessThan(polarOf(arrow.from).radius);
    expect(polarOf(arrow.to).angle).toBeCloseTo(polarOf(person).angle, 1);
  });

  it('points away from the client for "more distance", and stays on the map', () => {
    const arrow = defined(wishArrow(person, 'more_distance'));
    expect(polarOf(arrow.from).radius).toBeGreaterThan(radius);
    expect(polarOf(arrow.to).radius).toBeGreaterThan(polarOf(arrow.from).radius);
    expect(polarOf(arrow.to).angle).toBeCloseTo(polarOf(person).angle, 1);
    for (const point of layout(crowd(30, 'outer', 'work_school_leisure')).values()) {
      const far = defined(wishArrow(point, 'more_distance'));
      expect(polarOf(far.to).radius).toBeLessThan(mapSize / 2);
    }
  });

  it('draws nothing for "keep"', () => {
    expect(wishArrow(person, 'keep')).toBeNull();
  });

  it('never reaches into the client for someone already close', () => {
    for (const point of layout(crowd(30, 'inner', 'family')).values()) {
      const arrow = defined(wishArrow(point, 'closer'));
      expect(polarOf(arrow.to).radius).toBeGreaterThan(clientRadius);
    }
    expect(wishArrow(mapCentre, 'closer')).toBeNull();
  });
});

describe('keyboard moves', () => {
  it('moves one ring at a time and stops at the inner and outer ring', () => {
    expect(moveCloser('outer')).toBe('middle');
    expect(moveCloser('middle')).toBe('inner');
    expect(moveCloser('inner')).toBe('inner');
    expect(moveFurther('inner')).toBe('middle');
    expect(moveFurther('middle')).toBe('outer');
    expect(moveFurther('outer')).toBe('outer');
  });

  it('goes round the sectors in both directions, wrapping', () => {
    expect(nextSector('family')).toBe('friends_neighbours');
    expect(nextSector('professional_care')).toBe('family');
    expect(previousSector('family')).toBe('professional_care');
    expect(previousSector('friends_neighbours')).toBe('family');
    for (const area of lifeAreas) expect(previousSector(nextSector(area))).toBe(area);
  });
});

describe('snapshot comparison', () => {
  const entry = (
    personId: string,
    name: string,
    ring: Ring,
    lifeArea: LifeArea,
    wish: SnapshotEntry['wish'] = 'keep',
  ): SnapshotEntry => ({
    personId,
    name,
    ring,
    lifeArea,
    wish,
  });

  const earlier = [
    entry('1', 'Mama', 'inner', 'family'),
    entry('2', 'Sander', 'outer', 'friends_neighbours', 'closer'),
    entry('3', 'Buurvrouw Ans', 'middle', 'friends_neighbours'),
    entry('4', 'Oom Kees', 'inner', 'family', 'more_distance'),
    entry('5', 'Piet (werk)', 'middle', 'work_school_leisure'),
    entry('6', 'Huisarts', 'outer', 'professional_care'),
    entry('7', 'Zus', 'outer', 'family', 'closer'),
  ];
  const later = [
    entry('1', 'Mama', 'inner', 'family'),
    entry('2', 'Sander', 'middle', 'friends_neighbours', 'keep'),
    entry('4', 'Oom Kees', 'outer', 'family', 'more_distance'),
    entry('5', 'Piet', 'middle', 'friends_neighbours'),
    entry('6', 'Huisarts', 'outer', 'professional_care'),
    entry('7', 'Zus', 'inner', 'family', 'closer'),
    entry('8', 'Ervaringsdeskundige Lotte', 'middle', 'professional_care'),
    entry('9', 'anouk', 'outer', 'work_school_leisure'),
  ];

  it('finds who came, who went and every kind of move, sorted by name', () => {
    const comparison = compareSnapshots(earlier, later);
    expect(comparison.came.map((e) => e.name)).toEqual(['anouk', 'Ervaringsdeskundige Lotte']);
    expect(comparison.went.map((e) => e.name)).toEqual(['Buurvrouw Ans']);
    expect(comparison.movedCloser).toEqual([
      { personId: '2', name: 'Sander', from: 'outer', to: 'middle' },
      { personId: '7', name: 'Zus', from: 'outer', to: 'inner' },
    ]);
    expect(comparison.movedFurther).toEqual([{ personId: '4', name: 'Oom Kees', from: 'inner', to: 'outer' }]);
    expect(comparison.changedLifeArea).toEqual([
      { personId: '5', name: 'Piet', from: 'work_school_leisure', to: 'friends_neighbours' },
    ]);
    expect(comparison.changedWish).toEqual([{ personId: '2', name: 'Sander', from: 'closer', to: 'keep' }]);
  });

  it('finds nothing between a snapshot and itself', () => {
    expect(compareSnapshots(earlier, earlier)).toEqual({
      came: [],
      went: [],
      movedCloser: [],
      movedFurther: [],
      changedLifeArea: [],
      changedWish: [],
    });
  });
});

describe('counts', () => {
  const people = [
    { ring: 'inner', lifeArea: 'family', formality: 'informal' },
    { ring: 'inner', lifeArea: 'family', formality: 'informal' },
    { ring: 'middle', lifeArea: 'friends_neighbours', formality: 'informal' },
    { ring: 'outer', lifeArea: 'professional_care', formality: 'formal' },
  ] as const;

  it('counts per ring and per life area, empty ones as 0', () => {
    expect(countsByRing(people)).toEqual({ inner: 2, middle: 1, outer: 1 });
    expect(countsByLifeArea(people)).toEqual({ family: 2, friends_neighbours: 1, work_school_leisure: 0, professional_care: 1 });
    expect(countsByRing([])).toEqual({ inner: 0, middle: 0, outer: 0 });
  });

  it('gives the informal share, and none for an empty map', () => {
    expect(informalShare(people)).toBe(0.75);
    expect(informalShare([{ formality: 'formal' }])).toBe(0);
    expect(informalShare([])).toBeNull();
  });
});
