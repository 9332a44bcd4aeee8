import { isApiError } from '../../app/http.js';

// Loading an instrument from a JSON file: read in the browser first, so that a file that is not
// JSON at all is said at once, without a round trip; what the server finds wrong in the definition
// comes back as one field error per problem, at `definition.<path>`.

/**
 * The largest request the server takes (its body limit, 256 KiB); a larger file is refused here in
 * words rather than by the server's bare "too large".
 */
export const maxRequestBytes = 256 * 1024;

export type FileReading =
  | { ok: true; definition: unknown }
  | { ok: false; reason: 'empty' | 'too_big' }
  | { ok: false; reason: 'not_json'; detail: string };

/** Room in the request for what goes around the definition (`{"respondentType": …}`). */
const envelopeBytes = 100;

/**
 * The file's text as a definition to send, or why it cannot be one. The size is that of what will be
 * sent: the definition without the file's spaces and line breaks.
 */
export function readInstrumentText(text: string): FileReading {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let definition: unknown;
  try {
    definition = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (new TextEncoder().encode(JSON.stringify(definition)).length > maxRequestBytes - envelopeBytes)
    return { ok: false, reason: 'too_big' };
  return { ok: true, definition };
}

export interface DefinitionProblem {
  /** Where in the file, e.g. `item[2].answerOption`; empty for the file as a whole. */
  path: string;
  message: string;
}

/**
 * What the server found wrong in a definition, when it refused one for that (422 with field errors);
 * null for any other failure. Errors about the respondent type are the form's, not the file's.
 */
export function definitionProblems(error: unknown): DefinitionProblem[] | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const errors = (error.problem.errors ?? []).filter((e) => e.field === 'definition' || e.field.startsWith('definition.'));
  if (errors.length === 0) return null;
  return errors.map((e) => ({ path: e.field === 'definition' ? '' : e.field.slice('definition.'.length), message: e.message }));
}
