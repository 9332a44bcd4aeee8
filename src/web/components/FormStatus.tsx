import type { FieldValues } from 'react-hook-form';
import type { FormFeedback } from './use-form-feedback.js';
import { ProblemAlert } from './ProblemAlert.js';

/** A failure of a submit that is not about one field. */
export function FormProblem<T extends FieldValues>({ feedback }: { feedback: FormFeedback<T> }) {
  return feedback.problem !== null ? <ProblemAlert error={feedback.problem} /> : null;
}

/** The status region is always in the page, so that screen readers announce a success as it appears. */
export function FormSuccess<T extends FieldValues>({ feedback }: { feedback: FormFeedback<T> }) {
  return (
    <p role="status" className={feedback.success === '' ? 'form-status' : 'form-status form-status--success'}>
      {feedback.success}
    </p>
  );
}
