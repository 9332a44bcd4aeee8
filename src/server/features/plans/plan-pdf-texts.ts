import type { AgreementStatus, GoalHorizon, GoalStatus, RecoveryDimension, defaultSignalPhases } from '../../../domain/plan.js';

/**
 * The PDF's own words, in Dutch (B1) and English. The document is about the client and read by the
 * whole group, so it speaks in headings and labels rather than to one reader; the signalling plan's
 * boxes keep the first person because they are the client's own lines ("what I notice"). Only
 * characters the embedded Roboto font has (no arrows, no check marks): anything else prints as a box.
 */
export interface PlanPdfTexts {
  /** BCP 47 tag written into the PDF, for screen readers and hyphenation. */
  language: string;
  /** A day written out: "12 maart 2026". */
  date(day: string): string;
  /** A day in a score history: "12 mrt", or "12 mrt 2026" when the history spans years. */
  shortDate(day: string, withYear: boolean): string;

  planTitle(groupName: string): string;
  signalPlanTitle(groupName: string): string;
  planSubject: string;
  signalPlanSubject: string;
  client(name: string): string;
  version(version: number): string;
  madeOn(date: string): string;
  adopted(date: string): string;
  adoptedEarlierVersion(version: number, date: string): string;
  notAdopted: string;
  page(page: number, pages: number): string;

  longGoals: string;
  shortGoals: string;
  otherShortGoals: string;
  stepsTowards: string;
  stoppedGoals: string;
  noLongGoals: string;
  noShortGoals: string;
  horizon: Record<GoalHorizon, string>;
  dimension: Record<RecoveryDimension, string>;
  goalStatus: Record<GoalStatus, string>;
  measure: string;
  measureMissing: string;
  targetOn: string;
  status: string;
  progress: string;
  score(score: number, date: string): string;
  noScoreYet: string;
  scoreHistory: string;

  agreements: string;
  noAgreements: string;
  agreementColumns: { what: string; who: string; dueOn: string; goal: string; status: string };
  clientDoesIt: string;
  agreementStatus: Record<AgreementStatus, string>;
  /** In a table cell with nothing in it. */
  none: string;

  noSignalPlan: string;
  phase: string;
  defaultPhaseName: Record<(typeof defaultSignalPhases)[number], string>;
  /** A phase with neither its own name nor a known code: "Fase 3". */
  numberedPhase(position: number): string;
  clientNotices: string;
  othersNotice: string;
  clientDoes: string;
  membersDo: string;
  professionalsDo: string;
  helps: string;
  doesNotHelp: string;
  crisisContacts: string;
  noCrisisContacts: string;
}

/** Formats a day (YYYY-MM-DD) as the calendar date it names, whatever the server's time zone. */
function dayFormatter(locale: string, options: Intl.DateTimeFormatOptions): (day: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (day) => {
    const moment = new Date(`${day}T00:00:00Z`);
    // A malformed day is shown as stored rather than failing the whole document.
    return Number.isNaN(moment.getTime()) ? day : format.format(moment);
  };
}

function dateWords(locale: string): Pick<PlanPdfTexts, 'date' | 'shortDate'> {
  const long = dayFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const short = dayFormatter(locale, { day: 'numeric', month: 'short' });
  const shortWithYear = dayFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return { date: long, shortDate: (day, withYear) => (withYear ? shortWithYear(day) : short(day)) };
}

