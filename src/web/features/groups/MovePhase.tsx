import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastPhase } from '../../../domain/phases.js';
import type { Group } from '../../../shared/groups.js';
import { isApiError } from '../../app/http.js';
import { BusyButton } from '../../components/BusyButton.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useGroupState, useMovePhase } from './api.js';
import { placeIds } from './NextStep.js';
import { Notice, useNotice } from '../../components/notice.js';
import { asPhase, phaseName } from './words.js';

/**
 * "Naar fase N" and "Terug naar fase M": a deliberate act of client or coordinator, so each asks once
 * more and says that it is recorded. Forward goes one phase at a time, back to any earlier phase; a
 * refusal from the server (someone else moved it meanwhile) is shown as it comes.
 */
export function MovePhase({ group }: { group: Group }) {
  const { t } = useTranslation();
  const { ref: noticeRef, message: noticeMessage, announce, clear: clearNotice } = useNotice();
  const [target, setTarget] = useState<number | null>(null);
  const current = asPhase(group.phase);
  const earlier = Array.from({ length: current - 1 }, (_, index) => index + 1);

  const choose = (phase: number) => {
    clearNotice();
    setTarget(phase);
  };

  return (
    <section aria-labelledby={placeIds.move} className="section">
      <h2 id={placeIds.move} ref={noticeRef} tabIndex={-1}>
        {t('groups.move.title')}
      </h2>
      <p>{t('groups.move.intro')}</p>
      <Notice message={noticeMessage} />
      {target === null ? (
        <>
          {current < lastPhase && (
            <p>
              <button type="button" className="button button--primary" onClick={() => choose(current + 1)}>
                {t('groups.move.forward', { number: current + 1 })}
              </button>
            </p>
          )}
          {earlier.length > 0 && (
            <details className="group-phase__more">
              <summary>{t('groups.move.backTitle')}</summary>
              <ul className="group-buttons">
                {earlier.map((phase) => (
                  <li key={phase}>
                    <button type="button" className="button button--quiet" onClick={() => choose(phase)}>
                      {t('groups.move.back', { number: phase })}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <ConfirmMove
          group={group}
          target={target}
          onCancel={() => {
            setTarget(null);
            noticeRef.current?.focus();
          }}
          onMoved={(message) => {
            setTarget(null);
            announce(message);
          }}
        />
      )}
    </section>
  );
}

interface ConfirmMoveProps {
  group: Group;
  target: number;
  onCancel: () => void;
  onMoved: (message: string) => void;
}

function ConfirmMove({ group, target, onCancel, onMoved }: ConfirmMoveProps) {
  const { t } = useTranslation();
  const move = useMovePhase(group.client.id);
  const state = useGroupState(group.client.id);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const name = phaseName(t, asPhase(target));
  const question = target > group.phase ? 'groups.move.questionForward' : 'groups.move.questionBack';

  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  const confirm = async () => {
    try {
      const moved = await move.mutateAsync(target);
      onMoved(t('groups.move.done', { number: moved.phase, name: phaseName(t, asPhase(moved.phase)) }));
    } catch (error) {
      // Someone else moved the group meanwhile: show the group as it is now, with the refusal.
      if (isApiError(error) && error.code === 'phase_changed') void state.refetch();
    }
  };

  return (
    <div className="action-panel">
      <p ref={questionRef} tabIndex={-1} className="action-panel__title">
        {t(question, { number: target, name })}
      </p>
      <p>{t('groups.move.recorded')}</p>
      {move.isError && <ProblemAlert error={move.error} />}
      <p className="group-buttons">
        <BusyButton variant="primary" isPending={move.isPending} onPress={() => void confirm()}>
          {t('groups.move.confirm', { number: target })}
        </BusyButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('groups.move.cancel')}
        </button>
      </p>
    </div>
  );
}
