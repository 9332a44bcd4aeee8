import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/http.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

/**
 * What was tried: planning (or changing, cancelling) a meeting, replying to it, writing down the
 * answer of someone who cannot sign in, or its minutes and evaluation.
 */
export type MeetingAction = 'plan' | 'reply' | 'record' | 'minutes';

// Refusals of the meetings' and the minutes' own (src/server/features/meetings/), by their code
// where the words can be precise; the ones both can meet are said once.
const shared = {
  no_group: 'meetings.problems.no_group',
  meeting_cancelled: 'meetings.problems.meeting_cancelled',
} as const;

const byCode = {
  plan: {
    ...shared,
    start_meeting_exists: 'meetings.problems.start_meeting_exists',
    meeting_started: 'meetings.problems.meeting_started',
  },
  reply: { ...shared, meeting_started: 'meetings.problems.meeting_started' },
  record: {
    ...shared,
    meeting_started: 'meetings.problems.meeting_started',
    answers_in_regie: 'meetings.problems.answers_in_regie',
    not_invited: 'meetings.problems.not_invited_member',
  },
  minutes: {
    ...shared,
    minutes_approved: 'minutes.problems.minutes_approved',
    minutes_changed: 'minutes.problems.minutes_changed',
    minutes_unfit: 'minutes.problems.minutes_unfit',
    meeting_not_started: 'minutes.notStarted',
    meeting_not_held: 'minutes.problems.meeting_not_held',
    meeting_of_closed_group: 'minutes.problems.meeting_of_closed_group',
    not_start_meeting: 'minutes.problems.not_start_meeting',
  },
} as const;

// Without a code of their own, what a status means depends on what was tried.
const byStatus = {
  plan: { 403: 'meetings.problems.not_planner' },
  reply: { 403: 'meetings.problems.not_invited' },
  record: { 403: 'meetings.problems.not_recorder' },
  minutes: { 403: 'minutes.problems.forbidden', 409: 'minutes.problems.conflict', 422: 'minutes.problems.minutes_unfit' },
} as const;

type ProblemKey = {
  [A in MeetingAction]: (typeof byCode)[A][keyof (typeof byCode)[A]] | (typeof byStatus)[A][keyof (typeof byStatus)[A]];
}[MeetingAction];

const lookup = (table: object, key: string | number): ProblemKey | undefined =>
  Object.hasOwn(table, key) ? (table as Record<string | number, ProblemKey>)[key] : undefined;

/** The key of the words for a refusal, given what was tried; null for the shared messages. */
export function meetingProblemKey(error: unknown, action: MeetingAction): ProblemKey | null {
  if (!isApiError(error)) return null;
  return lookup(byCode[action], error.code) ?? lookup(byStatus[action], error.status) ?? null;
}

/** A refused action on a meeting, in words about meetings or minutes where the server gave a reason of its own. */
export function MeetingProblem({ error, action }: { error: unknown; action: MeetingAction }) {
  const { t } = useTranslation();
  const key = meetingProblemKey(error, action);
  if (key === null) return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {t(key)}
      </p>
    </div>
  );
}
