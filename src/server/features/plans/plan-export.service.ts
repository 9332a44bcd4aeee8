import { emptyPlanContent, type PlanContent } from '../../../domain/plan-versions.js';
import type { PlanPdfQuery } from '../../../shared/plans.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { dutchToday } from '../../platform/ids/ids.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { createSharingPolicy } from '../sharing/index.js';
import { renderPlanPdf } from './plan-pdf.js';
import { groupToRead, readableClient } from './plan-scope.js';
import { createPlanVersionsRepository } from './plan-versions.repository.js';
import { storedContent } from './plans.presenter.js';
import { createPlansRepository } from './plans.repository.js';

const titles: Record<PlanPdfQuery['lang'], Record<PlanPdfQuery['part'], string>> = {
  nl: { plan: 'Plan', signal_plan: 'Signaleringsplan' },
  en: { plan: 'Plan', signal_plan: 'Signalling plan' },
};

/**
 * The file's name, from the group's own name: plain ASCII for every browser (`filename`), and the
 * name as written for those that read RFC 6266's `filename*`.
 */
export function pdfFileNames(groupName: string, query: PlanPdfQuery): { ascii: string; utf8: string } {
  const title = `${titles[query.lang][query.part]} ${groupName}`;
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return { ascii: `${ascii || 'plan'}.pdf`, utf8: `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf` };
}

/** The Content-Disposition of the download (RFC 6266, with RFC 8187's encoding of the UTF-8 name). */
export function attachmentHeader(names: { ascii: string; utf8: string }): string {
  const encoded = encodeURIComponent(names.utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}

// The plan or the signalling plan as a PDF to print or pass on, in Dutch or English. What is printed
// is the newest version's content: one consistent whole, with that version's number on it.
export function createPlanExportService(db: Db, audit: AuditLog) {
  const plans = createPlansRepository(db);
  const versions = createPlanVersionsRepository(db);

  return {
    async pdf(actor: Actor, clientId: string, query: PlanPdfQuery): Promise<{ pdf: Buffer; disposition: string }> {
      const client = await readableClient(db, plans, actor, clientId, query.part);
      const group = await groupToRead(plans, clientId);
      const plan = await plans.findPlan(group.id);
      const newest = plan && plan.version > 0 ? await versions.findVersion(plan.id, plan.version) : undefined;
      const whole = newest ? storedContent(newest.content) : emptyPlanContent;
      // Only the part asked for, and nothing of the other part the reader is not shown.
      const other = query.part === 'plan' ? 'signal_plan' : 'plan';
      const seesOther = await createSharingPolicy(db).canSeeCategory(actor, clientId, other);
      const content: PlanContent = seesOther
        ? whole
        : other === 'plan'
          ? { ...whole, goals: [], agreements: [] }
          : { ...whole, signalPlan: null };
      const last = plan ? (await versions.listAdoptions(plan.id))[0] : undefined;
      const pdf = await renderPlanPdf({
        part: query.part,
        lang: query.lang,
        clientName: client.name,
        groupName: group.name,
        madeOn: dutchToday(),
        version: newest?.number ?? 0,
        adoption: last ? { meetingOn: last.meeting_on, version: last.version } : null,
        content,
      });
      await audit.record(actor, [{ action: 'export', dataCategory: query.part, clientId, objectId: plan?.id ?? null }]);
      return { pdf, disposition: attachmentHeader(pdfFileNames(group.name, query)) };
    },
  };
}
export type PlanExportService = ReturnType<typeof createPlanExportService>;
