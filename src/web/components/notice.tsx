import { useCallback, useRef, useState } from 'react';

/**
 * What a section says after an action: the message goes into a status region (screen readers
 * announce it) and focus moves to the section's heading, because the button that was pressed is
 * often gone (a form closes, a member moves to another list, a goal to the stopped ones).
 */
export function useNotice<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  const [said, setSaid] = useState({ message: '', count: 0 });
  /** Says `text`; with `focus` false, focus stays where it is (a box that was ticked stays in place). */
  const announce = useCallback((text: string, focus = true) => {
    setSaid((before) => ({ message: text, count: before.count + 1 }));
    if (focus) ref.current?.focus();
  }, []);
  const clear = useCallback(() => setSaid((before) => ({ message: '', count: before.count })), []);
  // The same sentence twice in a row is still a change, so that it is read out again.
  const message = said.message === '' ? '' : `${said.message}${said.count % 2 === 1 ? '\u00a0' : ''}`;
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
