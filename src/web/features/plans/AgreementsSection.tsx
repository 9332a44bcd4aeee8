import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plans.js';
import { BusyButton } from '../../components/BusyButton.js';
import { DetailList } from '../../components/DetailList.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ChangeAgreementForm, NewAgreementForm } from './AgreementForm.js';
import { useMarkAgreement } from './api.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { Notice, useNotice } from '../../components/notice.js';
import { agreementStatusText, assigneeText, formatDay, type AgreementView, type GoalView } from './words.js';

interface AgreementsSectionProps {
  clientId: string;
  plan: Plan;
  own: boolean;
}

/** The working agreements: who does what by when. Whoever does one marks it done here. */
export function AgreementsSection({ clientId, plan, own }: AgreementsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { ref, message, announce } = useNotice();
  const canEdit = plan.abilities.edit;
  return (
    <section aria-labelledby={titleId} className="section plan-section">
      <h2 ref={ref} id={titleId} tabIndex={-1}>
        {t('plans.agreements.title')}
      </h2>
      <Notice message={message} />
      <p>{t('plans.agreements.intro')}</p>
      {canEdit && (
        <div className="plan-actions plan-actions--add">
          <ActionPanel label={t('plans.agreementForm.add')} title={t('plans.agreementForm.addTitle')} level={3} variant="primary">
            {(close) => (
              <NewAgreementForm
                clientId={clientId}
                plan={plan}
                own={own}
                onCancel={() => close()}
                onSaved={(said) => {
                  close(false);
                  announce(said);
                }}
              />
            )}
          </ActionPanel>
        </div>
      )}
      {plan.agreements.length === 0 ? (
        <p>{t('plans.agreements.none')}</p>
      ) : (
        <AgreementList
          agreements={plan.agreements}
          goals={plan.goals}
          level={3}
          clientName={plan.client.name}
          own={own}
          {...(canEdit ? { edit: { clientId, plan, onMoved: (said: string) => announce(said) } } : {})}
        />
      )}
    </section>
  );
}

const dueOrder = (agreement: AgreementView) => agreement.dueOn ?? '9999-12-31';

interface AgreementListProps {
  agreements: readonly AgreementView[];
  goals: readonly Pick<GoalView, 'id' | 'text'>[];
  level: 3 | 4;
  clientName: string;
  own: boolean;
  edit?: { clientId: string; plan: Plan; onMoved: (message: string) => void };
}

/** Open agreements first (soonest first), then those done; those that no longer go ahead out of the way. */
export function AgreementList({ agreements, goals, level, clientName, own, edit }: AgreementListProps) {
  const { t } = useTranslation();
  const SubHeading = level === 3 ? 'h3' : 'h4';
  const open = agreements.filter((a) => a.status === 'open').sort((a, b) => dueOrder(a).localeCompare(dueOrder(b)));
  const done = agreements.filter((a) => a.status === 'done');
  const cancelled = agreements.filter((a) => a.status === 'cancelled');
  const card = (agreement: AgreementView) => (
    <li key={agreement.id}>
      <AgreementCard
        agreement={agreement}
        goals={goals}
        level={level}
        clientName={clientName}
        own={own}
        {...(edit ? { edit } : {})}
      />
    </li>
  );
  return (
    <>
      {open.length + done.length > 0 && <ul className="agreement-list">{[...open, ...done].map(card)}</ul>}
      {cancelled.length > 0 && (
        <>
          <SubHeading className="goal-list__title">{t('plans.agreements.cancelled')}</SubHeading>
          <details className="goal-stopped">
            <summary>{t('plans.agreements.showCancelled', { number: cancelled.length })}</summary>
            <ul className="agreement-list">{cancelled.map(card)}</ul>
          </details>
        </>
      )}
    </>
  );
}

interface AgreementCardProps {
  agreement: AgreementView;
  goals: readonly Pick<GoalView, 'id' | 'text'>[];
  level: 3 | 4;
  clientName: string;
  own: boolean;
  edit?: { clientId: string; plan: Plan; onMoved: (message: string) => void } | undefined;
}

function AgreementCard({ agreement, goals, level, clientName, own, edit }: AgreementCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { ref, message, announce } = useNotice();
  const Heading = level === 3 ? 'h3' : 'h4';
  const goal = agreement.goalId === null ? undefined : goals.find((candidate) => candidate.id === agreement.goalId);
  const statusMark = agreement.status === 'done' ? '✓' : agreement.status === 'cancelled' ? '–' : '○';

  return (
    <article aria-labelledby={headingId} className={`agreement-card agreement-card--${agreement.status}`}>
      <Heading ref={ref} id={headingId} tabIndex={-1} className="agreement-card__title plan-text">
        {agreement.what}
      </Heading>
      <p className="agreement-card__status">
        <span aria-hidden="true" className="agreement-card__mark">
          {statusMark}
        </span>{' '}
        {t('plans.agreements.statusLine', { status: agreementStatusText(t, agreement.status) })}
      </p>
      <DetailList
        details={[
          { term: t('plans.agreements.who'), value: assigneeText(t, agreement.assignee, clientName, own) },
          {
            term: t('plans.agreements.dueOn'),
            value: agreement.dueOn === null ? t('plans.agreements.noDue') : formatDay(agreement.dueOn, i18n.language),
          },
          ...(goal === undefined ? [] : [{ term: t('plans.agreements.goal'), value: goal.text }]),
        ]}
      />
      <Notice message={message} />
      {(agreement.mine === true || edit) && (
        <div className="plan-actions">
          {agreement.mine === true && agreement.status !== 'cancelled' && (
            <MarkDone agreement={agreement} onMarked={(said) => announce(said, false)} />
          )}
          {edit && (
            <ActionPanel
              label={t('plans.agreementForm.change')}
              describedBy={headingId}
              title={t('plans.agreementForm.changeTitle')}
              level={(level + 1) as 4 | 5}
            >
              {(close) => (
                <ChangeAgreementForm
                  clientId={edit.clientId}
                  plan={edit.plan}
                  agreement={agreement}
                  own={own}
                  onCancel={() => close()}
                  onSaved={(said, saved) => {
                    close(false);
                    // One that no longer goes ahead (or does again) moves to the other list.
                    if ((saved.status === 'cancelled') !== (agreement.status === 'cancelled')) edit.onMoved(said);
                    else announce(said);
                  }}
                />
              )}
            </ActionPanel>
          )}
        </div>
      )}
    </article>
  );
}

/** The person who does an agreement marks it done (or not done after all) with one press. */
function MarkDone({ agreement, onMarked }: { agreement: AgreementView; onMarked: (message: string) => void }) {
  const { t } = useTranslation();
  const mark = useMarkAgreement(agreement.id);
  const done = agreement.status === 'done';
  return (
    <>
      <BusyButton
        variant={done ? 'quiet' : 'primary'}
        isPending={mark.isPending}
        aria-label={
          done
            ? t('plans.agreements.markOpenNamed', { what: agreement.what })
            : t('plans.agreements.markDoneNamed', { what: agreement.what })
        }
        onPress={() =>
          mark.mutate(
            { status: done ? 'open' : 'done' },
            { onSuccess: () => onMarked(done ? t('plans.agreements.markedOpen') : t('plans.agreements.markedDone')) },
          )
        }
      >
        {done ? t('plans.agreements.markOpen') : t('plans.agreements.markDone')}
      </BusyButton>
      {mark.isError && <ProblemAlert error={mark.error} />}
    </>
  );
}
