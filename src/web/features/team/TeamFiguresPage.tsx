import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TeamFigures } from '../../../shared/team.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { figuresCsvPath, useTeamFigures } from './api.js';
import { EvaluationFigures } from './EvaluationFigures.js';
import { formatDecimal, formatNumber, formatShare } from './numbers.js';
import { DescriptivesTable, FrequencyTable, TableScroll } from './StatisticsTables.js';
import { formatDay, phaseText } from './team-words.js';
import './team.css';

/**
 * The team's figures over its active groups (PRODUCT.md §8): groups per phase, group size, informal
 * members per group as a statistics package prints a frequency table, informal support, meeting on
 * time, and the evaluation aggregated over groups and quarters; with the CSV to download.
 */
export function TeamFiguresPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const figures = useTeamFigures(teamId);
  const data = figures.data;
  return (
    <div className="team-page">
      <PageHeading {...(data ? { documentTitle: t('team.figures.documentTitle', { team: data.team.name }) } : {})}>
        {t('team.figures.title')}
      </PageHeading>
      {figures.isPending && <Loading />}
      {figures.isError && <ProblemAlert error={figures.error} />}
      {data && <Figures teamId={teamId} figures={data} />}
    </div>
  );
}

function Figures({ teamId, figures }: { teamId: string; figures: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const groupsWord = t('team.figures.groups', { count: figures.groups });
  return (
    <>
      <p className="team-kicker">
        {t('team.figures.kicker', { team: figures.team.name, date: formatDay(figures.madeOn, i18n.language) })}
      </p>
      <p>{t('team.figures.intro', { groups: groupsWord })}</p>
      <ul className="team-links">
        <li>
          <a href={figuresCsvPath(teamId)} download>
            {t('team.figures.download')}
          </a>
          <span className="team-links__hint">{t('team.figures.downloadHelp')}</span>
        </li>
        <li>
          <Link to={paths.qualityActions(teamId)}>{t('team.figures.toQualityActions')}</Link>
        </li>
      </ul>
      {figures.groups === 0 ? (
        <p className="section">{t('team.figures.noGroups')}</p>
      ) : (
        <>
          <PhasesSection figures={figures} />
          <GroupSizeSection figures={figures} />
          <InformalSection figures={figures} />
          <RhythmSection figures={figures} />
        </>
      )}
      <EvaluationFigures evaluation={figures.evaluation} />
    </>
  );
}

function PhasesSection({ figures }: { figures: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const captionId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.figures.phases.title')}</h2>
      <TableScroll labelledBy={captionId}>
        <table className="stats-table">
          <caption id={captionId} className="stats-table__caption">
            {t('team.figures.phases.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('team.figures.phases.phase')}</th>
              <th scope="col">{t('team.figures.phases.groups')}</th>
              <th scope="col">{t('team.figures.frequency.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.groupsPerPhase.map((line) => (
              <tr key={line.phase}>
                <th scope="row">{phaseText(t, line.phase)}</th>
                <td className="stats-table__number">{formatNumber(line.count, i18n.language)}</td>
                <td className="stats-table__number">
                  {figures.groups === 0 ? '' : formatDecimal((line.count / figures.groups) * 100, i18n.language)}
                </td>
              </tr>
            ))}
            <tr className="stats-table__total">
              <th scope="row">{t('team.figures.frequency.total')}</th>
              <td className="stats-table__number">{formatNumber(figures.groups, i18n.language)}</td>
              <td className="stats-table__number">{formatDecimal(100, i18n.language)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function GroupSizeSection({ figures }: { figures: TeamFigures }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.figures.groupSize.title')}</h2>
      <p>{t('team.figures.groupSize.about')}</p>
      <DescriptivesTable caption={t('team.figures.groupSize.descriptives')} distribution={figures.groupSize} />
      <FrequencyTable
        caption={t('team.figures.groupSize.frequencies')}
        valueLabel={t('team.figures.groupSize.value')}
        table={figures.groupSize.frequencies}
      />
    </section>
  );
}

function InformalSection({ figures }: { figures: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const share = figures.shareWithInformalSupport;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.figures.informal.title')}</h2>
      <p className="team-figure">
        {share === null
          ? t('team.figures.informal.shareNone')
          : t('team.figures.informal.share', { share: formatShare(share, i18n.language) })}
      </p>
      <DescriptivesTable caption={t('team.figures.informal.descriptives')} distribution={figures.informalMembers} />
      <FrequencyTable
        caption={t('team.figures.informal.frequencies')}
        valueLabel={t('team.figures.informal.value')}
        table={figures.informalMembers.frequencies}
      />
    </section>
  );
}

function RhythmSection({ figures }: { figures: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { judged, share } = figures.metWithinInterval;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.figures.rhythm.title')}</h2>
      <p className="team-figure">
        {share === null
          ? t('team.figures.rhythm.shareNone')
          : t('team.figures.rhythm.share', { share: formatShare(share, i18n.language) })}
      </p>
      <p>{t('team.figures.rhythm.judged', { count: judged })}</p>
      <p className="team-note">{t('team.figures.rhythm.about')}</p>
    </section>
  );
}
