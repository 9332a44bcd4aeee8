import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../app/http.js';

export interface FormField<T extends FieldValues> {
  name: Path<T>;
  label: string;
  /** False for a field the server may name but the form does not show. */
  hasControl?: boolean;
}

export interface UnplacedError {
  field: string;
  code: string;
}

export interface FormFeedback<T extends FieldValues> {
  fields: readonly FormField<T>[];
  /** Bumped after each failed submit: the error summary takes focus. */
  focusRequest: number;
  /** A failure that belongs to no field (wrong password, no access, server down). */
  problem: unknown;
  /** Field errors from the server for fields the form does not show. */
  unplaced: readonly UnplacedError[];
  success: string;
  onInvalid: () => void;
  fail: (error: unknown) => void;
  succeed: (message: string) => void;
  clear: () => void;
}

/**
 * What a form tells the person after a submit: field errors (from the shared schema or from the
 * server) next to their fields and in a summary, other failures in an alert, success in a status.
 */
export function useFormFeedback<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, fields: readonly FormField<T>[]): FormFeedback<T> {
  const [focusRequest, setFocusRequest] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<readonly UnplacedError[]>([]);
  const [success, setSuccess] = useState('');
  const { setError } = form;

  const clear = useCallback(() => {
    setProblem(null);
    setUnplaced([]);
    setSuccess('');
  }, []);

  const onInvalid = useCallback(() => {
    clear();
    setFocusRequest((n) => n + 1);
  }, [clear]);

  const fail = useCallback(
    (error: unknown) => {
      clear();
      const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
      if (fieldErrors.length === 0) {
        setProblem(error);
        return;
      }
      const stray: UnplacedError[] = [];
      for (const { field, code } of fieldErrors) {
        const known = fields.find((f) => f.name === field);
        if (known) setError(known.name, { type: code, message: code });
        else stray.push({ field, code });
      }
      setUnplaced(stray);
      setFocusRequest((n) => n + 1);
    },
    [clear, fields, setError],
  );

  const succeed = useCallback(
    (message: string) => {
      clear();
      setSuccess(message);
    },
    [clear],
  );

  return { fields, focusRequest, problem, unplaced, success, onInvalid, fail, succeed, clear };
}
