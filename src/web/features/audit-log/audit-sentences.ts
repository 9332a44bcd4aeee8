import type { TFunction } from 'i18next';
import type { AuditAction, AuditDataCategory, AuditEventView, AuditOutcome } from '../../../shared/audit.js';

/** Whose log it is: the client's own ("uw gegevens"), or a professional's as their admin sees it. */
export type AuditPerspective = 'client' | 'professional';

// Total over the API's categories and actions: one added there without words here fails type
// checking, rather than showing its code to a client.
const categoryWords = {
  client: {
    client: 'auditLog.category.client.client',
    relatives: 'auditLog.category.client.relatives',
    audit_log: 'auditLog.category.client.audit_log',
    session: 'auditLog.category.client.session',
    sharing: 'auditLog.category.client.sharing',
    delegations: 'auditLog.category.client.delegations',
    account: 'auditLog.category.client.account',
    invitation: 'auditLog.category.client.invitation',
    group: 'auditLog.category.client.group',
    network_map: 'auditLog.category.client.network_map',
    conversation: 'auditLog.category.client.conversation',
    plan: 'auditLog.category.client.plan',
    signal_plan: 'auditLog.category.client.signal_plan',
    meetings: 'auditLog.category.client.meetings',
  evaluations: 'auditLog.category.client.evaluations',
  },
  professional: {
    client: 'auditLog.category.professional.client',
    relatives: 'auditLog.category.professional.relatives',
    audit_log: 'auditLog.category.professional.audit_log',
    session: 'auditLog.category.professional.session',
    sharing: 'auditLog.category.professional.sharing',
    delegations: 'auditLog.category.professional.delegations',
    account: 'auditLog.category.professional.account',
    invitation: 'auditLog.category.professional.invitation',
    group: 'auditLog.category.professional.group',
    network_map: 'auditLog.category.professional.network_map',
    conversation: 'auditLog.category.professional.conversation',
    plan: 'auditLog.category.professional.plan',
    signal_plan: 'auditLog.category.professional.signal_plan',
    meetings: 'auditLog.category.professional.meetings',
  evaluations: 'auditLog.category.professional.evaluations',
  },
} as const satisfies Record<AuditPerspective, Record<AuditDataCategory, string>>;

const actionSentences = {
  create: 'auditLog.action.create',
  read: 'auditLog.action.read',
  update: 'auditLog.action.update',
  delete: 'auditLog.action.delete',
  export: 'auditLog.action.export',
  sign_in: 'auditLog.action.sign_in',
  sign_in_failed: 'auditLog.action.sign_in_failed',
  sign_out: 'auditLog.action.sign_out',
  access_refused: 'auditLog.action.access_refused',
} as const satisfies Record<AuditAction, string>;

// These actions say in their own words that they did not succeed.
const outcomeInAction: ReadonlySet<AuditAction> = new Set(['sign_in_failed', 'access_refused']);

const outcomeSentences = {
  refused: 'auditLog.outcome.refused',
  failed: 'auditLog.outcome.failed',
} as const satisfies Record<Exclude<AuditOutcome, 'success'>, string>;

export interface EventWords {
  /** One sentence, or two when it did not succeed: who did what with which data. */
  sentence: string;
  /** Who it was done for, when someone acted on another's behalf. */
  onBehalfOf: string | null;
}

/**
 * In the client's own log the API names a client only when it is that client (anyone else's name
 * would tell whose client they are), so a named client there is the reader.
 */
function isTheReader(event: AuditEventView, perspective: AuditPerspective): boolean {
  return perspective === 'client' && event.actor.role === 'client' && event.actor.name !== null;
}

function who(t: TFunction, event: AuditEventView, perspective: AuditPerspective): string {
  if (isTheReader(event, perspective)) return t('auditLog.who.you');
  const name = event.actor.name ?? t('auditLog.who.someone');
  const role = event.actor.role === null ? null : t(`roles.${event.actor.role}`);
  const organisation = event.actor.organisation?.name ?? null;
  if (role !== null && organisation !== null) return t('auditLog.who.withRoleAndOrganisation', { name, role, organisation });
  if (role !== null) return t('auditLog.who.withRole', { name, role });
  if (organisation !== null) return t('auditLog.who.withOrganisation', { name, organisation });
  return name;
}

/**
 * An audit event in plain words. `readerName` is the reader's own name, to say "for you" when
 * someone acted on the reader's behalf.
 */
export function describeEvent(
  t: TFunction,
  event: AuditEventView,
  perspective: AuditPerspective,
  readerName?: string,
): EventWords {
  const action = t(actionSentences[event.action], {
    who: who(t, event, perspective),
    what: t(categoryWords[perspective][event.dataCategory]),
  });
  const sentence =
    event.outcome === 'success' || outcomeInAction.has(event.action) ? action : `${action} ${t(outcomeSentences[event.outcome])}`;

  let onBehalfOf: string | null = null;
  if (event.onBehalfOf !== null) {
    const { name } = event.onBehalfOf;
    if (name === null) onBehalfOf = t('auditLog.onBehalfOf.unknown');
    else if (perspective === 'client' && name === readerName) onBehalfOf = t('auditLog.onBehalfOf.you');
    else onBehalfOf = t('auditLog.onBehalfOf.named', { name });
  }
  return { sentence, onBehalfOf };
}
