/** A failure the caller can act on. Mapped once, in the error handler, to problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    /** Stable, machine-readable; the web app translates by it. Never match on `message`. */
    readonly code: string,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(fieldErrors: FieldError[], message = 'Some fields are not filled in correctly.') {
    super(400, 'validation_failed', message, fieldErrors);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(code = 'unauthenticated', message = 'Sign in to continue.') {
    super(401, code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this.') {
    super(403, 'forbidden', message);
  }
}

/** Also answers "not yours", so that the existence of another's record is not revealed. */
export class NotFoundError extends AppError {
  constructor(message = 'This was not found, or you have no access to it.') {
    super(404, 'not_found', message);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, fieldErrors?: FieldError[]) {
    super(409, code, message, fieldErrors);
  }
}
