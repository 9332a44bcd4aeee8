import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * The zod resolver, with error types the shared messages know: a text with a character it may not
 * hold or a date that cannot be read fails a format check, which the shared messages read as a bad
 * email address; and a refinement names its own code in its message (`in_future`).
 */
export function planResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  const base = zodResolver(schema);
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const errors = result.errors as FieldErrors<Input>;
    for (const error of Object.values(errors)) {
      if (error === undefined || typeof error !== 'object' || !('type' in error)) continue;
      if (error.type === 'invalid_format') error.type = 'generic';
      else if (error.type === 'custom' && typeof error.message === 'string' && error.message !== '') error.type = error.message;
    }
    return result;
  };
}
