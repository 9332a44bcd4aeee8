import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../shared/groups.js';
import { paths } from '../../app/paths.js';
import { asPhase, nextStepPlace, nextStepText } from './words.js';

/** Ids of the places on the group's page a next step can lead to. */
export const placeIds = {
  members: 'groepsleden',
  move: 'fase-veranderen',
  phase: (phase: number) => `fase-${phase}`,
  addProfessional: 'team-toevoegen',
} as const;

/** Moves focus to a place on this page; the address keeps no #fragment (the router would treat it as a navigation). */
function jumpTo(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}

/** "Volgende stap": always near the top, with a link to where the step is done when that is in Regie. */
export function NextStep({ group }: { group: Group }) {
  const { t } = useTranslation();
  const titleId = useId();
  const place = nextStepPlace(group);
  const step = group.nextStep;
  const clientId = group.client.id;

  let link = null;
  if (place === 'networkMap') link = <Link to={paths.networkMap(clientId)}>{t('groups.next.toMap')}</Link>;
  else if (place === 'conversations') link = <Link to={paths.conversations(clientId)}>{t('groups.next.toConversations')}</Link>;
  else if (place === 'members') link = <InPageLink id={placeIds.members} text={t('groups.next.toMembers')} />;
  else if (place === 'move') link = <InPageLink id={placeIds.move} text={t('groups.next.toMove')} />;
  else if (place === 'checklist' && step.kind === 'do_item') {
    link = <InPageLink id={placeIds.phase(step.phase)} text={t('groups.next.toChecklist', { number: step.phase })} />;
  }

  return (
    <section aria-labelledby={titleId} className="group-next">
      <h2 id={titleId} className="group-next__title">
        {t('groups.next.title')}
      </h2>
      <p>{nextStepText(t, step, asPhase(group.phase))}</p>
      {link !== null && <p className="group-next__link">{link}</p>}
    </section>
  );
}

/** A link to a place on this page. */
export function InPageLink({ id, text }: { id: string; text: string }) {
  return (
    <a href={`#${id}`} onClick={jumpTo(id)}>
      {text}
    </a>
  );
}
