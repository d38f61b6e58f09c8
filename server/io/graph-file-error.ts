/**
 * A graph file that cannot be read, with where: `file, line 12: …` for CSV, `file, line 3,
 * column 14: …` or `file, links[12].source: …` for JSON, `file, line 40, <edge id="e3">: …` for
 * XML. Same code and status as DataValidationError, so the API and CLI report it alike.
 */
import { ActorGraphError } from '../domain/errors';

export class GraphFileError extends ActorGraphError {
  constructor(
    readonly file: string,
    /** Line, position, JSON path or element; undefined when the whole file is at fault. */
    readonly location: string | undefined,
    detail: string,
  ) {
    super(`${[file, location].filter(Boolean).join(', ')}: ${detail}`, 'invalid_data', 422);
  }
}
