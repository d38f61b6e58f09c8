/**
 * Typed errors shared by the loader, the query functions, the API and the CLI. Each carries a
 * stable code and the HTTP status it maps to, so no layer matches on message strings.
 */

/** Base class: `code` is machine-readable, `message` names the offending field or parameter. */
export class ActorGraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A data file or record failed validation; the message names the file, the record and the field. */
export class DataValidationError extends ActorGraphError {
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(
      [file, record && `record ${record}`, field && `field "${field}"`].filter(Boolean).join(', ') +
        `: ${detail}`,
      'invalid_data',
      422,
    );
  }
}

/** An environment variable has a bad value: the start (or the command) stops, naming it. */
export class ConfigError extends ActorGraphError {
  constructor(message: string) {
    super(message, 'invalid_config', 500);
  }
}

/** A query parameter, flag or body field has a bad value. */
export class InvalidArgumentError extends ActorGraphError {
  constructor(
    readonly param: string,
    readonly detail: string,
  ) {
    super(`${param}: ${detail}`, 'invalid_argument', 400);
  }
}

/** A named actor, document or resource does not exist. */
export class NotFoundError extends ActorGraphError {
  constructor(
    readonly param: string,
    detail: string,
  ) {
    super(`${param}: ${detail}`, 'not_found', 404);
  }
}

/** The one wording of an actor id that names no actor (`id` as looked up; see operations/actor-as-sent.ts). */
export const unknownActor = (param: string, id: string): NotFoundError => new NotFoundError(param, `unknown actor "${id}"`);

/** The server cannot take this request now (a full write queue); the client may retry after `retryAfterSeconds`. */
export class BusyError extends ActorGraphError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'busy', 503);
  }
}
