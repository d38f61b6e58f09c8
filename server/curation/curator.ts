/**
 * The curation service the API and the CLI share: checks the request, plans and applies it in one
 * store transaction (checking the records it changed as a load would, before commit), then applies
 * the same change to the Explorer's model as a delta (server/model/apply-curation.ts) and tells
 * listeners.
 */
import type { CurationOp, CurationResult } from '../domain/curation';
import { InvalidArgumentError } from '../domain/errors';
import { curationDeltaToJson } from '../model/curation-delta-json';
import type { CheckedCuration } from '../model/check-curation';
import type { Explorer } from '../query/explorer';
import type { CurationPlan, Verify } from '../store/curation-store';
import type { DatasetStore } from '../store/types';
import { planAffiliate, planConfirm, planKind, planMerge, planRename, planSplit } from './plan-actor';
import { planRetract } from './plan-document';
import { planAccept, planReattach, planReject, planRetype, planReverse } from './plan-relation';
import { parseCurationBody } from './requests';
import type { CurationBody } from './requests';
import type { PlanContext } from './rows';

type Planner<O extends CurationOp> = (ctx: PlanContext, id: string, body: CurationBody<O>) => CurationPlan;

const PLANNERS: { [O in Exclude<CurationOp, 'undo'>]: Planner<O> } = {
  'relation.accept': (ctx, id) => planAccept(ctx, id),
  'relation.reject': (ctx, id, b) => planReject(ctx, id, b.reason),
  'relation.retype': planRetype,
  'relation.reverse': (ctx, id) => planReverse(ctx, id),
  'relation.reattach': planReattach,
  'actor.rename': planRename,
  'actor.kind': planKind,
  'actor.affiliate': planAffiliate,
  'actor.merge': planMerge,
  'actor.split': planSplit,
  'actor.confirm': (ctx, id) => planConfirm(ctx, id),
  'document.retract': (ctx, id) => planRetract(ctx, id),
};

/** An event id as given in a path or on the command line. */
function parseEventId(v: string): number {
  if (!/^[1-9]\d{0,14}$/.test(v)) throw new InvalidArgumentError('event', `must be an event number from the log, got "${v}"`);
  return Number(v);
}

export class Curator {
  constructor(
    private readonly store: DatasetStore,
    private readonly explorer: Explorer,
    /** Called after each committed curation (the server tells open pages). */
    private readonly onChange: () => void = () => undefined,
    /** Brings the Explorer up to the store when another process wrote to it (the server's Ingestor does). */
    private readonly catchUp: () => void = () => undefined,
  ) {}

  /**
   * Runs curation `op` on `id` (an actor, relation or document id; an event number for undo) with
   * the request `body`; `defaultBy` names the curator when the body does not.
   */
  run<O extends CurationOp>(op: O, id: string, body: unknown, defaultBy: string): CurationResult {
    const b = parseCurationBody(op, body);
    const meta = { by: b.by ?? defaultBy, at: new Date().toISOString(), reason: b.reason, ifVersion: b.ifVersion };
    let checked: CheckedCuration | undefined;
    // The changes as the model takes them, read and checked before commit (a refusal rolls back).
    const verify: Verify = (changes, rows) => {
      checked = this.explorer.checkCuration(changes, rows);
      // Logged: another process on the store applies the same delta.
      return curationDeltaToJson(checked);
    };
    const curation = this.store.curation();
    const event = this.store.writeTransaction(() => {
      // The model must be the store's state the change applies to (another process may have written).
      this.catchUp();
      return op === 'undo'
        ? curation.undo(parseEventId(id), meta, verify)
        : curation.curate((rows) => (PLANNERS[op as Exclude<O, 'undo'>] as Planner<O>)({ rows, by: meta.by, at: meta.at }, id, b), meta, verify);
    });
    this.explorer.applyCuration(checked as CheckedCuration, event);
    this.onChange();
    return { event, dataVersion: this.explorer.version };
  }

  /**
   * The same, for the server: while another connection (the store writer's ingest commit, the CLI)
   * holds the write lock, the request thread answers reads instead of waiting in SQLite for it.
   */
  runWhenWritable<O extends CurationOp>(op: O, id: string, body: unknown, defaultBy: string): Promise<CurationResult> {
    return this.store.whenWritable(() => this.run(op, id, body, defaultBy));
  }
}
