import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../shared/evaluations.js';
import { ApiError } from '../../app/http.js';
import { isInvalidEvaluationLink, linkLocale, linkPageView } from './link-questionnaire.js';

const questionnaire = (values: { answeredAt?: string | null; open?: boolean } = {}): Questionnaire => ({
  round: { id: 'r1', closesOn: '2027-04-08', open: values.open ?? true },
  client: { id: 'c1', name: 'Noor' },
  respondentType: 'relative',
  instrument: { source: 'regie', title: 'Vragenlijst', url: 'https://regie.example/q', version: '1', item: [] },
  alone: false,
  answeredAt: values.answeredAt ?? null,
});

const problem = (code: string, status: number) => new ApiError({ type: 'about:blank', title: 'Problem', status, code });

const base = { hasToken: true, error: null, gone: false, sent: false, questionnaire: undefined };

describe('the personal link page', () => {
  it('explains a missing token before anything else', () => {
    expect(linkPageView({ ...base, hasToken: false, error: problem('link_invalid', 404) })).toBe('missing');
  });

  it('explains a link that does not work, now or when sending found it gone', () => {
    expect(linkPageView({ ...base, error: problem('link_invalid', 404) })).toBe('invalid');
    expect(linkPageView({ ...base, questionnaire: questionnaire(), gone: true })).toBe('invalid');
  });

  it('loads, then shows the form; other problems are shown as problems', () => {
    expect(linkPageView(base)).toBe('loading');
    expect(linkPageView({ ...base, questionnaire: questionnaire() })).toBe('form');
    expect(linkPageView({ ...base, error: problem('too_many_attempts', 429) })).toBe('problem');
  });

  it('thanks once sent, and says why there is no form when answered or closed', () => {
    expect(linkPageView({ ...base, questionnaire: questionnaire(), sent: true })).toBe('thanks');
    expect(linkPageView({ ...base, questionnaire: questionnaire({ answeredAt: '2027-04-01T10:00:00Z' }) })).toBe('answered');
    expect(linkPageView({ ...base, questionnaire: questionnaire({ open: false }) })).toBe('closed');
  });

  it('knows a link refusal by its code only', () => {
    expect(isInvalidEvaluationLink(problem('link_invalid', 404))).toBe(true);
    expect(isInvalidEvaluationLink(problem('not_found', 404))).toBe(false);
    expect(isInvalidEvaluationLink(new Error('network'))).toBe(false);
  });

  it('asks in English only when the page is English', () => {
    expect(linkLocale('en')).toBe('en');
    expect(linkLocale('nl')).toBe('nl');
    expect(linkLocale('de')).toBe('nl');
  });
});