const nl: PlanPdfTexts = {
  language: 'nl-NL',
  ...dateWords('nl-NL'),

  planTitle: (groupName) => `Plan van ${groupName}`,
  signalPlanTitle: (groupName) => `Signaleringsplan van ${groupName}`,
  planSubject: 'Resourcegroepplan: doelen en werkafspraken',
  signalPlanSubject: 'Signaleringsplan',
  client: (name) => `Cliënt: ${name}`,
  version: (version) => `Versie ${version}`,
  madeOn: (date) => `Gemaakt op ${date}`,
  adopted: (date) => `Vastgesteld in de bijeenkomst van ${date}.`,
  adoptedEarlierVersion: (version, date) =>
    `Versie ${version} is vastgesteld in de bijeenkomst van ${date}. Deze versie is daarna gemaakt.`,
  notAdopted: 'Nog niet vastgesteld in een bijeenkomst.',
  page: (page, pages) => `${page} / ${pages}`,

  longGoals: 'Doelen voor de lange termijn',
  shortGoals: 'Doelen voor de korte termijn',
  otherShortGoals: 'Andere doelen voor de korte termijn',
  stepsTowards: 'Korte termijn: stappen naar dit doel',
  stoppedGoals: 'Gestopte doelen',
  noLongGoals: 'Er zijn nog geen doelen voor de lange termijn.',
  noShortGoals: 'Er zijn nog geen doelen voor de korte termijn.',
  horizon: { long: 'Lange termijn', short: 'Korte termijn' },
  dimension: { personal: 'Persoonlijk herstel', social: 'Maatschappelijk herstel', health: 'Herstel van gezondheid' },
  goalStatus: {
    not_started: 'Nog niet begonnen',
    in_progress: 'Bezig',
    achieved: 'Bereikt',
    adjusted: 'Aangepast',
    stopped: 'Gestopt',
  },
  measure: 'Zo weet ik dat het gelukt is',
  measureMissing: 'nog niet ingevuld',
  targetOn: 'Wanneer klaar',
  status: 'Status',
  progress: 'Voortgang',
  score: (score, date) => `${score} van 10, op ${date}`,
  noScoreYet: 'nog geen score',
  scoreHistory: 'Verloop',

  agreements: 'Werkafspraken',
  noAgreements: 'Er zijn nog geen werkafspraken.',
  agreementColumns: { what: 'Wat', who: 'Wie', dueOn: 'Wanneer klaar', goal: 'Doel', status: 'Status' },
  clientDoesIt: 'Cliënt',
  agreementStatus: { open: 'Open', done: 'Gedaan', cancelled: 'Gaat niet door' },
  none: '–',

  noSignalPlan: 'Er is nog geen signaleringsplan.',
  phase: 'Fase',
  defaultPhaseName: {
    stable: 'Stabiel',
    early_signs: 'Eerste signalen',
    rising_tension: 'Toenemende spanning',
    crisis: 'Crisis',
  },
  numberedPhase: (position) => `Fase ${position}`,
  clientNotices: 'Wat ik merk',
  othersNotice: 'Wat anderen merken',
  clientDoes: 'Wat ik doe',
  membersDo: 'Wat mijn groepsleden doen',
  professionalsDo: 'Wat professionals doen',
  helps: 'Wat helpt',
  doesNotHelp: 'Wat helpt niet',
  crisisContacts: 'Bij crisis bellen',
  noCrisisContacts: 'Er staan nog geen nummers voor een crisis in dit plan.',
};

const en: PlanPdfTexts = {
  language: 'en-GB',
  ...dateWords('en-GB'),

  planTitle: (groupName) => `Plan of ${groupName}`,
  signalPlanTitle: (groupName) => `Signalling plan of ${groupName}`,
  planSubject: 'Resource group plan: goals and working agreements',
  signalPlanSubject: 'Signalling plan',
  client: (name) => `Client: ${name}`,
  version: (version) => `Version ${version}`,
  madeOn: (date) => `Made on ${date}`,
  adopted: (date) => `Agreed at the meeting of ${date}.`,
  adoptedEarlierVersion: (version, date) =>
    `Version ${version} was agreed at the meeting of ${date}. This version was made after that.`,
  notAdopted: 'Not agreed at a meeting yet.',
  page: (page, pages) => `${page} / ${pages}`,

  longGoals: 'Long-term goals',
  shortGoals: 'Short-term goals',
  otherShortGoals: 'Other short-term goals',
  stepsTowards: 'Short term: steps towards this goal',
  stoppedGoals: 'Stopped goals',
  noLongGoals: 'There are no long-term goals yet.',
  noShortGoals: 'There are no short-term goals yet.',
  horizon: { long: 'Long term', short: 'Short term' },
  dimension: { personal: 'Personal recovery', social: 'Social recovery', health: 'Recovery of health' },
  goalStatus: {
    not_started: 'Not started',
    in_progress: 'In progress',
    achieved: 'Achieved',
    adjusted: 'Adjusted',
    stopped: 'Stopped',
  },
  measure: 'How I will know I got there',
  measureMissing: 'not filled in yet',
  targetOn: 'Target date',
  status: 'Status',
  progress: 'Progress',
  score: (score, date) => `${score} out of 10, on ${date}`,
  noScoreYet: 'no score yet',
  scoreHistory: 'History',

  agreements: 'Working agreements',
  noAgreements: 'There are no working agreements yet.',
  agreementColumns: { what: 'What', who: 'Who', dueOn: 'By when', goal: 'Goal', status: 'Status' },
  clientDoesIt: 'Client',
  agreementStatus: { open: 'Open', done: 'Done', cancelled: 'Cancelled' },
  none: '–',

  noSignalPlan: 'There is no signalling plan yet.',
  phase: 'Phase',
  defaultPhaseName: {
    stable: 'Stable',
    early_signs: 'Early signs',
    rising_tension: 'Rising tension',
    crisis: 'Crisis',
  },
  numberedPhase: (position) => `Phase ${position}`,
  clientNotices: 'What I notice',
  othersNotice: 'What others notice',
  clientDoes: 'What I do',
  membersDo: 'What my group members do',
  professionalsDo: 'What professionals do',
  helps: 'What helps',
  doesNotHelp: 'What does not help',
  crisisContacts: 'In a crisis, call',
  noCrisisContacts: 'There are no crisis phone numbers in this plan yet.',
};

export const planPdfTexts: Readonly<Record<'nl' | 'en', PlanPdfTexts>> = { nl, en };
