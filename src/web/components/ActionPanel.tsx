import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ActionPanelProps {
  /** The button that opens the panel; its text is its accessible name, so make it say for whom. */
  label: string;
  /** Ties the button to what it is about (a goal's heading, say), so that a short label says for what. */
  describedBy?: string;
  /** The panel's heading, and the name of its group. */
  title: string;
  level: 3 | 4 | 5;
  /** A quiet button (an action among others) or a primary one (the thing to do here). */
  variant?: 'quiet' | 'primary';
  /** `close(false)` leaves focus where the caller put it (after a success); `close()` returns it to the button. */
  children: (close: (returnFocus?: boolean) => void) => ReactNode;
}

/** A button that opens a small form in place (a disclosure), with focus moving into it and back. */
export function ActionPanel({ label, describedBy, title, level, variant = 'quiet', children }: ActionPanelProps) {
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
        className={`button button--${variant}`}
        aria-describedby={describedBy}
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
    <div role="group" aria-labelledby={id} className="action-panel">
      <Heading ref={headingRef} id={id} tabIndex={-1} className="action-panel__title">
        {title}
      </Heading>
      {children(close)}
    </div>
  );
}

/** "Stoppen zonder opslaan": closes a panel and gives focus back to the button that opened it. */
export function CancelButton({ label, onCancel }: { label: string; onCancel: () => void }) {
  return (
    <p className="action-panel__cancel">
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {label}
      </button>
    </p>
  );
}
