import { describe, expect, it } from 'vitest';
import { cellAt, pointOnMap, sectorAngles, ringBands, lifeAreas, rings } from '../../../domain/network-map.js';
import type { NetworkPerson } from '../../../shared/network.js';
import {
  cellPath,
  drawnFromPerson,
  firstName,
  imageFileName,
  inTimeOrder,
  isLiveMembership,
  moveForKey,
  sectorLabelAnchor,
  shortName,
  sortedByName,
} from './map-model.js';

const person = (overrides: Partial<NetworkPerson> = {}): NetworkPerson => ({
  id: 'p1',
  name: 'Mirjam',
  relation: 'sibling',
  formality: 'informal',
  lifeArea: 'family',
  ring: 'middle',
  wish: 'closer',
  email: null,
  phone: null,
  notes: null,
  membership: null,
  ...overrides,
});

describe('isLiveMembership', () => {
  it('counts a membership under way or active, not one that ended or none', () => {
    expect(isLiveMembership(null)).toBe(false);
    for (const status of ['nominated', 'approached', 'conversation_held', 'active'] as const)
      expect(isLiveMembership({ memberId: 'm', status })).toBe(true);
    for (const status of ['declined', 'left'] as const) expect(isLiveMembership({ memberId: 'm', status })).toBe(false);
  });

  it('marks a nominated person as in the group on the drawing', () => {
    expect(drawnFromPerson(person({ membership: { memberId: 'm', status: 'nominated' } })).inGroup).toBe(true);
    expect(drawnFromPerson(person({ membership: { memberId: 'm', status: 'left' } })).inGroup).toBe(false);
  });
});

describe('moveForKey', () => {
  it('moves up closer, down further, right clockwise and left anticlockwise', () => {
    const from = { ring: 'middle', lifeArea: 'family' } as const;
    expect(moveForKey('ArrowUp', from)).toEqual({ ring: 'inner', lifeArea: 'family' });
    expect(moveForKey('ArrowDown', from)).toEqual({ ring: 'outer', lifeArea: 'family' });
    expect(moveForKey('ArrowRight', from)).toEqual({ ring: 'middle', lifeArea: 'friends_neighbours' });
    expect(moveForKey('ArrowLeft', from)).toEqual({ ring: 'middle', lifeArea: 'professional_care' });
  });

  it('says edge at the inner and outer ring, and ignores other keys', () => {
    expect(moveForKey('ArrowUp', { ring: 'inner', lifeArea: 'family' })).toBe('edge');
    expect(moveForKey('ArrowDown', { ring: 'outer', lifeArea: 'family' })).toBe('edge');
    expect(moveForKey('Enter', { ring: 'inner', lifeArea: 'family' })).toBeNull();
    expect(moveForKey('a', { ring: 'inner', lifeArea: 'family' })).toBeNull();
  });
});

describe('cellPath', () => {
  it('outlines the cell whose corners cellAt places in that ring and life area', () => {
    for (const ring of rings)
      for (const lifeArea of lifeAreas) {
        const numbers = [...cellPath(ring, lifeArea).matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
        expect(numbers.length).toBeGreaterThan(8);
        // The path's start is the sector's first edge on the ring's inner circle.
        const start = pointOnMap(sectorAngles[lifeArea].from, ringBands[ring].inner);
        expect(numbers[0]).toBeCloseTo(start.x, 0);
        expect(numbers[1]).toBeCloseTo(start.y, 0);
        const middle = pointOnMap(
          (sectorAngles[lifeArea].from + sectorAngles[lifeArea].to) / 2,
          (ringBands[ring].inner + ringBands[ring].outer) / 2,
        );
        expect(cellAt(middle)).toEqual({ ring, lifeArea });
      }
  });
});

describe('sectorLabelAnchor', () => {
  it('writes each life area in its own corner', () => {
    const corners = lifeAreas.map((area) => {
      const { x, y } = sectorLabelAnchor(area);
      return cellAt({ x, y }).lifeArea;
    });
    expect(corners).toEqual([...lifeAreas]);
  });
});

describe('names', () => {
  it('shortens long names for the drawing only', () => {
    expect(shortName('Mirjam')).toBe('Mirjam');
    expect(shortName('Buurvrouw Annemarie van der Berg')).toBe('Buurvrouw Ann…');
    expect(shortName('Buurvrouw Annemarie van der Berg')).toHaveLength(14);
    expect(shortName('Zoë 👩‍👩‍👧 van den Heuvel', 6)).toBe('Zoë 👩‍👩‍👧…');
    expect(firstName('Joep Bakker')).toBe('Joep');
  });

  it('sorts by name as a Dutch reader expects, regardless of case and accents', () => {
    const sorted = sortedByName([
      { id: '3', name: 'Özlem' },
      { id: '1', name: 'de Vries' },
      { id: '2', name: 'Anna' },
      { id: '4', name: 'Zoë' },
    ]);
    expect(sorted.map((p) => p.name)).toEqual(['Anna', 'de Vries', 'Özlem', 'Zoë']);
  });
});

describe('inTimeOrder', () => {
  it('puts the earlier snapshot first whichever was chosen first', () => {
    const a = { id: 'a', takenAt: '2026-03-01T10:00:00.000Z' };
    const b = { id: 'b', takenAt: '2026-01-01T10:00:00.000Z' };
    expect(inTimeOrder(a, b)).toEqual([b, a]);
    expect(inTimeOrder(b, a)).toEqual([b, a]);
  });
});

describe('imageFileName', () => {
  it('names the file after the client and the day in the Netherlands, without accents or spaces', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam.
    expect(imageFileName('Netwerkkaart', 'Joëlle de Bruijn', new Date('2026-03-31T23:30:00Z'), 'png')).toBe(
      'netwerkkaart-joelle-de-bruijn-2026-04-01.png',
    );
    expect(imageFileName('Network map', '  ', new Date('2026-03-31T10:00:00Z'), 'svg')).toBe('network-map-2026-03-31.svg');
  });
});
