/**
 * A function of a word remembered for the words read lately: a text repeats its words ("the",
 * "said", its actors' names). The memory is cleared when it holds `max` words, so a long run of
 * distinct words costs a recomputation, never unbounded memory (a Map: words from text are never
 * object keys).
 */
export function wordMemo<T>(compute: (word: string) => T, max: number): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    let hit = memory.get(word);
    if (hit === undefined) {
      if (memory.size >= max) memory.clear();
      hit = compute(word);
      memory.set(word, hit);
    }
    return hit;
  };
}
