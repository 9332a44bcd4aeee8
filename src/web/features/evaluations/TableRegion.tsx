import { useId, type ReactNode } from 'react';

/**
 * A table in a region of its own that scrolls sideways when the table is wider than a phone, so that
 * the page does not. The region is named by the table's caption and can be reached and scrolled with
 * the keyboard.
 */
export function TableRegion({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="evaluation-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
