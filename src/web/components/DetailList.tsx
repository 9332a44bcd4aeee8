import type { ReactNode } from 'react';

export interface Detail {
  term: string;
  value: ReactNode;
}

/** Label and value pairs, read as such by screen readers (a description list). */
export function DetailList({ details }: { details: readonly Detail[] }) {
  return (
    <dl className="detail-list">
      {details.map(({ term, value }) => (
        <div key={term} className="detail-list__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
