import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { respondentTypes, type RespondentType } from '../../../domain/evaluations.js';
import type { LoadedInstrument } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { DetailList } from '../../components/DetailList.js';
import { fieldErrorMessage } from '../../components/messages.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useLoadInstrument } from './api.js';
import { definitionProblems, maxRequestBytes, readInstrumentText, type DefinitionProblem } from './instrument-file.js';
import { respondentTypeName } from './team-words.js';

/** What is wrong before or after sending: per field, the file's problems, or a failure of the request. */
interface Failure {
  type?: string;
  file?: string;
  definition?: DefinitionProblem[];
  problem?: unknown;
}

/**
 * Loading an instrument: for whom, and the JSON file. The file is read and parsed in the browser, so
 * that a file that is not JSON is said at once; what the server finds wrong in the definition is
 * listed with where in the file it is. Nothing is stored unless all of it is right.
 */
export function LoadInstrumentForm() {
  const { t } = useTranslation();
  const prefix = useId();
  const titleId = `${prefix}-title`;
  const typeId = `${prefix}-type`;
  const fileId = `${prefix}-file`;
  const load = useLoadInstrument();
  const [type, setType] = useState<RespondentType | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [loaded, setLoaded] = useState<LoadedInstrument | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After a failed try the summary takes focus, so that the person hears what to fix first.
  useEffect(() => {
    if (failure !== null) summaryRef.current?.focus();
  }, [failure]);

  const fail = (next: Failure) => {
    setLoaded(null);
    setFailure(next);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const local: Failure = {};
    if (type === null) local.type = t('team.instruments.load.chooseType');
    if (file === null) local.file = t('team.instruments.load.chooseFile');
    // Not read at all when far too large: the server would refuse it anyway.
    else if (file.size > 4 * maxRequestBytes) local.file = t('team.instruments.load.tooBig');
    if (type === null || file === null || local.file !== undefined) return fail(local);

    setBusy(true);
    try {
      const reading = readInstrumentText(await file.text());
      if (!reading.ok) {
        fail({
          file:
            reading.reason === 'not_json'
              ? t('team.instruments.load.notJson', { detail: reading.detail })
              : t(reading.reason === 'empty' ? 'team.instruments.load.empty' : 'team.instruments.load.tooBig'),
        });
        return;
      }
      const saved = await load.mutateAsync({ respondentType: type, definition: reading.definition });
      setFailure(null);
      setLoaded(saved);
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      const problems = definitionProblems(error);
      const typeError = isApiError(error) ? error.problem.errors?.find((e) => e.field === 'respondentType') : undefined;
      if (problems !== null || typeError !== undefined) {
        fail({
          ...(problems === null ? {} : { definition: problems }),
          ...(typeError === undefined ? {} : { type: fieldErrorMessage(t, typeError.code) }),
        });
      } else fail({ problem: error });
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...(failure?.type === undefined
      ? []
      : [{ href: `${typeId}-${respondentTypes[0]}`, text: `${t('team.instruments.load.type')}: ${failure.type}` }]),
    ...(failure?.file === undefined ? [] : [{ href: fileId, text: `${t('team.instruments.load.file')}: ${failure.file}` }]),
  ];

  return (
    <section aria-labelledby={titleId} className="section">
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-labelledby={titleId}>
        <h2 id={titleId} className="form__title">
          {t('team.instruments.load.title')}
        </h2>
        <p className="form__intro">{t('team.instruments.load.intro')}</p>
        {failure !== null && (summary.length > 0 || failure.definition !== undefined) && (
          <div ref={summaryRef} tabIndex={-1} className="error-summary" aria-labelledby={`${prefix}-summary`}>
            <h3 id={`${prefix}-summary`} className="error-summary__title">
              {failure.definition === undefined ? t('errors.summaryTitle') : t('team.instruments.load.problemsTitle')}
            </h3>
            {summary.length > 0 && (
              <ul className="error-summary__list">
                {summary.map((item) => (
                  <li key={item.href}>
                    <a
                      href={`#${item.href}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(item.href)?.focus();
                      }}
                    >
                      {item.text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {failure.definition !== undefined && <DefinitionProblems problems={failure.definition} />}
          </div>
        )}
        {failure?.problem !== undefined && (
          <div ref={summaryRef} tabIndex={-1}>
            <ProblemAlert error={failure.problem} />
          </div>
        )}
        <fieldset
          className="field choice-field"
          data-invalid={failure?.type !== undefined || undefined}
          aria-describedby={failure?.type !== undefined ? `${typeId}-error` : undefined}
        >
          <legend className="field__label">{t('team.instruments.load.type')}</legend>
          {failure?.type !== undefined && (
            <p id={`${typeId}-error`} className="field__error">
              {failure.type}
            </p>
          )}
          {respondentTypes.map((option) => (
            <label key={option} className="choice-field__option">
              <input
                type="radio"
                id={`${typeId}-${option}`}
                className="choice-field__input"
                name={typeId}
                value={option}
                checked={type === option}
                onChange={() => setType(option)}
              />
              <span>{respondentTypeName(t, option)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field" data-invalid={failure?.file !== undefined || undefined}>
          <label htmlFor={fileId} className="field__label">
            {t('team.instruments.load.file')}
          </label>
          <p id={`${fileId}-help`} className="field__description">
            {t('team.instruments.load.fileHelp')}
          </p>
          {failure?.file !== undefined && (
            <p id={`${fileId}-error`} className="field__error">
              {failure.file}
            </p>
          )}
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            accept=".json,application/json,application/fhir+json"
            className="field__input instrument-file"
            aria-describedby={[`${fileId}-help`, failure?.file !== undefined ? `${fileId}-error` : null]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={failure?.file !== undefined || undefined}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <SubmitButton isPending={busy}>{t('team.instruments.load.submit')}</SubmitButton>
        <div role="status" className={loaded === null ? 'form-status' : 'form-status form-status--success'}>
          {loaded !== null && <LoadedSummary instrument={loaded} />}
        </div>
      </form>
    </section>
  );
}

/** Each problem with where in the file it is; the server's words, as they name the file's own fields. */
function DefinitionProblems({ problems }: { problems: readonly DefinitionProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('team.instruments.load.nothingStored', { count: problems.length })}</p>
      <ul className="error-summary__list instrument-problems">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            {problem.path === '' ? (
              t('team.instruments.load.wholeFile')
            ) : (
              <code className="instrument-problems__path" lang="en">
                {problem.path}
              </code>
            )}
            {': '}
            <span lang="en">{problem.message}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function LoadedSummary({ instrument }: { instrument: LoadedInstrument }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('team.instruments.load.done', { title: instrument.title, type: respondentTypeName(t, instrument.respondentType) })}
      </p>
      <DetailList
        details={[
          {
            term: t('team.instruments.nameVersionTerm'),
            value: t('team.instruments.nameVersion', { title: instrument.title, version: instrument.version }),
          },
          { term: t('team.instruments.url'), value: <span className="instrument-card__url">{instrument.url}</span> },
          { term: t('team.instruments.forWhom'), value: respondentTypeName(t, instrument.respondentType) },
        ]}
      />
    </>
  );
}
