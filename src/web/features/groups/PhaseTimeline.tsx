import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/groups.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTickItem } from './api.js';
import { placeIds } from './NextStep.js';
import { Notice, useNotice } from '../../components/notice.js';
import { asPhase, itemLabel, phaseHeading } from './words.js';

type Phase = Group['phases'][number];
type Item = Phase['checklist'][number];

/**
 * The six phases as a timeline (an ordered list). The current phase is marked for screen readers
 * (aria-current="step") and on screen by a filled marker, a framed list and the words "Nu bezig"; a done phase has a
 * tick and the word "Afgerond", never colour alone. The current phase's checklist is open, the others
 * are a press away. Relatives see the phases, not the lists.
 */
export function PhaseTimeline({ group, isRelative }: { group: Group; isRelative: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const tick = useTickItem(group.client.id);
  const { message: noticeMessage, announce, clear: clearNotice } = useNotice();

  const setItem = (item: Item, done: boolean) => {
    clearNotice();
    tick.reset();
    tick.mutate(
      { itemId: item.id, done },
      {
        onSuccess: () =>
          announce(t(done ? 'groups.checklist.ticked' : 'groups.checklist.unticked', { item: itemLabel(t, item.id) }), false),
      },
    );
  };
  // The box moves at once; the server's answer then decides (a failure puts it back).
  const shownDone = (item: Item) => (tick.isPending && tick.variables.itemId === item.id ? tick.variables.done : item.done);

  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('groups.phases.title')}</h2>
      <p>{isRelative ? t('groups.phases.introRelative') : t('groups.phases.intro')}</p>
      {/* Focus stays on the box that was ticked; the message is said, not focused. */}
      <Notice message={noticeMessage} />
      {tick.isError && <ProblemAlert error={tick.error} />}
      <ol className="group-phases">
        {group.phases.map((phase) => (
          <li
            key={phase.number}
            className={`group-phase group-phase--${phase.state}`}
            aria-current={phase.state === 'current' ? 'step' : undefined}
          >
            <h3 id={placeIds.phase(phase.number)} tabIndex={-1} className="group-phase__title">
              <span aria-hidden="true" className="group-phase__marker">
                {phase.state === 'done' ? '✓' : phase.number}
              </span>
              {phaseHeading(t, asPhase(phase.number))}
            </h3>
            <p className="group-phase__state">
              <strong>{t(`groups.phases.state.${phase.state}`)}</strong>
              {!isRelative &&
                ` · ${t('groups.phases.progress', { done: phase.checklist.filter((i) => i.done).length, total: phase.checklist.length })}`}
            </p>
            <p className="group-phase__about">{t(`groups.phases.about.${phase.code}`)}</p>
            {!isRelative &&
              (phase.state === 'current' ? (
                <Checklist phase={phase} canTick={group.abilities.tick} shownDone={shownDone} onChange={setItem} />
              ) : (
                <details className="group-phase__more">
                  <summary>{t('groups.phases.showChecklist', { number: phase.number })}</summary>
                  <Checklist phase={phase} canTick={group.abilities.tick} shownDone={shownDone} onChange={setItem} />
                </details>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface ChecklistProps {
  phase: Phase;
  canTick: boolean;
  shownDone: (item: Item) => boolean;
  onChange: (item: Item, done: boolean) => void;
}

/** A phase's list: boxes to tick where Regie cannot see it happen, the state in words where it can. */
function Checklist({ phase, canTick, shownDone, onChange }: ChecklistProps) {
  const { t } = useTranslation();
  return (
    <ul className="group-checklist">
      {phase.checklist.map((item) => {
        const label = itemLabel(t, item.id);
        const done = shownDone(item);
        if (item.mode === 'manual' && canTick) {
          return (
            <li key={item.id} className="group-checklist__item">
              <label className="choice-field__option">
                <input
                  type="checkbox"
                  className="choice-field__input"
                  checked={done}
                  onChange={(event) => onChange(item, event.currentTarget.checked)}
                />
                <span>{label}</span>
              </label>
            </li>
          );
        }
        return (
          <li key={item.id} className={`group-checklist__item group-checklist__item--${done ? 'done' : 'open'}`}>
            <span aria-hidden="true" className="group-checklist__marker">
              {done ? '✓' : '○'}
            </span>
            <span>
              {label}{' '}
              <span className="group-checklist__state">
                {t(done ? 'groups.checklist.done' : 'groups.checklist.open')}.
                {item.mode === 'automatic' && ` ${t('groups.checklist.automatic')}`}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
