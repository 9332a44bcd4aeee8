import { useTranslation } from 'react-i18next';
import type { NetworkPerson } from '../../../shared/network.js';
import { useMovePerson } from './api.js';
import { useMapFeedback } from './feedback.js';
import { samePosition, type Position } from './map-model.js';
import { movedSentence, networkProblemMessage } from './words.js';

/**
 * Moving a person, from the drawing or the list: said at once ("Mirjam staat nu in de binnenste ring,
 * bij familie"), and when the server refuses, said again with where the person is back.
 */
export function useMove(clientId: string): (person: NetworkPerson, to: Position) => void {
  const { t } = useTranslation();
  const feedback = useMapFeedback();
  const move = useMovePerson(clientId);

  return (person, to) => {
    if (samePosition(person, to)) return;
    const from: Position = { ring: person.ring, lifeArea: person.lifeArea };
    feedback.say(movedSentence(t, person.name, to));
    // mutateAsync rather than mutate's callbacks: those only run for the last of several quick moves.
    move.mutateAsync({ personId: person.id, ...to }).catch((error: unknown) => {
      const back = t('network.moves.failed', {
        name: person.name,
        ring: t(`network.rings.${from.ring}`),
        area: t(`network.areasInSentence.${from.lifeArea}`),
      });
      feedback.fail(`${back} ${networkProblemMessage(t, error)}`);
    });
  };
}
