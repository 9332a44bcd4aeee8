import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellAt, type Point } from '../../../domain/network-map.js';
import type { NetworkMap, NetworkPerson } from '../../../shared/network.js';
import { DownloadMap } from './DownloadMap.js';
import { useMapFeedback } from './feedback.js';
import { MapDrawing } from './MapDrawing.js';
import { MapLegend } from './MapLegend.js';
import { drawnFromPerson, moveForKey, sortedByName, type DrawnPerson } from './map-model.js';
import type { PersonInteraction } from './MapPerson.js';
import { useDrag } from './use-drag.js';
import { useMove } from './use-move.js';
import { edgeSentence, personDescription } from './words.js';

interface DrawingViewProps {
  clientId: string;
  map: NetworkMap;
  /** Enter on a person, or a tap: their card in the list, with all details and buttons. */
  onShowInList: (personId: string) => void;
}

/** The drawing tab: how to move people, the drawing, its legend and the download. */
export function DrawingView({ clientId, map, onShowInList }: DrawingViewProps) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const feedback = useMapFeedback();
  const move = useMove(clientId);
  const people = sortedByName(map.people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const editable = map.abilities.edit;
  const instructionsId = 'network-drawing-instructions';

  const onDrop = (id: string, point: Point) => {
    const person = byId.get(id);
    if (person) move(person, cellAt(point));
  };
  const { drag, handlersFor } = useDrag(svgRef, onDrop, onShowInList);

  const onKeyDown = (person: NetworkPerson) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onShowInList(person.id);
      return;
    }
    const to = moveForKey(event.key, person);
    if (to === null || event.altKey || event.ctrlKey || event.metaKey) return;
    // The arrows move the person, not the page.
    event.preventDefault();
    if (to === 'edge') feedback.say(edgeSentence(t, person, event.key === 'ArrowUp' ? 'closer' : 'further'));
    else move(person, to);
  };

  const interactionFor = (drawn: DrawnPerson): PersonInteraction => {
    const person = byId.get(drawn.id);
    if (!person) throw new Error('A drawn person is not on the map');
    return {
      label: personDescription(t, person),
      describedBy: instructionsId,
      onKeyDown: onKeyDown(person),
      ...handlersFor(drawn.id),
    };
  };

  return (
    <>
      <h2>{t('network.drawing.title')}</h2>
      {editable && (
        <div className="map-instructions">
          <h3 className="map-instructions__title">{t('network.drawing.instructionsTitle')}</h3>
          <p>{t('network.drawing.instructionsPointer')}</p>
          {/* Also the description of every person on the drawing: what their arrow keys do. */}
          <p id={instructionsId}>{t('network.drawing.instructionsKeys')}</p>
        </div>
      )}
      {people.length === 0 && <p>{t(editable ? 'network.page.emptyEdit' : 'network.page.empty')}</p>}
      <div className="map-frame">
        <MapDrawing
          svgRef={svgRef}
          clientName={map.client.name}
          people={people.map(drawnFromPerson)}
          label={
            editable
              ? t('network.drawing.label', { name: map.client.name })
              : t('network.drawing.imageLabel', { name: map.client.name, count: people.length })
          }
          drag={drag}
          dropTarget={drag ? cellAt(drag.point) : null}
          {...(editable && people.length > 0 ? { interactionFor } : {})}
        />
      </div>
      <MapLegend clientName={map.client.name} listRef={legendRef} />
      <DownloadMap svgRef={svgRef} legendRef={legendRef} clientName={map.client.name} />
    </>
  );
}
