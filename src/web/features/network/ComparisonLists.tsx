import { useTranslation } from 'react-i18next';
import type { LifeArea, Ring, SnapshotComparison, Wish } from '../../../domain/network-map.js';

const order = ['came', 'went', 'movedCloser', 'movedFurther', 'changedLifeArea', 'changedWish'] as const;

/** What changed between two maps, in words: who came, who went, who moved, whose wish changed. */
export function ComparisonLists({ comparison }: { comparison: SnapshotComparison }) {
  const { t } = useTranslation();
  const ring = (r: Ring) => t(`network.rings.${r}`);
  const area = (a: LifeArea) => t(`network.areasInSentence.${a}`);
  const wish = (w: Wish) => t(`network.wishes.${w}`);

  const lines: Record<(typeof order)[number], string[]> = {
    came: comparison.came.map((e) =>
      t('network.compare.personItem', { name: e.name, ring: ring(e.ring), area: area(e.lifeArea) }),
    ),
    went: comparison.went.map((e) =>
      t('network.compare.personItem', { name: e.name, ring: ring(e.ring), area: area(e.lifeArea) }),
    ),
    movedCloser: comparison.movedCloser.map((c) =>
      t('network.compare.ringChange', { name: c.name, from: ring(c.from), to: ring(c.to) }),
    ),
    movedFurther: comparison.movedFurther.map((c) =>
      t('network.compare.ringChange', { name: c.name, from: ring(c.from), to: ring(c.to) }),
    ),
    changedLifeArea: comparison.changedLifeArea.map((c) =>
      t('network.compare.areaChange', { name: c.name, from: area(c.from), to: area(c.to) }),
    ),
    changedWish: comparison.changedWish.map((c) =>
      t('network.compare.wishChange', { name: c.name, from: wish(c.from), to: wish(c.to) }),
    ),
  };
  const nothing = order.every((key) => lines[key].length === 0);

  return (
    <section aria-labelledby="network-changes-title" className="snapshot-changes">
      <h4 id="network-changes-title">{t('network.compare.title')}</h4>
      {nothing ? (
        <p>{t('network.compare.nothing')}</p>
      ) : (
        order.map((key) => (
          <div key={key} className="snapshot-changes__group">
            <h5 className="snapshot-changes__title">{t(`network.compare.${key}`)}</h5>
            {lines[key].length === 0 ? (
              <p>{t('network.compare.none')}</p>
            ) : (
              <ul>
                {lines[key].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}
