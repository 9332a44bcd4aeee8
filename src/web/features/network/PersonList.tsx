import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMap, NetworkPerson } from '../../../shared/network.js';
import type { Detail } from '../../components/DetailList.js';
import { EditPerson } from './EditPerson.js';
import { isLiveMembership, sortedByName } from './map-model.js';
import { palette } from './palette.js';
import { MoveActions, NominateAction } from './PersonActions.js';
import { RemovePerson } from './RemovePerson.js';
import { membershipText } from './words.js';

export const personHeadingId = (personId: string) => `network-person-${personId}`;
const listTitleId = 'network-list-title';

const focusById = (id: string) => {
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'start' });
};

interface PersonListProps {
  clientId: string;
  map: NetworkMap;
  /** A person to take focus once the list is shown (chosen on the drawing), then forgotten. */
  focusPersonId: string | null;
  onFocused: () => void;
}

/** The list view: everything the drawing shows and does, in words and buttons, for every person. */
export function PersonList({ clientId, map, focusPersonId, onFocused }: PersonListProps) {
  const { t } = useTranslation();
  const people = sortedByName(map.people);

  useEffect(() => {
    if (focusPersonId === null) return;
    focusById(personHeadingId(focusPersonId));
    onFocused();
  }, [focusPersonId, onFocused]);

  return (
    <>
      <h2 id={listTitleId} tabIndex={-1}>
        {t('network.list.title')}
      </h2>
      <p>
        {people.length === 0
          ? t(map.abilities.edit ? 'network.page.emptyEdit' : 'network.page.empty')
          : t('network.list.count', { count: people.length })}
      </p>
      {people.length > 0 && (
        <ul className="card-list">
          {people.map((person) => (
            <PersonCard
              key={person.id}
              clientId={clientId}
              person={person}
              abilities={map.abilities}
              onRemoved={() => focusById(listTitleId)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

interface PersonCardProps {
  clientId: string;
  person: NetworkPerson;
  abilities: NetworkMap['abilities'];
  onRemoved: () => void;
}

function PersonCard({ clientId, person, abilities, onRemoved }: PersonCardProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const details: Detail[] = [
    { term: t('network.list.ring'), value: t(`network.rings.${person.ring}`) },
    { term: t('network.list.area'), value: t(`network.areas.${person.lifeArea}`) },
    { term: t('network.list.wish'), value: t(`network.wishes.${person.wish}`) },
  ];
  if (person.email !== null) details.push({ term: t('network.list.email'), value: person.email });
  if (person.phone !== null) details.push({ term: t('network.list.phone'), value: person.phone });
  if (person.notes !== null)
    details.push({ term: t('network.list.notes'), value: <span className="network-person__notes">{person.notes}</span> });
  details.push({ term: t('network.list.group'), value: membershipText(t, person.membership) });
  const canNominate = abilities.nominate && !isLiveMembership(person.membership);

  return (
    <li className="card network-person">
      <h3 ref={headingRef} id={personHeadingId(person.id)} tabIndex={-1} className="network-person__name">
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className="network-person__shape">
          {person.formality === 'informal' ? (
            <circle cx={10} cy={10} r={9} fill={palette.person.informal} />
          ) : (
            <rect x={1} y={1} width={18} height={18} fill={palette.person.formal} />
          )}
        </svg>
        {person.name}
      </h3>
      <p className="card__meta network-person__meta">
        {t('network.list.kind', {
          relation: t(`network.relations.${person.relation}`),
          formality: t(`network.formalities.${person.formality}`),
        })}
      </p>
      <dl className="network-person__details">
        {details.map(({ term, value }) => (
          <div key={term} className="network-person__detail">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {abilities.edit && <MoveActions clientId={clientId} person={person} />}
      {(canNominate || abilities.edit) && (
        <div className="network-actions">
          {canNominate && <NominateAction clientId={clientId} person={person} onNominated={() => headingRef.current?.focus()} />}
          {abilities.edit && <EditPerson clientId={clientId} person={person} />}
          {abilities.edit && <RemovePerson clientId={clientId} person={person} onRemoved={onRemoved} />}
        </div>
      )}
    </li>
  );
}
