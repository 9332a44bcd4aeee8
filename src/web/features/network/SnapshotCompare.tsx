import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSnapshots, type SnapshotEntry } from '../../../domain/network-map.js';
import type { NetworkMap, SnapshotSummary } from '../../../shared/network.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useSnapshot } from './api.js';
import { ComparisonLists } from './ComparisonLists.js';
import { MapDrawing } from './MapDrawing.js';
import { drawnFromEntry, drawnFromPerson, entriesFromPeople, inTimeOrder, type DrawnPerson } from './map-model.js';
import { useSnapshotName } from './Snapshots.js';

const now = 'now';

/** One side of the comparison, whether a saved snapshot or the map as it is now. */
interface Side {
  takenAt: string;
  title: string;
  drawn: DrawnPerson[];
  entries: SnapshotEntry[];
}

interface SnapshotCompareProps {
  clientId: string;
  map: NetworkMap;
  snapshots: readonly SnapshotSummary[];
}

/** Two maps side by side, small, and what changed between them in words. */
export function SnapshotCompare({ clientId, map, snapshots }: SnapshotCompareProps) {
  const { t } = useTranslation();
  const snapshotName = useSnapshotName();
  const oldest = [...snapshots].sort((a, b) => (a.takenAt < b.takenAt ? -1 : 1))[0];
  // At first: the oldest saved map against the map now, which is what "how did it grow" asks.
  const [first, setFirst] = useState(oldest?.id ?? now);
  const [second, setSecond] = useState(now);
  const firstSnapshot = useSnapshot(clientId, first === now ? null : first);
  const secondSnapshot = useSnapshot(clientId, second === now ? null : second);
  const firstId = useId();
  const secondId = useId();

  const current: Side = {
    takenAt: new Date().toISOString(),
    title: t('network.snapshots.now'),
    // Snapshots keep no memberships: without the stars on both sides, the two drawings compare like with like.
    drawn: map.people.map((person) => ({ ...drawnFromPerson(person), inGroup: false })),
    entries: entriesFromPeople(map.people),
  };
  const side = (choice: string, query: typeof firstSnapshot): Side | null => {
    if (choice === now) return current;
    if (!query.data) return null;
    return {
      takenAt: query.data.takenAt,
      title: snapshotName(query.data),
      drawn: query.data.entries.map(drawnFromEntry),
      entries: query.data.entries.map(({ personId, name, ring, lifeArea, wish }) => ({ personId, name, ring, lifeArea, wish })),
    };
  };
  const a = side(first, firstSnapshot);
  const b = side(second, secondSnapshot);
  const pending = (first !== now && firstSnapshot.isPending) || (second !== now && secondSnapshot.isPending);
  const error = firstSnapshot.error ?? secondSnapshot.error;

  const choices = [
    { id: now, label: t('network.snapshots.now') },
    ...snapshots.map((s) => ({ id: s.id, label: snapshotName(s) })),
  ];
  const picker = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="network-compare-title" className="snapshot-compare">
      <h3 id="network-compare-title">{t('network.snapshots.compareTitle')}</h3>
      <p>{t('network.snapshots.compareIntro')}</p>
      <div className="snapshot-pickers">
        {picker(firstId, t('network.snapshots.first'), first, setFirst)}
        {picker(secondId, t('network.snapshots.second'), second, setSecond)}
      </div>
      {first === second ? (
        <p role="status" className="snapshot-note">
          {t('network.snapshots.sameTwice')}
        </p>
      ) : error ? (
        <ProblemAlert error={error} />
      ) : pending || !a || !b ? (
        <Loading />
      ) : (
        <Comparison sides={inTimeOrder(a, b)} clientName={map.client.name} />
      )}
    </section>
  );
}

function Comparison({ sides: [earlier, later], clientName }: { sides: [Side, Side]; clientName: string }) {
  const { t } = useTranslation();
  const figure = (side: Side, caption: string) => (
    <figure className="snapshot-figure">
      <MapDrawing
        clientName={clientName}
        people={side.drawn}
        label={`${caption}. ${t('network.drawing.imageLabel', { name: clientName, count: side.drawn.length })}`}
        className="map-drawing map-drawing--small"
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
  return (
    <>
      <div className="snapshot-pair">
        {figure(earlier, t('network.compare.from', { when: earlier.title }))}
        {figure(later, t('network.compare.to', { when: later.title }))}
      </div>
      <ComparisonLists comparison={compareSnapshots(earlier.entries, later.entries)} />
    </>
  );
}
