import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Rhythm } from '../../../shared/meetings.js';
import { paths } from '../../app/paths.js';
import { rhythmFacts, rhythmWords, type RhythmWords } from './meeting-words.js';
import './meetings.css';

// Late is marked as an error, soon as asking for attention; both in words by the label as well.
const boxOf: Readonly<Record<RhythmWords['state'], string>> = {
  none_yet: 'status-box--brand',
  planned: 'status-box--brand',
  not_due: 'status-box--brand',
  due_soon: 'status-box--attention',
  overdue: 'status-box--error',
};

/**
 * Where the group stands in its rhythm (about every three months, PRODUCT.md §6): its state in words,
 * not only a colour, with the sentence that goes with it and the way to the next meeting; under it,
 * when the group last met and how often it meets.
 */
export function RhythmStatus({ clientId, rhythm }: { clientId: string; rhythm: Rhythm }) {
  const { t, i18n } = useTranslation();
  const words = rhythmWords(t, rhythm, i18n.language);
  return (
    <>
      <div className={`status-box ${boxOf[words.state]}`}>
        <p>
          <span className="rhythm-status__label">{words.label}:</span> {words.sentence}
        </p>
        {rhythm.next !== null && (
          <p>
            <Link to={paths.meeting(clientId, rhythm.next.id)}>{t('meetings.links.toNext')}</Link>
          </p>
        )}
      </div>
      <ul className="rhythm-facts">
        {rhythmFacts(t, rhythm, i18n.language).map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </>
  );
}
