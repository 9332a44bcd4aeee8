import { useEffect, useState, type PointerEvent, type RefObject } from 'react';
import type { Point } from '../../../domain/network-map.js';

interface Drag {
  id: string;
  pointerId: number;
  start: Point;
  point: Point;
  /** Past a few units: a drag, not a tap. */
  moved: boolean;
}

// In viewBox units (a thousand across): about a finger's wobble on a phone, a few pixels with a mouse.
const dragThreshold = 14;

/**
 * Dragging people on the drawing with a mouse, a pen or a finger (pointer events, captured so that
 * the drag goes on outside the dot). A press without a drag is a tap.
 */
export function useDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  onDrop: (id: string, point: Point) => void,
  onTap: (id: string) => void,
) {
  const [drag, setDrag] = useState<Drag | null>(null);

  useEffect(() => {
    // CSS touch-action does not reach shapes inside an SVG, so a finger on a person would scroll the
    // page (and cancel the drag). Refusing the touch's start there keeps it a drag; a finger anywhere
    // else on the drawing still scrolls. React's own touch listeners are passive and cannot do this.
    const svg = svgRef.current;
    if (!svg) return;
    const hold = (event: TouchEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-draggable]')) event.preventDefault();
    };
    svg.addEventListener('touchstart', hold, { passive: false });
    return () => svg.removeEventListener('touchstart', hold);
  }, [svgRef]);

  const toMap = (event: PointerEvent): Point | null => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  };

  const handlersFor = (id: string) => ({
    onPointerDown: (event: PointerEvent<SVGGElement>) => {
      if (!event.isPrimary || event.button !== 0) return;
      const point = toMap(event);
      if (!point) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      setDrag({ id, pointerId: event.pointerId, start: point, point, moved: false });
    },
    onPointerMove: (event: PointerEvent<SVGGElement>) => {
      if (drag?.pointerId !== event.pointerId) return;
      const point = toMap(event);
      if (!point) return;
      const moved = drag.moved || Math.hypot(point.x - drag.start.x, point.y - drag.start.y) > dragThreshold;
      setDrag({ ...drag, point, moved });
    },
    onPointerUp: (event: PointerEvent<SVGGElement>) => {
      if (drag?.pointerId !== event.pointerId) return;
      setDrag(null);
      if (drag.moved) onDrop(drag.id, toMap(event) ?? drag.point);
      else onTap(drag.id);
    },
    onPointerCancel: () => setDrag(null),
  });

  return { drag: drag?.moved ? { id: drag.id, point: drag.point } : null, handlersFor };
}
