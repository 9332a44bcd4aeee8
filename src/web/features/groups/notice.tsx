import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * What a section says after an action: the message goes into a status region (screen readers
 * announce it) and focus moves to the section's heading, because the button that was pressed may be
 * gone (a member who joined moves to another list).
 */
export function useNotice<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  const [message, setMessage] = useState('');
  /** Says `text`; with `focus` false, focus stays where it is (a box that was ticked stays in place). */
  const announce = useCallback((text: string, focus = true) => {
    setMessage(text);
    if (focus) ref.current?.focus();
  }, []);
  const clear = useCallback(() => setMessage(''), []);
  return { ref, message, announce, clear };
}

/** The status region a notice is said in; always in the page, so that a new message is announced. */
export function Notice({ message }: { message: string }) {
  return (
    <p role="status" className={message === '' ? 'form-status' : 'form-status form-status--success'}>
      {message}
    </p>
  );
}

interface ActionPanelProps {
  /** The button that opens the panel; its text is its accessible name, so make it say for whom. */
  label: string;
  /** The panel's heading, and the name of its group. */
  title: string;
  level: 3 | 4 | 5;
  /** `close(false)` leaves focus where the caller put it (after a success); `close()` returns it to the button. */
  children: (close: (returnFocus?: boolean) => void) => ReactNode;
}

/** A button that opens a small form in place (a disclosure), with focus moving into it and back. */
export function ActionPanel({ label, title, level, children }: ActionPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Whether closing gives focus back to the button (cancel) or leaves it where the caller put it (success).
  const [giveBack, setGiveBack] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (giveBack) openerRef.current?.focus();
  }, [open, giveBack]);

  const close = (returnFocus = true) => {
    setGiveBack(returnFocus);
    setOpen(false);
  };

  if (!open) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--quiet"
        onClick={() => {
          setGiveBack(false);
          setOpen(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="group-panel">
      <Heading ref={headingRef} id={id} tabIndex={-1} className="group-panel__title">
        {title}
      </Heading>
      {children(close)}
    </div>
  );
}
