import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clientRadius,
  layout,
  lifeAreas,
  mapCentre,
  mapSize,
  pointOnMap,
  ringBands,
  rings,
  type Point,
} from '../../../domain/network-map.js';
import { cellPath, firstName, sectorLabelAnchor, type DrawnPerson, type Position } from './map-model.js';
import { MapPerson, type PersonInteraction } from './MapPerson.js';
import { fontFamily, palette } from './palette.js';

interface MapDrawingProps {
  clientName: string;
  people: readonly DrawnPerson[];
  /** The drawing's name: what a screen reader says for the whole picture. */
  label: string;
  /** Given when people can be moved: how each person behaves. Without it the drawing is a picture. */
  interactionFor?: (person: DrawnPerson) => PersonInteraction;
  /** The person being dragged and where the pointer is. */
  drag?: { id: string; point: Point } | null;
  dropTarget?: Position | null;
  svgRef?: Ref<SVGSVGElement>;
  className?: string;
}

/**
 * The network map as an SVG: the client in the centre, three rings for closeness, four sectors for
 * the life areas, and the people placed by the domain's layout. Everything it shows is drawn with
 * attributes, so that the SVG on its own (downloaded, or drawn onto a canvas) looks like the screen.
 */
export function MapDrawing({
  clientName,
  people,
  label,
  interactionFor,
  drag = null,
  dropTarget = null,
  svgRef,
  className,
}: MapDrawingProps) {
  const { t } = useTranslation();
  const arrowMarker = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-arrow`;
  const positions = layout(people);
  const interactive = interactionFor !== undefined;

  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${mapSize} ${mapSize}`}
      className={className ?? 'map-drawing'}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      fontFamily={fontFamily}
    >
      <defs>
        <marker
          id={arrowMarker}
          viewBox="0 0 10 10"
          refX={5}
          refY={5}
          markerWidth={4}
          markerHeight={4}
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.arrow} />
        </marker>
      </defs>
      <g aria-hidden="true">
        <rect width={mapSize} height={mapSize} fill={palette.background} />
        {[...rings].reverse().map((ring) => (
          <circle
            key={ring}
            cx={mapCentre.x}
            cy={mapCentre.y}
            r={ringBands[ring].outer}
            fill={palette.ringFill[ring]}
            stroke={palette.line}
            strokeWidth={2}
          />
        ))}
        {[0, 90].map((angle) => {
          const a = pointOnMap(angle, ringBands.outer.outer);
          const b = pointOnMap(angle + 180, ringBands.outer.outer);
          return <line key={angle} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={palette.line} strokeWidth={2} />;
        })}
        {dropTarget && (
          <path
            d={cellPath(dropTarget.ring, dropTarget.lifeArea)}
            fill={palette.dropFill}
            fillOpacity={0.5}
            stroke={palette.focus}
            strokeWidth={3}
            strokeDasharray="10 6"
            data-export="omit"
          />
        )}
        {lifeAreas.map((area) => {
          const anchor = sectorLabelAnchor(area);
          return (
            <text
              key={area}
              x={anchor.x}
              y={anchor.y}
              textAnchor={anchor.anchor}
              fontSize={30}
              fontWeight={700}
              fill={palette.text}
            >
              {t(`network.areas.${area}`)}
            </text>
          );
        })}
        <circle cx={mapCentre.x} cy={mapCentre.y} r={clientRadius} fill={palette.client} />
        <text x={mapCentre.x} y={mapCentre.y + 8} textAnchor="middle" fontSize={24} fontWeight={700} fill={palette.onClient}>
          {firstName(clientName)}
        </text>
      </g>
      {people.map((person) => {
        const at = drag?.id === person.id ? drag.point : positions.get(person.id);
        if (!at) return null;
        const interaction = interactionFor?.(person);
        return (
          <MapPerson
            key={person.id}
            person={person}
            at={at}
            arrowMarker={arrowMarker}
            dragging={drag?.id === person.id}
            {...(interaction ? { interaction } : {})}
          />
        );
      })}
    </svg>
  );
}
