import type { TFunction } from 'i18next';
import { defaultSignalPhases } from '../../../domain/plan.js';
import type { SignalPlanContent } from '../../../shared/plans.js';

// The signalling plan in words: phase names and order, the boxes' labels, and phone numbers to dial,
// said the same way on the page and in the editor.

export type DefaultSignalPhase = (typeof defaultSignalPhases)[number];
export type SignalPhase = SignalPlanContent['phases'][number];

const isDefaultPhase = (code: string | null): code is DefaultSignalPhase =>
  code !== null && (defaultSignalPhases as readonly string[]).includes(code);

/** The method's name of a phase code ("Vroege signalen"); null for a phase the plan added itself. */
export function defaultPhaseName(t: TFunction, code: string | null): string | null {
  return isDefaultPhase(code) ? t(`signalPlan.phases.${code}`) : null;
}

/** A phase's own name, else the method's name of its code, else its place ("Fase 5"). */
export function phaseName(t: TFunction, phase: Pick<SignalPhase, 'code' | 'name'>, index: number): string {
  const own = phase.name?.trim();
  if (own) return own;
  return defaultPhaseName(t, phase.code) ?? t('signalPlan.phaseFallback', { number: index + 1 });
}

/** "Fase 2 van 4": the order in words, so that colour is never the only marker. */
export function phaseOrder(t: TFunction, index: number, count: number): string {
  return t('signalPlan.phaseOrder', { number: index + 1, count });
}

/**
 * How far towards crisis a phase is, 0 (stable) to 3 (crisis), from its place in the plan: the
 * colour follows the order, whatever the phases are called.
 */
export function phaseLevel(index: number, count: number): 0 | 1 | 2 | 3 {
  if (count <= 1) return 0;
  const level = Math.round((index / (count - 1)) * 3);
  return level <= 0 ? 0 : level >= 3 ? 3 : (level as 1 | 2);
}

/** The first name, for "Wat merkt Joep zelf". */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

export interface BoxLabels {
  clientNotices: string;
  othersNotice: string;
  clientDoes: string;
  professionalsDo: string;
  /** What one named member does: "Wat doet Mirjam". */
  memberDoes: (name: string) => string;
}

/**
 * The five boxes of a phase. The plan is the client's, written as "I": the client reads "Wat merk ik
 * zelf"; anyone else reads the client's name there.
 */
export function boxLabels(t: TFunction, own: boolean, clientName: string): BoxLabels {
  const name = firstName(clientName);
  return {
    clientNotices: own ? t('signalPlan.boxes.clientNoticesOwn') : t('signalPlan.boxes.clientNoticesOf', { name }),
    othersNotice: t('signalPlan.boxes.othersNotice'),
    clientDoes: own ? t('signalPlan.boxes.clientDoesOwn') : t('signalPlan.boxes.clientDoesOf', { name }),
    professionalsDo: t('signalPlan.boxes.professionalsDo'),
    memberDoes: (member) => t('signalPlan.boxes.memberDoes', { name: member }),
  };
}

/**
 * What a phone dials for a number as people write it: "020 123 45 67" → "tel:0201234567". The "(0)"
 * some write after a country code is not dialled.
 */
export function telHref(phone: string): string {
  const written = phone.trim();
  const digits = (written.startsWith('+') ? written.replace(/\(0\)/g, '') : written).replace(/[^0-9+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/** True when nothing was written in a phase yet. */
export function isEmptyPhase(phase: SignalPhase): boolean {
  return (
    [phase.clientNotices, phase.othersNotice, phase.clientDoes, phase.professionalsDo].every((text) => text.trim() === '') &&
    phase.membersDo.every((task) => task.action.trim() === '')
  );
}
