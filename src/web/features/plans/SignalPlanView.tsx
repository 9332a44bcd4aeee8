import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalPlanContent } from '../../../shared/plans.js';
import { boxLabels, isEmptyPhase, phaseLevel, phaseName, phaseOrder, telHref, type SignalPhase } from './signal-words.js';

interface SignalPlanViewProps {
  plan: SignalPlanContent;
  clientName: string;
  /** True for the client reading their own plan (it speaks as "I"). */
  own: boolean;
}

/**
 * The signalling plan to read, perhaps in a crisis on a small phone: whom to call first, large; then
 * the phases from stable to crisis; then what helps and what does not.
 */
export function SignalPlanView({ plan, clientName, own }: SignalPlanViewProps) {
  return (
    <>
      <CrisisContacts contacts={plan.crisisContacts} />
      <Phases phases={plan.phases} clientName={clientName} own={own} />
      <HelpsSection helps={plan.helps} doesNotHelp={plan.doesNotHelp} />
    </>
  );
}

function CrisisContacts({ contacts }: { contacts: SignalPlanContent['crisisContacts'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="signal-contacts">
      <h2 id={titleId} className="signal-contacts__title">
        {t('signalPlan.contacts.title')}
      </h2>
      {contacts.length === 0 && <p>{t('signalPlan.contacts.none')}</p>}
      {contacts.length > 0 && (
        <ul className="signal-contacts__list">
          {contacts.map((contact, index) => (
            <li key={`${index}-${contact.phone}`} className="signal-contact">
              <a className="signal-contact__link" href={telHref(contact.phone)}>
                <span className="signal-contact__name">
                  {t('signalPlan.contacts.call')} {contact.name}
                </span>
                <span className="signal-contact__phone">{contact.phone}</span>
              </a>
              {contact.note.trim() !== '' && <p className="signal-contact__note signal-text">{contact.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <p className="signal-contacts__emergency">
        <a href="tel:112">{t('signalPlan.contacts.emergency')}</a>
      </p>
    </section>
  );
}

function Phases({ phases, clientName, own }: { phases: SignalPlanContent['phases']; clientName: string; own: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="signal-phases">
      <h2 id={titleId}>{t('signalPlan.view.phasesTitle')}</h2>
      <ol className={phases.length > 4 ? 'signal-phases__list signal-phases__list--many' : 'signal-phases__list'}>
        {phases.map((phase, index) => (
          <PhaseBlock key={phase.id} phase={phase} index={index} count={phases.length} clientName={clientName} own={own} />
        ))}
      </ol>
    </section>
  );
}

interface PhaseBlockProps {
  phase: SignalPhase;
  index: number;
  count: number;
  clientName: string;
  own: boolean;
}

/** One phase: its place in words (colour only adds to it), its name, and the boxes that were filled in. */
function PhaseBlock({ phase, index, count, clientName, own }: PhaseBlockProps) {
  const { t } = useTranslation();
  const labels = boxLabels(t, own, clientName);
  const boxes: { key: string; label: string; text: string }[] = [
    { key: 'clientNotices', label: labels.clientNotices, text: phase.clientNotices },
    { key: 'othersNotice', label: labels.othersNotice, text: phase.othersNotice },
    { key: 'clientDoes', label: labels.clientDoes, text: phase.clientDoes },
    ...phase.membersDo.map((task, row) => ({
      key: `member-${row}-${task.memberId}`,
      label: labels.memberDoes(task.name),
      text: task.action,
    })),
    { key: 'professionalsDo', label: labels.professionalsDo, text: phase.professionalsDo },
  ].filter((box) => box.text.trim() !== '');

  return (
    <li className={`signal-phase signal-level-${phaseLevel(index, count)}`}>
      <h3 className="signal-phase__title">
        <span className="signal-phase__order">
          {phaseOrder(t, index, count)}
          <span className="signal-phase__colon">:</span>
        </span>{' '}
        <span className="signal-phase__name">{phaseName(t, phase, index)}</span>
      </h3>
      {isEmptyPhase(phase) ? (
        <p className="signal-phase__empty">{t('signalPlan.view.emptyPhase')}</p>
      ) : (
        <dl className="signal-phase__boxes">
          {boxes.map((box) => (
            <div key={box.key} className="signal-box">
              <dt className="signal-box__label">{box.label}</dt>
              <dd className="signal-box__text signal-text">{box.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

function HelpsSection({ helps, doesNotHelp }: { helps: string; doesNotHelp: string }) {
  const { t } = useTranslation();
  const helpsId = useId();
  const notId = useId();
  return (
    <div className="signal-helps">
      <section aria-labelledby={helpsId} className="signal-helps__part signal-helps__part--helps">
        <h2 id={helpsId}>{t('signalPlan.view.helps')}</h2>
        <p className="signal-text">{helps.trim() === '' ? t('signalPlan.view.nothing') : helps}</p>
      </section>
      <section aria-labelledby={notId} className="signal-helps__part signal-helps__part--not">
        <h2 id={notId}>{t('signalPlan.view.doesNotHelp')}</h2>
        <p className="signal-text">{doesNotHelp.trim() === '' ? t('signalPlan.view.nothing') : doesNotHelp}</p>
      </section>
    </div>
  );
}
