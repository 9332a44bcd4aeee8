import type { KeyboardEvent, PointerEvent } from 'react';
import { wishArrow, type Point } from '../../../domain/network-map.js';
import type { DrawnPerson } from './map-model.js';
import { shortName } from './map-model.js';
import { palette, starPath } from './palette.js';

export interface PersonInteraction {
  label: string;
  describedBy: string;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onPointerMove: (event: PointerEvent<SVGGElement>) => void;
  onPointerUp: (event: PointerEvent<SVGGElement>) => void;
  onPointerCancel: () => void;
}

interface MapPersonProps {
  person: DrawnPerson;
  at: Point;
  arrowMarker: string;
  /** Absent on a drawing that is only looked at (a snapshot, or a map shared with a relative). */
  interaction?: PersonInteraction;
  dragging?: boolean;
}

const dotRadius = 15;

/** One person: a circle (informal) or a square (formal), their name, the wish's arrow and a star when in the group. */
export function MapPerson({ person, at, arrowMarker, interaction, dragging = false }: MapPersonProps) {
  const arrow = wishArrow(at, person.wish);
  const colour = palette.person[person.formality];
  const { onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel } = interaction ?? {};
  return (
    <g
      transform={`translate(${at.x} ${at.y})`}
      className={interaction ? `map-person map-person--movable${dragging ? ' map-person--dragging' : ''}` : 'map-person'}
      data-person-id={person.id}
      {...(interaction
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-label': interaction.label,
            'aria-describedby': interaction.describedBy,
            'data-draggable': true,
          }
        : {})}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    >
      {interaction && (
        <>
          {/* A larger target than the dot, for fingers. */}
          <circle r={34} fill="transparent" />
          <g className="map-person__focus" visibility="hidden" data-export="omit">
            <circle r={28} fill="none" stroke={palette.focusHalo} strokeWidth={10} />
            <circle r={28} fill="none" stroke={palette.focus} strokeWidth={4} />
          </g>
        </>
      )}
      {arrow && (
        <line
          x1={arrow.from.x - at.x}
          y1={arrow.from.y - at.y}
          x2={arrow.to.x - at.x}
          y2={arrow.to.y - at.y}
          stroke={palette.arrow}
          strokeWidth={4}
          strokeLinecap="round"
          markerEnd={`url(#${arrowMarker})`}
        />
      )}
      {person.formality === 'informal' ? (
        <circle r={dotRadius} fill={colour} stroke={palette.halo} strokeWidth={2} />
      ) : (
        <rect
          x={-dotRadius + 1}
          y={-dotRadius + 1}
          width={2 * dotRadius - 2}
          height={2 * dotRadius - 2}
          fill={colour}
          stroke={palette.halo}
          strokeWidth={2}
        />
      )}
      {person.inGroup && (
        <path d={starPath(dotRadius + 4, -dotRadius - 4, 13)} fill={palette.star} stroke={palette.halo} strokeWidth={2} />
      )}
      <text
        y={dotRadius + 26}
        textAnchor="middle"
        fontSize={22}
        fontWeight={600}
        fill={palette.text}
        stroke={palette.halo}
        strokeWidth={5}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {shortName(person.name)}
      </text>
    </g>
  );
}
