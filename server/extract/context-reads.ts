/**
 * Which parts of a context a computation read. Extraction reads every sentence twice (index.ts):
 * the first pass only finds the document's pair, which the second pass's context then holds. A
 * sentence whose relations, in the first pass, read nothing of the context but what both passes
 * hold alike gets the same relations in the second: sentenceRelations is a function of the
 * sentence's analysis and of what it reads of its context, so with the same values read, every
 * step, and so every read, is the same. Most sentences name no pair by reference ("both sides",
 * "they" in speech) and read none of it.
 */

/** `ctx` as seen through a watch, and whether anything outside `shared` was asked of it. */
export interface WatchedContext<T extends object> {
  ctx: T;
  readOther(): boolean;
}

/**
 * `ctx` behind a proxy that notes each read of a property outside `shared`: a value, an absent one
 * (`ctx.recentPair` when none is set), whether it is there (`in`), or the list of its keys (a spread).
 */
export function watchContext<T extends object>(ctx: T, shared: ReadonlySet<PropertyKey>): WatchedContext<T> {
  let other = false;
  const note = (key: PropertyKey): void => {
    if (!shared.has(key)) other = true;
  };
  const proxy = new Proxy(ctx, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      other = true;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { ctx: proxy, readOther: () => other };
}
