import type { GoalStatus } from '../../../domain/plan.js';
import type { AgreementContent, GoalContent, PlanContent } from '../../../domain/plan-versions.js';
import { clientText, colours, nothingYet, type PdfContent } from './plan-pdf-blocks.js';
import type { PlanPdfTexts } from './plan-pdf-texts.js';

// The plan as PDF: the goals and the working agreements.

/**
 * Long-term goals with the short-term goals that serve them beneath, then the short-term goals that
 * serve none (or serve a goal that was stopped or is gone, so that no goal drops out of the print),
 * the stopped goals in brief, and the working agreements.
 */
export function planPdfBody(content: PlanContent, texts: PlanPdfTexts): PdfContent[] {
  const kept = content.goals.filter((goal) => goal.status !== 'stopped');
  const longGoals = kept.filter((goal) => goal.horizon === 'long');
  const shortGoals = kept.filter((goal) => goal.horizon === 'short');
  const longIds = new Set(longGoals.map((goal) => goal.id));
  const unlinked = shortGoals.filter((goal) => goal.servesGoalId === null || !longIds.has(goal.servesGoalId));
  const stopped = content.goals.filter((goal) => goal.status === 'stopped');

  const longItems: PdfContent[] = longGoals.length === 0 ? [nothingYet(texts.noLongGoals)] : [];
  for (const longGoal of longGoals) {
    longItems.push(goalBlock(longGoal, texts, false));
    const steps = shortGoals.filter((goal) => goal.servesGoalId === longGoal.id);
    if (steps.length > 0) {
      const subheading = { text: texts.stepsTowards, style: 'subheading', margin: [18, 0, 0, 4] };
      longItems.push(
        ...keptWithNext(
          subheading,
          steps.map((goal) => goalBlock(goal, texts, true)),
        ),
      );
    }
  }
  const body = section(texts.longGoals, longItems);

  if (shortGoals.length === 0) {
    body.push(...section(texts.shortGoals, [nothingYet(texts.noShortGoals)]));
  } else if (unlinked.length > 0) {
    const heading = unlinked.length < shortGoals.length ? texts.otherShortGoals : texts.shortGoals;
    body.push(
      ...section(
        heading,
        unlinked.map((goal) => goalBlock(goal, texts, false)),
      ),
    );
  }

  if (stopped.length > 0) {
    const list = {
      ul: stopped.map((goal) => ({
        text: [
          clientText(goal.text),
          { text: `  (${texts.horizon[goal.horizon]}, ${texts.dimension[goal.dimension]})`, style: 'label' },
        ],
        margin: [0, 0, 0, 3],
      })),
    };
    body.push(...section(texts.stoppedGoals, [list]));
  }

  // The table carries its own heading as a header row: pdfmake then keeps it with the first agreement.
  if (content.agreements.length === 0) body.push(...section(texts.agreements, [nothingYet(texts.noAgreements)]));
  else body.push(agreementTable(content, texts));
  return body;
}

/** A heading never ends a page alone: it stays with the first thing under it. */
function section(heading: string, items: PdfContent[]): PdfContent[] {
  return keptWithNext({ text: heading, style: 'heading' }, items);
}

function keptWithNext(heading: PdfContent, items: PdfContent[]): PdfContent[] {
  const [first, ...rest] = items;
  return [{ stack: first === undefined ? [heading] : [heading, first], unbreakable: true }, ...rest];
}

function goalBlock(goal: GoalContent, texts: PlanPdfTexts, isStep: boolean): PdfContent {
  const achieved = goal.status === 'achieved';
  const facts = [texts.dimension[goal.dimension]];
  if (goal.targetOn) facts.push(`${texts.targetOn}: ${texts.date(goal.targetOn)}`);
  const measure = clientText(goal.measure);

  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            fillColor: achieved ? colours.successFill : null,
            stack: [
              {
                columns: [
                  { text: clientText(goal.text), style: 'goalText', width: '*' },
                  { width: 'auto', ...statusBadge(goal.status, texts) },
                ],
                columnGap: 10,
              },
              { text: facts.join('  ·  '), style: 'meta', margin: [0, 2, 0, 3] },
              labelled(texts.measure, measure === '' ? { text: texts.measureMissing, italics: true } : measure),
              ...progressLines(goal, texts),
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (line: number) => (line === 0 ? 3 : 0),
      vLineColor: () => (achieved ? colours.success : colours.rule),
      paddingLeft: () => 9,
      paddingRight: () => 6,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [isStep ? 18 : 0, 0, 0, 8],
    unbreakable: true,
  };
}

