import { defaultSignalPhases } from '../../../domain/plan.js';
import type { SignalPhaseContent, SignalPlanContent } from '../../../domain/plan-versions.js';
import { clientText, colours, nothingYet, strong, type PdfContent } from './plan-pdf-blocks.js';
import type { PlanPdfTexts } from './plan-pdf-texts.js';

// The signalling plan as PDF: the phases side by side, what helps, and the crisis numbers.

type DefaultPhase = (typeof defaultSignalPhases)[number];

function isDefaultPhase(code: string | null): code is DefaultPhase {
  return code !== null && (defaultSignalPhases as readonly string[]).includes(code);
}

/** A phase's own name, else the method's name for its code, else its place in the plan. */
function phaseName(phase: SignalPhaseContent, position: number, texts: PlanPdfTexts): string {
  const own = phase.name?.trim();
  if (own) return own;
  return isDefaultPhase(phase.code) ? texts.defaultPhaseName[phase.code] : texts.numberedPhase(position);
}

/** The method's colours, from green (stable) through yellow and orange to red (crisis). */
const phaseFills: Record<DefaultPhase, string> = {
  stable: '#c8e6c9',
  early_signs: '#fff3b0',
  rising_tension: '#ffd8a8',
  crisis: '#f5b7b1',
};

/** A phase of the method keeps its colour; a phase of the plan's own takes the colour of its place. */
function phaseFill(phase: SignalPhaseContent, index: number, count: number): string {
  if (isDefaultPhase(phase.code)) return phaseFills[phase.code];
  const step = count > 1 ? Math.round((index * (defaultSignalPhases.length - 1)) / (count - 1)) : 0;
  return phaseFills[defaultSignalPhases[step] ?? 'stable'];
}

const boxes = ['clientNotices', 'othersNotice', 'clientDoes', 'membersDo', 'professionalsDo'] as const;

function boxCell(phase: SignalPhaseContent, box: (typeof boxes)[number], texts: PlanPdfTexts): PdfContent {
  if (box === 'membersDo') {
    const actions = phase.membersDo.filter((member) => clientText(member.action) !== '');
    if (actions.length === 0) return { text: texts.none, color: colours.quiet };
    return {
      stack: actions.map((member) => ({
        text: [strong(`${member.name}: `), clientText(member.action)],
        margin: [0, 0, 0, 2],
      })),
    };
  }
  const text = clientText(phase[box]);
  return text === '' ? { text: texts.none, color: colours.quiet } : { text };
}

/**
 * One page for a usual plan: the phases side by side (as the method's coloured columns), a row per
 * box; then what helps and what does not, and the crisis numbers large enough to find at once.
 */
export function signalPlanPdfBody(signalPlan: SignalPlanContent | null, texts: PlanPdfTexts): PdfContent[] {
  if (signalPlan === null) return [nothingYet(texts.noSignalPlan)];
  const { phases } = signalPlan;

  const header = [
    { text: texts.phase, style: 'tableHeader', fillColor: colours.headerFill },
    ...phases.map((phase, index) => ({
      text: phaseName(phase, index + 1, texts),
      bold: true,
      fontSize: 10,
      fillColor: phaseFill(phase, index, phases.length),
    })),
  ];
  const rows = boxes.map((box) => [
    { text: texts[box], bold: true, fillColor: colours.headerFill },
    ...phases.map((phase) => boxCell(phase, box, texts)),
  ]);

  return [
    {
      table: { headerRows: 1, widths: [76, ...phases.map(() => '*')], body: [header, ...rows] },
      layout: gridLayout,
    },
    {
      columns: [textBox(texts.helps, signalPlan.helps, texts), textBox(texts.doesNotHelp, signalPlan.doesNotHelp, texts)],
      columnGap: 10,
      margin: [0, 8, 0, 0],
    },
    crisisBox(signalPlan, texts),
  ];
}

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function textBox(title: string, text: string, texts: PlanPdfTexts): PdfContent {
  const value = clientText(text);
  return {
    width: '*',
    table: {
      widths: ['*'],
      body: [
        [{ text: title, bold: true, fillColor: colours.headerFill }],
        [value === '' ? { text: texts.none, color: colours.quiet } : { text: value }],
      ],
    },
    layout: gridLayout,
  };
}

function crisisBox(signalPlan: SignalPlanContent, texts: PlanPdfTexts): PdfContent {
  const perRow = 3;
  const contactRows: PdfContent[] = [];
  for (let start = 0; start < signalPlan.crisisContacts.length; start += perRow) {
    const contacts = signalPlan.crisisContacts.slice(start, start + perRow);
    const cells: PdfContent[] = contacts.map((contact) => ({
      width: '*',
      stack: [
        { text: contact.name, bold: true, fontSize: 9.5 },
        { text: contact.phone, bold: true, fontSize: 14, color: colours.crisis },
        ...(clientText(contact.note) === '' ? [] : [{ text: clientText(contact.note), color: colours.quiet }]),
      ],
    }));
    // Empty places keep the columns of the last row as wide as those above.
    while (cells.length < perRow) cells.push({ width: '*', text: '' });
    contactRows.push({ columns: cells, columnGap: 12, margin: [0, 2, 0, 4] });
  }

  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: texts.crisisContacts, bold: true, fontSize: 11, color: colours.crisis, margin: [0, 0, 0, 3] },
              ...(contactRows.length === 0 ? [nothingYet(texts.noCrisisContacts)] : contactRows),
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => colours.crisis,
      vLineColor: () => colours.crisis,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 4,
    },
    margin: [0, 8, 0, 0],
    unbreakable: true,
  };
}
