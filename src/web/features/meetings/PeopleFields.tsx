import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeetingBody, MeetingMember } from '../../../shared/meetings.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { FormSection } from './FormSection.js';
import { clientChair, noMinuteTaker, type MeetingValues } from './meeting-form.js';
import { clientSelf, memberName } from './meeting-words.js';

interface PeopleFieldsProps {
  control: Control<MeetingValues, unknown, MeetingBody>;
  members: readonly MeetingMember[];
  /** People the meeting still names who are no longer in the group, so that the choice shows who it was. */
  formerMembers: readonly { id: string; name: string }[];
  clientName: string;
  own: boolean;
  /**
   * The minute-taker Regie proposes (src/domain/meetings.ts: someone other than the client and the
   * coordinator); null when nobody fits, undefined when no proposal is made (a change).
   */
  suggestedMinuteTakerId?: string | null;
}

/** Who chairs, who takes the minutes, and how the group keeps in touch until the next meeting. */
export function PeopleFields({ control, members, formerMembers, clientName, own, suggestedMinuteTakerId }: PeopleFieldsProps) {
  const { t } = useTranslation();
  const memberOptions: SelectOption[] = [
    ...members.map((member) => ({ id: member.id, label: memberName(t, member) })),
    ...formerMembers
      .filter((former) => !members.some((member) => member.id === former.id))
      .map(({ id, name }) => ({ id, label: name })),
  ];
  const suggested = suggestedMinuteTakerId == null ? undefined : members.find((member) => member.id === suggestedMinuteTakerId);
  // The proposal is marked in words in the list itself, so that it is heard where it is chosen.
  const minuteTakerOptions = [
    { id: noMinuteTaker, label: t('meetings.details.nobody') },
    ...memberOptions.map((option) =>
      option.id === suggested?.id ? { ...option, label: t('meetings.form.suggested', { label: option.label }) } : option,
    ),
  ];

  return (
    <FormSection title={t('meetings.form.who')} divided>
      <SelectControl
        control={control}
        name="chair"
        label={t('meetings.form.chair')}
        placeholder={t('meetings.form.chairPlaceholder')}
        options={[{ id: clientChair, label: clientSelf(t, clientName, own) }, ...memberOptions]}
        isRequired
      />
      <p className="field__description meeting-form__note">{t('meetings.form.minuteTakerHelp')}</p>
      {suggestedMinuteTakerId !== undefined && (
        <p className="meeting-form__suggestion">
          {suggested === undefined
            ? t('meetings.form.noSuggestion')
            : own
              ? t('meetings.form.suggestionOwn', { name: suggested.name })
              : t('meetings.form.suggestionFor', { name: suggested.name, client: clientName })}
        </p>
      )}
      <SelectControl
        control={control}
        name="minuteTaker"
        label={t('meetings.form.minuteTaker')}
        placeholder={t('meetings.form.minuteTakerPlaceholder')}
        options={minuteTakerOptions}
        nullOption={noMinuteTaker}
      />
      <TextAreaControl
        control={control}
        name="channel"
        label={t('meetings.form.channel')}
        description={t('meetings.form.channelHelp')}
        maxLength={300}
      />
    </FormSection>
  );
}
