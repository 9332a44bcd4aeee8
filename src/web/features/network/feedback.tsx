import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * What the map says after an action: a move, an added or removed person, a nomination. One polite
 * status for what went well and one alert for what did not, shared by the drawing, the list and the
 * forms, so that a screen reader hears each outcome once, wherever it was done.
 */
export interface MapFeedback {
  say: (message: string) => void;
  fail: (message: string) => void;
}

const noFeedback: MapFeedback = { say: () => undefined, fail: () => undefined };
const MapFeedbackContext = createContext<MapFeedback>(noFeedback);

export const useMapFeedback = (): MapFeedback => useContext(MapFeedbackContext);

interface Said {
  message: string;
  error: boolean;
  // Counts what was said, so that the same sentence twice in a row is still a change (and read out).
  count: number;
}

export function useMapFeedbackState() {
  const [said, setSaid] = useState<Said>({ message: '', error: false, count: 0 });
  const say = useCallback((message: string) => setSaid((s) => ({ message, error: false, count: s.count + 1 })), []);
  const fail = useCallback((message: string) => setSaid((s) => ({ message, error: true, count: s.count + 1 })), []);
  const feedback = useMemo<MapFeedback>(() => ({ say, fail }), [say, fail]);
  return { said, feedback };
}

export function MapFeedbackProvider({ feedback, children }: { feedback: MapFeedback; children: ReactNode }) {
  return <MapFeedbackContext value={feedback}>{children}</MapFeedbackContext>;
}

/** The two regions, always in the page so that what fills them is announced; shown only when filled. */
export function MapMessages({ said }: { said: Said }) {
  const text = `${said.message}${said.count % 2 === 1 ? '\u00a0' : ''}`;
  return (
    <div className="network-messages">
      <p role="status" className={!said.error && said.message !== '' ? 'form-status form-status--success' : 'form-status'}>
        {said.error ? '' : text}
      </p>
      <div role="alert" className={said.error ? 'alert alert--error' : 'form-status'}>
        {said.error ? <p>{text}</p> : null}
      </div>
    </div>
  );
}
