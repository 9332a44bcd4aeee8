import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { palette, starPath } from './palette.js';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="map-legend__icon" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

// A small client disc on the left, and the wish's arrow towards it or away from it.
const arrow = (x1: number, x2: number) => (
  <>
    <circle cx={5} cy={20} r={5} fill={palette.client} />
    <line x1={x1} y1={20} x2={x2} y2={20} stroke={palette.arrow} strokeWidth={4} strokeLinecap="round" />
    <path
      d={x2 > x1 ? `M ${x2 + 6} 20 L ${x2 - 4} 13 L ${x2 - 4} 27 Z` : `M ${x2 - 6} 20 L ${x2 + 4} 13 L ${x2 + 4} 27 Z`}
      fill={palette.arrow}
    />
  </>
);

/** What the shapes, arrows and marks on the drawing mean, in words beside the same marks. */
export function MapLegend({ clientName, listRef }: { clientName: string; listRef?: Ref<HTMLUListElement> }) {
  const { t } = useTranslation();
  const items: { key: string; icon: ReactNode; text: string }[] = [
    {
      key: 'client',
      icon: <circle cx={20} cy={20} r={16} fill={palette.client} />,
      text: t('network.legend.client', { name: clientName }),
    },
    {
      key: 'rings',
      icon: (
        <>
          <circle cx={20} cy={20} r={18} fill={palette.ringFill.outer} stroke={palette.line} strokeWidth={1.5} />
          <circle cx={20} cy={20} r={12} fill={palette.ringFill.middle} stroke={palette.line} strokeWidth={1.5} />
          <circle cx={20} cy={20} r={6} fill={palette.ringFill.inner} stroke={palette.line} strokeWidth={1.5} />
        </>
      ),
      text: t('network.legend.rings'),
    },
    {
      key: 'informal',
      icon: <circle cx={20} cy={20} r={12} fill={palette.person.informal} />,
      text: t('network.legend.informal'),
    },
    {
      key: 'formal',
      icon: <rect x={8} y={8} width={24} height={24} fill={palette.person.formal} />,
      text: t('network.legend.formal'),
    },
    { key: 'closer', icon: arrow(36, 18), text: t('network.legend.closer') },
    { key: 'further', icon: arrow(14, 30), text: t('network.legend.further') },
    { key: 'keep', icon: <circle cx={20} cy={20} r={5} fill={palette.line} />, text: t('network.legend.keep') },
    { key: 'group', icon: <path d={starPath(20, 21, 16)} fill={palette.star} />, text: t('network.legend.group') },
  ];
  return (
    <section className="map-legend" aria-labelledby="network-legend-title">
      <h3 id="network-legend-title" className="map-legend__title">
        {t('network.legend.title')}
      </h3>
      <ul ref={listRef} className="map-legend__list">
        {items.map((item) => (
          <li key={item.key} className="map-legend__item" data-legend-item>
            <Icon>{item.icon}</Icon>
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
