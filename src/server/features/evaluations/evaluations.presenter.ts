import { respondentTypes, type RespondentType } from '../../../domain/evaluations.js';
import type { InstrumentItem } from '../../../domain/instruments.js';
import { respondentTypeSchema, type InstrumentItemOut, type RoundSummary } from '../../../shared/evaluations.js';
import { meetingKindSchema } from '../../../shared/meetings.js';
import { isRoundOpen, mayReadResults, maySeeRespondents, type EvaluationRelation } from './evaluation-scope.js';
import type { RespondentRow, RoundRow } from './evaluations.repository.js';

// Rows never leave as they are: these list the fields each answer carries (shared/evaluations.ts).
// Who answered is told to the client and the coordinator; what anyone answered never leaves here.

/** A stored respondent type; one Regie does not know (it never should) reads as `professional`. */
export const respondentTypeOfRow = (text: string): RespondentType => respondentTypeSchema.catch('professional').parse(text);

/** A stored meeting kind; one Regie does not know reads as the plainest one. */
export const meetingKindOf = (text: string) => meetingKindSchema.catch('follow_up').parse(text);

const typeOrder = (type: RespondentType) => respondentTypes.indexOf(type);

/** What a round's summary needs besides the round: who asks, the meetings they may see, names of openers. */
export interface RoundViewContext {
  relation: EvaluationRelation;
  /** The caller's account: their own place in the round. */
  accountId: string;
  /** Meetings the rounds name, when the caller sees the client's meetings; else empty. */
  meetings: ReadonlyMap<string, { id: string; kind: string; starts_on: string }>;
  /** The name behind each opener's account. */
  names: ReadonlyMap<string, string>;
  now: Date;
}

type Count = { asked: number; answered: number };

/** One round as its list and page show it; `respondents` are this round's. */
export function presentRound(round: RoundRow, respondents: readonly RespondentRow[], context: RoundViewContext): RoundSummary {
  const open = isRoundOpen(round, context.now);
  const byType = Object.fromEntries(respondentTypes.map((type) => [type, { asked: 0, answered: 0 }])) as Record<
    RespondentType,
    Count
  >;
  for (const respondent of respondents) {
    const count = byType[respondentTypeOfRow(respondent.respondent_type)];
    count.asked += 1;
    if (respondent.answered_at !== null) count.answered += 1;
  }
  const own = respondents.find((respondent) => respondent.account_id === context.accountId);
  const meeting = round.meeting_id === null ? undefined : context.meetings.get(round.meeting_id);
  const sorted = [...respondents].sort(
    (a, b) =>
      typeOrder(respondentTypeOfRow(a.respondent_type)) - typeOrder(respondentTypeOfRow(b.respondent_type)) ||
      a.name.localeCompare(b.name, 'nl'),
  );
  return {
    id: round.id,
    openedAt: round.opened_at,
    openedBy: context.names.get(round.opened_by_account_id) ?? '',
    closesOn: round.closes_on,
    closedAt: round.closed_at,
    open,
    meeting: meeting ? { id: meeting.id, startsOn: meeting.starts_on, kind: meetingKindOf(meeting.kind) } : null,
    progress: {
      asked: respondents.length,
      answered: respondents.filter((respondent) => respondent.answered_at !== null).length,
      byType,
    },
    respondents: maySeeRespondents(context.relation)
      ? sorted.map((respondent) => ({
          name: respondent.name,
          respondentType: respondentTypeOfRow(respondent.respondent_type),
          answered: respondent.answered_at !== null,
        }))
      : null,
    you: own ? { respondentType: respondentTypeOfRow(own.respondent_type), answered: own.answered_at !== null } : null,
    resultsReady: !open && mayReadResults(context.relation),
  };
}

/** An instrument's items as the respondent's form draws them: what FHIR says, nothing Regie keeps for itself. */
export function presentItems(items: readonly InstrumentItem[]): InstrumentItemOut[] {
  return items.map((item) => {
    const out: InstrumentItemOut = { linkId: item.linkId, type: item.type };
    if (item.text !== undefined) out.text = item.text;
    if (item.required !== undefined) out.required = item.required;
    if (item.answerOption !== undefined) out.answerOption = item.answerOption;
    if (item.enableWhen !== undefined) out.enableWhen = item.enableWhen;
    if (item.enableBehavior !== undefined) out.enableBehavior = item.enableBehavior;
    if (item.item !== undefined) out.item = presentItems(item.item);
    return out;
  });
}
