import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlanContent } from '../../../domain/plan-versions.js';
import { planPdfTexts, type PlanPdfTexts } from './plan-pdf-texts.js';
import type { PdfContent } from './plan-pdf-blocks.js';
import { planPdfBody } from './plan-pdf-goals.js';
import { signalPlanPdfBody } from './plan-pdf-signal-plan.js';

export interface PlanPdfInput {
  part: 'plan' | 'signal_plan';
  lang: 'nl' | 'en';
  clientName: string;
  groupName: string;
  /** YYYY-MM-DD, Europe/Amsterdam. */
  madeOn: string;
  version: number;
  adoption: { meetingOn: string; version: number } | null;
  content: PlanContent;
}

/**
 * The plan or the signalling plan as an A4 PDF in the reader's language, to print or keep. Every
 * word the client wrote is set as text (never interpreted), with its line breaks.
 */
export async function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  const texts = planPdfTexts[input.lang];
  const isPlan = input.part === 'plan';
  const title = isPlan ? texts.planTitle(input.groupName) : texts.signalPlanTitle(input.groupName);
  const phaseCount = input.content.signalPlan?.phases.length ?? 0;
  // Up to four phases fit side by side on a portrait page; more get the width of a landscape one.
  const landscape = !isPlan && phaseCount > 4;
  const margin = isPlan ? 40 : 30;

  return printPdf({
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [margin, margin, margin, margin + 10],
    language: texts.language,
    displayTitle: true,
    info: { title, subject: isPlan ? texts.planSubject : texts.signalPlanSubject, creator: 'Regie', producer: 'Regie' },
    defaultStyle: { font: 'Roboto', fontSize: isPlan ? 10 : 9, lineHeight: 1.15, color: ink },
    styles,
    footer: (page: number, pages: number): PdfContent => ({
      columns: [
        { text: title, width: '*' },
        { text: texts.page(page, pages), width: 'auto' },
      ],
      style: 'footer',
      margin: [margin, 12, margin, 0],
    }),
    content: [
      documentHeader(input, title, texts, isPlan),
      ...(isPlan ? planPdfBody(input.content, texts) : signalPlanPdfBody(input.content.signalPlan, texts)),
    ],
  });
}

const ink = '#1a1a1a';

const styles = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  signalTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 2] },
  meta: { fontSize: 9, color: '#404040' },
  adopted: { fontSize: 9, bold: true, color: '#1b5e20' },
  notAdopted: { fontSize: 9, italics: true, color: '#404040' },
  heading: { fontSize: 13, bold: true, margin: [0, 16, 0, 6] },
  subheading: { fontSize: 9.5, bold: true, color: '#404040', margin: [0, 2, 0, 4] },
  goalText: { fontSize: 11, bold: true },
  label: { color: '#4d4d4d' },
  nothingYet: { italics: true, color: '#404040' },
  tableHeader: { bold: true, fontSize: 9 },
  footer: { fontSize: 8, color: '#595959' },
};

function documentHeader(input: PlanPdfInput, title: string, texts: PlanPdfTexts, isPlan: boolean): PdfContent {
  const facts = [texts.client(input.clientName)];
  if (input.version > 0) facts.push(texts.version(input.version));
  facts.push(texts.madeOn(texts.date(input.madeOn)));

  const { adoption } = input;
  const adoptionLine: PdfContent =
    adoption === null
      ? { text: texts.notAdopted, style: 'notAdopted' }
      : adoption.version === input.version
        ? { text: texts.adopted(texts.date(adoption.meetingOn)), style: 'adopted' }
        : { text: texts.adoptedEarlierVersion(adoption.version, texts.date(adoption.meetingOn)), style: 'meta' };

  return {
    stack: [{ text: title, style: isPlan ? 'title' : 'signalTitle' }, { text: facts.join('  ·  '), style: 'meta' }, adoptionLine],
    margin: [0, 0, 0, isPlan ? 4 : 8],
  };
}

// ---------------------------------------------------------------------------------------------
// pdfmake, with nothing reaching outside the process

/** The part of pdfmake 0.3's server API used here (the package ships no types). */
interface PdfMake {
  virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(document: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;

const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/**
 * The fonts live in pdfmake's in-memory file system, read once from the package, so that a document
 * needs no file access at all: both access policies can refuse everything.
 */
function fontsInMemory(): Record<keyof typeof fontFiles, string> {
  const names = Object.entries(fontFiles).map(([style, file]) => {
    const name = `regie-fonts/${file}`;
    if (!pdfmake.virtualfs.existsSync(name)) {
      pdfmake.virtualfs.writeFileSync(name, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`)));
    }
    return [style, name];
  });
  return Object.fromEntries(names) as Record<keyof typeof fontFiles, string>;
}

const refuse = () => false;

async function printPdf(document: Record<string, unknown>): Promise<Buffer> {
  // pdfmake is one shared instance: set everything it reads right before it reads it (createPdf
  // takes the fonts and policies synchronously), so nothing set elsewhere can loosen them.
  pdfmake.setFonts({ Roboto: fontsInMemory() });
  pdfmake.setUrlAccessPolicy(refuse);
  pdfmake.setLocalAccessPolicy(refuse);
  return pdfmake.createPdf(document).getBuffer();
}
