import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { locationKinds } from '../../../domain/meetings.js';
import type { MeetingBody } from '../../../shared/meetings.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { FormSection } from './FormSection.js';
import type { MeetingValues } from './meeting-form.js';
import { placeName } from './meeting-words.js';

interface LocationFieldsProps {
  control: Control<MeetingValues, unknown, MeetingBody>;
  clientName: string;
  own: boolean;
}

/**
 * Where the group meets, as the client chooses: their home, the team's office, another place (written
 * out) or a video call (its link). Home and office need no address: the group knows them, and Regie
 * keeps none of the client's.
 */
export function LocationFields({ control, clientName, own }: LocationFieldsProps) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: 'locationKind' });
  return (
    <FormSection title={t('meetings.form.where')} divided>
      <RadioFieldControl
        control={control}
        name="locationKind"
        label={t('meetings.form.locationKind')}
        description={t('meetings.form.locationNote')}
        choices={locationKinds.map((id) => ({ id, label: placeName(t, id, clientName, own) }))}
      />
      {kind === 'elsewhere' && (
        <TextFieldControl
          control={control}
          name="place"
          label={t('meetings.form.place')}
          description={t('meetings.form.placeHelp')}
          maxLength={300}
          autoComplete="off"
          isRequired
        />
      )}
      {kind === 'video' && (
        <TextFieldControl
          control={control}
          name="videoLink"
          label={t('meetings.form.videoLink')}
          description={t('meetings.form.videoLinkHelp')}
          maxLength={300}
          autoComplete="off"
          literal
          isRequired
        />
      )}
    </FormSection>
  );
}
