import { useCallback, useEffect, useRef, useState } from 'react';
import type { Path, UseFormSetFocus } from 'react-hook-form';
import type { SignalPlanValues } from './signal-plan-form.js';

// What the editor's list buttons (add, remove, move) share: where focus goes once the list has
// changed, and a sentence for screen readers about what changed.

/** A field of the form (focused through the form), or any element by its id (a heading, a button). */
export type FocusTarget = { field: Path<SignalPlanValues> } | { id: string; orId?: string };

export interface RowActions {
  /** Moves focus to `target` after the next render, when the changed list is in the page. */
  focusLater: (target: FocusTarget) => void;
  announce: (message: string) => void;
}

/** Focus after a list changed; the target is rendered by then (the change re-renders the form). */
export function useFocusLater(setFocus: UseFormSetFocus<SignalPlanValues>) {
  const pending = useRef<FocusTarget | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    pending.current = null;
    if ('field' in target) {
      setFocus(target.field);
      return;
    }
    const element =
      document.getElementById(target.id) ?? (target.orId === undefined ? null : document.getElementById(target.orId));
    element?.focus();
  }, [request, setFocus]);
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}

/**
 * A polite status for what a list button did. The same sentence twice in a row is still a change (a
 * no-break space comes and goes), so that it is read out again.
 */
export function useAnnouncer() {
  const [said, setSaid] = useState({ message: '', count: 0 });
  const announce = useCallback((message: string) => setSaid((s) => ({ message, count: s.count + 1 })), []);
  return { message: `${said.message}${said.count % 2 === 1 ? '\u00a0' : ''}`, announce };
}