function statusBadge(status: GoalStatus, texts: PlanPdfTexts): { text: string; [style: string]: unknown } {
  const achieved = status === 'achieved';
  return {
    text: ` ${texts.goalStatus[status]} `,
    fontSize: 9,
    bold: true,
    color: achieved ? colours.success : colours.quiet,
    background: achieved ? colours.successFill : colours.badgeFill,
  };
}

function labelled(label: string, value: PdfContent): PdfContent {
  return { text: [{ text: `${label}: `, style: 'label' }, value], margin: [0, 0, 0, 2] };
}

/** The latest score with its date, and when there is more than one, the scores so far with a line. */
function progressLines(goal: GoalContent, texts: PlanPdfTexts): PdfContent[] {
  const latest = goal.progress.at(-1);
  if (!latest) return [labelled(texts.progress, { text: texts.noScoreYet, italics: true })];

  const lines: PdfContent[] = [
    labelled(texts.progress, { text: texts.score(latest.score, texts.date(latest.date)), bold: true }),
  ];
  if (goal.progress.length > 1) {
    const years = new Set(goal.progress.map((point) => point.date.slice(0, 4)));
    const history = goal.progress
      .map((point) => `${point.score} (${texts.shortDate(point.date, years.size > 1)})`)
      .join('  \u203a  ');
    lines.push({
      columns: [
        { ...(labelled(texts.scoreHistory, history) as object), width: '*' },
        { width: 84, ...sparkline(goal.progress) },
      ],
      columnGap: 10,
    });
  }
  return lines;
}

/** The trend drawn small: scores 0 to 10 against their dates, so that a long gap looks long. */
function sparkline(points: GoalContent['progress']): { canvas: unknown[] } {
  const width = 84;
  const height = 18;
  const times = points.map((point) => Date.parse(`${point.date}T00:00:00Z`));
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? first) - first;
  const coordinates = points.map((point, index) => ({
    x: span > 0 ? (((times[index] ?? first) - first) / span) * width : (index / Math.max(points.length - 1, 1)) * width,
    y: height - (point.score / 10) * height,
  }));
  return {
    canvas: [
      { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.5, lineColor: colours.rule },
      { type: 'polyline', points: coordinates, lineWidth: 1.2, lineColor: colours.success },
      ...coordinates.map(({ x, y }) => ({ type: 'ellipse', x, y, r1: 1.6, r2: 1.6, color: colours.success })),
    ],
  };
}

const agreementOrder = { open: 0, done: 1, cancelled: 2 } as const;

/** Open agreements first, soonest due first; then the done ones, then the cancelled ones. */
function byStatusAndDue(a: AgreementContent, b: AgreementContent): number {
  const status = agreementOrder[a.status] - agreementOrder[b.status];
  if (status !== 0) return status;
  if (a.dueOn === b.dueOn) return 0;
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}

function agreementTable(content: PlanContent, texts: PlanPdfTexts): PdfContent {
  const goalText = new Map(content.goals.map((goal) => [goal.id, clientText(goal.text)]));
  const columns = texts.agreementColumns;
  const header = [columns.what, columns.who, columns.dueOn, columns.goal, columns.status].map((text) => ({
    text,
    style: 'tableHeader',
    fillColor: colours.headerFill,
  }));

  const rows = [...content.agreements].sort(byStatusAndDue).map((agreement) => {
    const done = agreement.status === 'done';
    const row = {
      fillColor: done ? colours.successFill : null,
      color: agreement.status === 'cancelled' ? colours.quiet : undefined,
    };
    return [
      { ...row, text: clientText(agreement.what) },
      { ...row, text: agreement.assignee.kind === 'client' ? texts.clientDoesIt : agreement.assignee.name },
      { ...row, text: agreement.dueOn ? texts.date(agreement.dueOn) : texts.none },
      { ...row, text: (agreement.goalId === null ? undefined : goalText.get(agreement.goalId)) ?? texts.none, fontSize: 8.5 },
      {
        ...row,
        text: texts.agreementStatus[agreement.status],
        bold: done,
        color: done ? colours.success : row.color,
      },
    ];
  });

  const heading = [{ text: texts.agreements, style: 'heading', colSpan: 5, margin: [-4, 0, 0, 0] }, '', '', '', ''];
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 78, 78, '*', 62],
      body: [heading, header, ...rows],
    },
    layout: {
      hLineWidth: (line: number) => (line < 2 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => colours.rule,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: 9,
  };
}
