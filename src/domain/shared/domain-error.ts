/**
 * Every rule the domain refuses is a DomainError. `kind` says what sort of refusal it is
 * (the HTTP adapter alone turns it into a status); `code` is the stable upper-case code
 * clients branch on (the API's `message`). Two errors may share a code with different kinds
 * when SPEC.md gives one code different statuses on different routes.
 */
export type DomainErrorKind =
  | 'invalid' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'too_many' // 429
  | 'upstream' // 502: a service we depend on failed
  | 'unavailable'; // 503: our own infrastructure (the database) is down

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  abstract readonly code: string;

  constructor(detail?: string) {
    super(detail);
    this.name = new.target.name;
  }
}

/** Shorthand for the many errors that are nothing but a kind and a code. */
export function domainError(kind: DomainErrorKind, code: string) {
  return class extends DomainError {
    readonly kind = kind;
    readonly code = code;
  };
}
