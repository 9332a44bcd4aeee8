import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyAgreements } from '../../../shared/plans.js';
import { paths } from '../../app/paths.js';
import { openCount } from './agreement-words.js';
import { useMyAgreements } from './api.js';
import './my-agreements.css';

type Group = MyAgreements['groups'][number];

/** Whose home it is: the client's own, a relative's (one section per client), or a professional's. */
export type ShortcutsFor = 'own' | 'relative' | 'team';

interface PlanShortcutsProps {
  for: ShortcutsFor;
  /** For a relative: the one client whose group this section is about. */
  clientId?: string;
}

/**
 * The way from the home page to the plan in one tap: per group the person is in, the signalling plan
 * (large: it may be needed in a hurry), the plan, and "Mijn afspraken" with what is still to do.
 * Shown only when there is something to show; if the list cannot be read, the home page does without.
 */
export function PlanShortcuts({ for: viewer, clientId }: PlanShortcutsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useMyAgreements();
  const all = query.data?.groups ?? [];
  const groups = clientId === undefined ? all : all.filter((group) => group.client.id === clientId);
  const [first] = groups;
  if (first === undefined) return null;

  if (viewer === 'team') {
    // A professional may be in many groups: a compact list, not a row of large buttons each.
    return (
      <section aria-labelledby={titleId} className="section plan-shortcuts plan-shortcuts--compact">
        <h2 id={titleId}>{t('myAgreements.shortcuts.titleGroups')}</h2>
        <ul className="plan-shortcuts__groups">
          {groups.map((group) => {
            const name = t('myAgreements.shortcuts.groupOf', { group: group.group.name, name: group.client.name });
            return (
              <li key={group.group.id}>
                <p className="plan-shortcuts__group-name">{name}</p>
                <GroupLinks group={group} context={name} />
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby={titleId} className="section plan-shortcuts">
      <h2 id={titleId}>
        {viewer === 'own'
          ? t('myAgreements.shortcuts.titleOwn')
          : t('myAgreements.shortcuts.titleOf', { name: first.client.name })}
      </h2>
      {groups.map((group) => (
        <GroupLinks key={group.group.id} group={group} context={null} meetings={viewer === 'own'} />
      ))}
    </section>
  );
}

/**
 * The links of one group; `context` (the group's name) tells them apart when several groups are
 * listed. `meetings` adds the group's meetings, for the client (who always sees and plans them).
 */
function GroupLinks({ group, context, meetings = false }: { group: Group; context: string | null; meetings?: boolean }) {
  const { t } = useTranslation();
  const open = openCount(group.agreements);
  // Screen readers add a space around hidden text: "Signaleringsplan (Team Sanne, de groep van Sanne)".
  const hidden = context === null ? null : <span className="visually-hidden"> ({context})</span>;
  return (
    <ul className="plan-shortcuts__links">
      {group.abilities.signalPlan && (
        <li>
          <Link to={paths.signalPlan(group.client.id)} className="plan-shortcuts__link plan-shortcuts__link--main">
            <span>
              {t('myAgreements.shortcuts.signalPlan')}
              {hidden}
            </span>
          </Link>
        </li>
      )}
      {group.abilities.plan && (
        <li>
          <Link to={paths.plan(group.client.id)} className="plan-shortcuts__link">
            <span>
              {t('myAgreements.shortcuts.plan')}
              {hidden}
            </span>
          </Link>
        </li>
      )}
      <li>
        <Link to={paths.myAgreements} className="plan-shortcuts__link">
          <span>
            {t('myAgreements.shortcuts.myAgreements')}
            {hidden}
          </span>
          {open > 0 && ' '}
          {open > 0 && <span className="plan-shortcuts__count">{t('myAgreements.shortcuts.open', { count: open })}</span>}
        </Link>
      </li>
      {meetings && (
        <li>
          <Link to={paths.meetings(group.client.id)} className="plan-shortcuts__link">
            <span>
              {t('meetings.list.title')}
              {hidden}
            </span>
          </Link>
        </li>
      )}
    </ul>
  );
}
