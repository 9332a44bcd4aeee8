import { ApiError, isApiError } from '../../app/http.js';

/**
 * Refusals of a sign-in step that are said in the form's error summary, which takes focus, rather
 * than in an alert next to it: the person's next move is to fix what they typed, or to wait.
 */
const summaryCodes: Readonly<Record<string, string>> = {
  invalid_credentials: 'invalid_credentials',
  too_many_attempts: 'too_many_attempts',
  second_factor_attempts_used: 'second_factor_attempts_used',
  // On a code step a 401 means the pending sign-in ended (it took too long, or the admin ended it).
  unauthenticated: 'sign_in_expired',
};

const withErrors = (error: ApiError, errors: { field: string; code: string }[]) =>
  new ApiError({ ...error.problem, errors: errors.map((e) => ({ ...e, message: error.problem.title })) });

/**
 * The error as the sign-in forms show it. A wrong code belongs to the code field (`codeField`, with
 * the message code to use); a refusal of the whole attempt is listed in the summary without a field.
 */
export function signInError(error: unknown, codeField?: { name: string; code: string }): unknown {
  if (!isApiError(error)) return error;
  if (codeField !== undefined) {
    if (error.code === 'invalid_code') return withErrors(error, [{ field: codeField.name, code: codeField.code }]);
    // The server's format check of a code says `invalid_format`, which the forms word for email addresses.
    const fieldErrors = error.problem.errors ?? [];
    if (fieldErrors.some((e) => e.field === codeField.name)) return withErrors(error, [{ field: codeField.name, code: codeField.code }]);
  }
  const summaryCode = summaryCodes[error.code];
  return summaryCode === undefined ? error : withErrors(error, [{ field: 'form', code: summaryCode }]);
}
