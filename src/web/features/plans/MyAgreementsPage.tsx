import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyAgreements } from '../../../shared/plans.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { BusyButton } from '../../components/BusyButton.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { agreementWhen, agreementWho, isOverdue, sortAgreements, type MyAgreement } from './agreement-words.js';
import { useMarkAgreement, useMyAgreements } from './api.js';
import './my-agreements.css';

type Group = MyAgreements['groups'][number];

/** What was just marked, so that the page can say so and put focus on it in its new place. */
interface Marked {
  agreementId: string;
  message: string;
  count: number;
}

/**
 * "Mijn afspraken": per group, what the person agreed to do (for the client: all of the group's, with
 * who does each), what is still to do first. Who does an agreement marks it done, or open again.
 */
export function MyAgreementsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const query = useMyAgreements();
  const [marked, setMarked] = useState<Marked | null>(null);
  const isClient = me.role === 'client';
  const onMarked = useCallback(
    (agreementId: string, message: string) => setMarked((m) => ({ agreementId, message, count: (m?.count ?? 0) + 1 })),
    [],
  );
  const groups = query.data?.groups ?? [];
  const hasAny = groups.some((group) => group.agreements.length > 0);
  // The same sentence twice in a row is still a change (a no-break space comes and goes), and is read out.
  const said = marked === null ? '' : `${marked.message}${marked.count % 2 === 1 ? '\u00a0' : ''}`;

  return (
    <>
      <PageHeading>{t('myAgreements.page.title')}</PageHeading>
      <p role="status" className={said === '' ? 'form-status' : 'form-status form-status--success'}>
        {said}
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && groups.length === 0 && <p>{t('myAgreements.page.noGroups')}</p>}
      {query.data && groups.length > 0 && (
        <>
          {hasAny ? (
            <p>{isClient ? t('myAgreements.page.introClient') : t('myAgreements.page.intro')}</p>
          ) : (
            <p>{t('myAgreements.page.empty')}</p>
          )}
          {groups.map((group) => (
            <GroupAgreements
              key={group.group.id}
              group={group}
              isClient={isClient}
              showEmpty={hasAny}
              focusId={marked?.agreementId ?? null}
              focusRequest={marked?.count ?? 0}
              onMarked={onMarked}
            />
          ))}
        </>
      )}
      <p className="section">
        <Link to={paths.home}>{t('myAgreements.page.home')}</Link>
      </p>
    </>
  );
}

interface GroupAgreementsProps {
  group: Group;
  isClient: boolean;
  /** Whether to say "none here" for a group without agreements (not when none has any: the page says so once). */
  showEmpty: boolean;
  focusId: string | null;
  focusRequest: number;
  onMarked: (agreementId: string, message: string) => void;
}

function GroupAgreements({ group, isClient, showEmpty, focusId, focusRequest, onMarked }: GroupAgreementsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { open, closed } = sortAgreements(group.agreements);
  const title = isClient
    ? t('myAgreements.group.own', { group: group.group.name })
    : t('myAgreements.group.of', { group: group.group.name, name: group.client.name });
  const itemProps = { isClient, focusId, focusRequest, onMarked };
  return (
    <section aria-labelledby={titleId} className="section my-agreements__group">
      <h2 id={titleId}>{title}</h2>
      {group.agreements.length === 0 && showEmpty && (
        <p>{isClient ? t('myAgreements.group.noneClient') : t('myAgreements.group.none')}</p>
      )}
      {open.length > 0 && (
        <AgreementList title={t('myAgreements.group.open')}>
          {open.map((agreement) => (
            <AgreementItem key={agreement.id} agreement={agreement} {...itemProps} />
          ))}
        </AgreementList>
      )}
      {closed.length > 0 && (
        <AgreementList title={t('myAgreements.group.closed')}>
          {closed.map((agreement) => (
            <AgreementItem key={agreement.id} agreement={agreement} {...itemProps} />
          ))}
        </AgreementList>
      )}
      {group.abilities.plan && (
        <p>
          <Link to={paths.plan(group.client.id)}>{t('myAgreements.group.toPlan')}</Link>
        </p>
      )}
    </section>
  );
}

function AgreementList({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <>
      <h3 id={titleId} className="my-agreements__list-title">
        {title}
      </h3>
      <ul aria-labelledby={titleId} className="card-list my-agreements__list">
        {children}
      </ul>
    </>
  );
}

interface AgreementItemProps {
  agreement: MyAgreement;
  isClient: boolean;
  focusId: string | null;
  focusRequest: number;
  onMarked: (agreementId: string, message: string) => void;
}

function AgreementItem({ agreement, isClient, focusId, focusRequest, onMarked }: AgreementItemProps) {
  const { t, i18n } = useTranslation();
  const mark = useMarkAgreement(agreement.id);
  const ref = useRef<HTMLLIElement>(null);
  const when = agreementWhen(t, agreement, i18n.language);
  const late = isOverdue(agreement);

  // Marked, the agreement moves to the other list and its button is gone: focus follows it there.
  const isFocusTarget = focusId === agreement.id;
  useEffect(() => {
    if (isFocusTarget && focusRequest > 0) ref.current?.focus();
  }, [isFocusTarget, focusRequest]);

  // Awaited rather than a callback of mutate: by the time the lists are fresh, this item has moved to
  // the other list (a new component), and the callbacks of an unmounted one are never called.
  const setStatus = async (status: 'open' | 'done') => {
    try {
      await mark.mutateAsync({ status });
    } catch {
      return; // mark.error says what went wrong, in the item
    }
    const message = status === 'done' ? 'myAgreements.agreement.markedDone' : 'myAgreements.agreement.markedOpen';
    onMarked(agreement.id, t(message, { what: agreement.what }));
  };
  const action = agreement.status === 'open' ? t('myAgreements.agreement.markDone') : t('myAgreements.agreement.markOpen');

  return (
    <li
      ref={ref}
      tabIndex={-1}
      className={`card my-agreement my-agreement--${agreement.status}${late ? ' my-agreement--late' : ''}`}
    >
      <p className="my-agreement__what">{agreement.what}</p>
      {isClient && <p className="card__meta">{agreementWho(t, agreement)}</p>}
      {when !== null && <p className={late ? 'my-agreement__late' : 'card__meta'}>{when}</p>}
      {agreement.goal !== null && <p className="card__meta">{t('myAgreements.agreement.goal', { goal: agreement.goal })}</p>}
      {mark.isError && <ProblemAlert error={mark.error} />}
      {agreement.mine && agreement.status !== 'cancelled' && (
        <div className="my-agreement__action">
          <BusyButton
            variant={agreement.status === 'open' ? 'primary' : 'plain'}
            isPending={mark.isPending}
            onPress={() => void setStatus(agreement.status === 'open' ? 'done' : 'open')}
            // The visible word first, then which agreement: a list of "Gedaan" buttons is told apart.
            aria-label={`${action}: ${agreement.what}`}
          >
            {action}
          </BusyButton>
        </div>
      )}
    </li>
  );
}
