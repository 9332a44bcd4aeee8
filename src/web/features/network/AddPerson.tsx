import { useTranslation } from 'react-i18next';
import type { NetworkPersonBody } from '../../../shared/network.js';
import { useAddPerson } from './api.js';
import { newPersonValues, PersonForm } from './PersonForm.js';

/**
 * "Iemand toevoegen". After saving, the form is empty again with focus on the name, ready for the
 * next person, and says where the new person now stands.
 */
export function AddPerson({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const add = useAddPerson(clientId);
  const save = async (body: NetworkPersonBody) => {
    const person = await add.mutateAsync(body);
    return t('network.form.added', {
      name: person.name,
      ring: t(`network.rings.${person.ring}`),
      area: t(`network.areasInSentence.${person.lifeArea}`),
    });
  };
  return (
    <PersonForm
      defaultValues={newPersonValues}
      title={t('network.form.addTitle')}
      intro={t('network.form.addIntro')}
      submitLabel={t('network.form.add')}
      onSave={save}
      startOverAfterSave
    />
  );
}
