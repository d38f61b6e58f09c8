/**
 * Placing actors without a position beside the ones that have one, wave after wave outwards: each
 * goes to the weighted centre of its placed neighbours plus a random offset within `reach`. Used
 * for what the overview's layout left out and for actors that join a kept layout.
 */
import type { Positions } from './layout';

/** Calls `visit(other, weight)` for each relation of `id`. */
export type NeighbourWalk = (id: string, visit: (other: string, weight: number) => void) => void;

/**
 * Places `pending` into `positions`, in waves (an actor whose neighbours are all unplaced waits for
 * the next wave). `randomFor(id)` gives the random stream for an actor's offset. Returns the actors
 * no wave could place (no placed neighbour at all), in their order.
 */
export function placeInWaves(pending: readonly string[], positions: Positions, neighbours: NeighbourWalk, reach: number, randomFor: (id: string) => () => number): string[] {
  let left = [...pending];
  while (left.length) {
    const wave: [string, { x: number; y: number }][] = [];
    const rest: string[] = [];
    for (const n of left) {
      let sx = 0;
      let sy = 0;
      let sw = 0;
      neighbours(n, (other, w) => {
        const p = positions[other];
        if (!p || other === n) return;
        sx += p.x * w;
        sy += p.y * w;
        sw += w;
      });
      if (sw === 0) {
        rest.push(n);
        continue;
      }
      const random = randomFor(n);
      const angle = random() * 2 * Math.PI;
      const r = reach * (0.3 + 0.7 * Math.sqrt(random()));
      wave.push([n, { x: sx / sw + r * Math.cos(angle), y: sy / sw + r * Math.sin(angle) }]);
    }
    // Positions of one wave are only read by the next, so the order within a wave does not matter.
    for (const [n, p] of wave) positions[n] = p;
    if (!wave.length) return rest;
    left = rest;
  }
  return [];
}
