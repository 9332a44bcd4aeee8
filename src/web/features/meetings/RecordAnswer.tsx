import { useTranslation } from 'react-i18next';
import { responseAnswers, type ResponseAnswer } from '../../../domain/meetings.js';
import type { Meeting } from '../../../shared/meetings.js';
import { ActionPanel, CancelButton } from '../../components/ActionPanel.js';
import { useRecordReply } from './api.js';
import { replyName } from './meeting-words.js';
import { MeetingProblem } from './MeetingProblem.js';

type Invitee = Meeting['invitees'][number];

/**
 * Whether the reader writes down this invitee's answer: they plan the meetings (until it starts), and
 * the invitee cannot answer in Regie themselves, so they told someone instead.
 */
export function mayRecordAnswer(meeting: Pick<Meeting, 'abilities'>, invitee: Pick<Invitee, 'answersInRegie'>): boolean {
  return meeting.abilities.edit && !invitee.answersInRegie;
}

interface RecordAnswerProps {
  meeting: Meeting;
  invitee: Invitee;
  /** The invitee's line (name and answer), which the short button is about. */
  describedBy: string;
  /** Says what was saved in the page's status; focus goes back to the button. */
  onRecorded: (message: string) => void;
}

/**
 * "Antwoord invullen" next to an invitee who cannot sign in: it opens yes, no and maybe as three
 * buttons, each named with the invitee (the screen reader hears whose answer it is), the current one
 * pressed and ticked, not marked by colour alone.
 */
export function RecordAnswer({ meeting, invitee, describedBy, onRecorded }: RecordAnswerProps) {
  const { t } = useTranslation();
  const record = useRecordReply(meeting.client.id, meeting.id);
  const { name } = invitee;
  return (
    <ActionPanel
      label={t('meetings.recordAnswer.open')}
      describedBy={describedBy}
      title={t('meetings.recordAnswer.title', { name })}
      level={3}
    >
      {(close) => {
        const choose = (answer: ResponseAnswer) => {
          if (record.isPending) return;
          void record.mutateAsync({ answer, memberId: invitee.memberId }).then(
            () => {
              close();
              onRecorded(t('meetings.recordAnswer.saved', { name, answer: replyName(t, answer) }));
            },
            () => undefined,
          );
        };
        return (
          <>
            <p>{t('meetings.recordAnswer.intro', { name })}</p>
            <div className="meeting-reply__buttons">
              {responseAnswers.map((choice) => {
                const pressed = invitee.answer === choice;
                return (
                  <button
                    key={choice}
                    type="button"
                    className={pressed ? 'button button--primary meeting-reply__button' : 'button meeting-reply__button'}
                    aria-pressed={pressed}
                    aria-disabled={record.isPending || undefined}
                    onClick={() => choose(choice)}
                  >
                    {pressed && (
                      <span aria-hidden="true" className="meeting-reply__tick">
                        ✓
                      </span>
                    )}
                    {replyName(t, choice)}
                    <span className="visually-hidden"> {t('meetings.recordAnswer.whose', { name })}</span>
                  </button>
                );
              })}
            </div>
            {record.isError && <MeetingProblem error={record.error} action="record" />}
            <CancelButton
              label={t('meetings.recordAnswer.cancel')}
              onCancel={() => {
                record.reset();
                close();
              }}
            />
          </>
        );
      }}
    </ActionPanel>
  );
}
