import type { TFunction } from 'i18next';
import nl from '../i18n/nl.json' with { type: 'json' };
import { isApiError } from '../app/http.js';

type FieldCode = keyof typeof nl.errors.field;
type ProblemCode = keyof typeof nl.errors.problem;

const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(nl.errors.field, code);
const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(nl.errors.problem, code);

/** The text for a field error, by the stable code the schema or the server gave it. */
export function fieldErrorMessage(t: TFunction, code: string | undefined): string {
  return t(`errors.field.${code !== undefined && isFieldCode(code) ? code : 'generic'}`);
}

/** The text for a failed request as a whole, by its problem code. */
export function problemMessage(t: TFunction, error: unknown): string {
  const code = isApiError(error) ? error.code : 'generic';
  return t(`errors.problem.${isProblemCode(code) ? code : 'generic'}`);
}
