import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { Caseload, CaseloadLine } from '../../../shared/team.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useCaseload } from './api.js';
import { Empty } from './Empty.js';
import { CaseloadFilters } from './CaseloadFilters.js';
import {
  caseloadColumns,
  defaultSort,
  filterCaseload,
  nextSort,
  noFilter,
  sortCaseload,
  type CaseloadColumn,
  type CaseloadFilter,
  type CaseloadSort,
} from './caseload.js';
import { columnName, evaluationText, membersText, phaseText, rhythmCell } from './team-words.js';
import './team.css';

/**
 * The coordinator's clients at a glance (PRODUCT.md §8), a team lead's the team's: per client the
 * group, its phase and members, the next meeting or how late it is, open agreements and the last
 * evaluation. Sorted by any column, filtered by phase, lateness, evaluation and name.
 */
export function CaseloadPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const caseload = useCaseload();
  return (
    <div className="team-page team-page--wide">
      <PageHeading>{t('team.caseload.title')}</PageHeading>
      {caseload.isPending && <Loading />}
      {caseload.isError && <ProblemAlert error={caseload.error} />}
      {caseload.data && <CaseloadView caseload={caseload.data} />}
      {me.team !== null && (
        <p className="section">
          <Link to={paths.teamFigures(me.team.id)}>{t('team.caseload.toFigures', { team: me.team.name })}</Link>
        </p>
      )}
    </div>
  );
}

function CaseloadView({ caseload }: { caseload: Caseload }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<CaseloadFilter>(noFilter);
  const [sort, setSort] = useState<CaseloadSort>(defaultSort);
  const today = amsterdamDay(new Date());
  const columns = caseloadColumns.filter((column) => column !== 'coordinator' || caseload.scope === 'team');
  const lines = useMemo(
    () => sortCaseload(filterCaseload(caseload.clients, filter, today), sort, i18n.language),
    [caseload.clients, filter, today, sort, i18n.language],
  );
  const total = caseload.clients.length;

  if (total === 0) return <p>{caseload.scope === 'own' ? t('team.caseload.emptyOwn') : t('team.caseload.emptyTeam')}</p>;
  return (
    <>
      <p>{caseload.scope === 'own' ? t('team.caseload.introOwn') : t('team.caseload.introTeam')}</p>
      <CaseloadFilters filter={filter} onChange={setFilter} />
      {/* Polite: it follows every key typed in the name filter. */}
      <p role="status" className="caseload-count">
        {t('team.caseload.count', { shown: lines.length, count: total })}{' '}
        {t('team.caseload.sortedBy', { column: columnName(t, sort.column), direction: t(`team.caseload.${sort.direction}`) })}
      </p>
      {lines.length === 0 ? (
        <p className="caseload-none">{t('team.caseload.noneFiltered')}</p>
      ) : (
        <CaseloadTable lines={lines} columns={columns} sort={sort} onSort={(column) => setSort(nextSort(sort, column))} />
      )}
    </>
  );
}

interface CaseloadTableProps {
  lines: readonly CaseloadLine[];
  columns: readonly CaseloadColumn[];
  sort: CaseloadSort;
  onSort: (column: CaseloadColumn) => void;
}

/**
 * The table, in a region of its own that scrolls sideways on a phone: it takes focus (so keyboard
 * users can scroll it too) and shows it. The client's name stays in view while the rest scrolls.
 */
function CaseloadTable({ lines, columns, sort, onSort }: CaseloadTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="caseload-table">
        <caption id={captionId} className="caseload-table__caption">
          {t('team.caseload.caption')}
          <span className="visually-hidden"> {t('team.caseload.captionSortable')}</span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <CaseloadRow key={line.client.id} line={line} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A column header with a real button: pressing it sorts by the column, pressing again turns it round. */
function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: CaseloadColumn;
  sort: CaseloadSort;
  onSort: (column: CaseloadColumn) => void;
}) {
  const { t } = useTranslation();
  const sorted = sort.column === column;
  // The arrow repeats what aria-sort says; an unsorted column shows that it can be sorted.
  const arrow = !sorted ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th
      scope="col"
      className={`caseload-table__head caseload-table__head--${column}`}
      {...(sorted ? { 'aria-sort': sort.direction } : {})}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        <span>{columnName(t, column)}</span>
        <span aria-hidden="true" className={sorted ? 'sort-button__arrow sort-button__arrow--on' : 'sort-button__arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

function CaseloadRow({ line, columns }: { line: CaseloadLine; columns: readonly CaseloadColumn[] }) {
  const { t, i18n } = useTranslation();
  const { group } = line;
  const cell = (column: CaseloadColumn) => {
    switch (column) {
      case 'client':
        return (
          <th key={column} scope="row" className="caseload-table__client">
            <Link to={paths.group(line.client.id)}>{line.client.name}</Link>
          </th>
        );
      case 'coordinator':
        return <td key={column}>{line.coordinator?.name ?? t('team.caseload.noCoordinator')}</td>;
      case 'group':
        return <td key={column}>{group?.name ?? <span className="caseload-table__quiet">{t('team.caseload.noGroup')}</span>}</td>;
      case 'phase':
        return <td key={column}>{group === null ? <Empty /> : phaseText(t, group.phase)}</td>;
      case 'members':
        return <td key={column}>{group === null ? <Empty /> : membersText(t, group.members)}</td>;
      case 'nextMeeting':
        return <td key={column}>{group === null ? <Empty /> : <RhythmText group={group} />}</td>;
      case 'agreements':
        return (
          <td key={column} className="caseload-table__number">
            {group === null ? <Empty /> : group.openAgreements}
          </td>
        );
      case 'evaluation':
        return <td key={column}>{group === null ? <Empty /> : evaluationText(t, group.lastEvaluation, i18n.language)}</td>;
    }
  };
  return <tr>{columns.map(cell)}</tr>;
}

/** Late is marked by a symbol and a word, and a thick line, never by colour alone. */
function RhythmText({ group }: { group: NonNullable<CaseloadLine['group']> }) {
  const { t, i18n } = useTranslation();
  const words = rhythmCell(t, group, i18n.language);
  return (
    <span className={words.late ? 'rhythm-cell rhythm-cell--late' : 'rhythm-cell'}>
      {words.late && (
        <span aria-hidden="true" className="rhythm-cell__mark">
          !{' '}
        </span>
      )}
      <span className="rhythm-cell__label">{words.label}</span>
      {words.detail !== null && <span className="rhythm-cell__detail">{words.detail}</span>}
    </span>
  );
}
