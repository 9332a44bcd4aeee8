import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lifeAreas, moveCloser, moveFurther, type LifeArea } from '../../../domain/network-map.js';
import type { NetworkPerson } from '../../../shared/network.js';
import { isApiError } from '../../app/http.js';
import { BusyButton } from '../../components/BusyButton.js';
import { useNominate } from './api.js';
import { useMapFeedback } from './feedback.js';
import { useMove } from './use-move.js';
import { edgeSentence, forPerson, networkProblemMessage } from './words.js';

const isLifeArea = (value: string): value is LifeArea => (lifeAreas as readonly string[]).includes(value);

/** The list's way to do what dragging does: one ring closer or further, or another life area. */
export function MoveActions({ clientId, person }: { clientId: string; person: NetworkPerson }) {
  const { t } = useTranslation();
  const feedback = useMapFeedback();
  const move = useMove(clientId);
  const selectId = useId();

  const step = (direction: 'closer' | 'further') => {
    const ring = direction === 'closer' ? moveCloser(person.ring) : moveFurther(person.ring);
    if (ring === person.ring) feedback.say(edgeSentence(t, person, direction));
    else move(person, { ring, lifeArea: person.lifeArea });
  };

  return (
    <div role="group" aria-label={forPerson(t('network.list.moveActions'), person.name)} className="network-move">
      <div className="network-actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={forPerson(t('network.list.closer'), person.name)}
          onClick={() => step('closer')}
        >
          {t('network.list.closer')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={forPerson(t('network.list.further'), person.name)}
          onClick={() => step('further')}
        >
          {t('network.list.further')}
        </button>
      </div>
      <div className="field network-move__area">
        <label htmlFor={selectId} className="field__label">
          {t('network.list.area')}
        </label>
        <select
          id={selectId}
          aria-label={forPerson(t('network.list.area'), person.name)}
          className="field__input"
          value={person.lifeArea}
          onChange={(event) => {
            const lifeArea = event.target.value;
            if (isLifeArea(lifeArea)) move(person, { ring: person.ring, lifeArea });
          }}
        >
          {lifeAreas.map((area) => (
            <option key={area} value={area}>
              {t(`network.areas.${area}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** "Nomineer voor de groep": the first step towards membership (the group's page takes it from there). */
export function NominateAction({
  clientId,
  person,
  onNominated,
}: {
  clientId: string;
  person: NetworkPerson;
  onNominated: () => void;
}) {
  const { t } = useTranslation();
  const feedback = useMapFeedback();
  const nominate = useNominate(clientId);
  // A promise rather than mutate's callbacks: this button is gone (the person is nominated) before they would run.
  const press = () =>
    nominate.mutateAsync(person.id).then(
      () => {
        feedback.say(t('network.list.nominated', { name: person.name }));
        onNominated();
      },
      // The person is on the map in front of them, so "not found" here means the client has no group yet.
      (error: unknown) =>
        feedback.fail(
          isApiError(error) && error.status === 404 ? t('network.problems.no_group') : networkProblemMessage(t, error),
        ),
    );
  return (
    <BusyButton
      variant="primary"
      isPending={nominate.isPending}
      onPress={() => void press()}
      aria-label={forPerson(t('network.list.nominate'), person.name)}
    >
      {t('network.list.nominate')}
    </BusyButton>
  );
}
