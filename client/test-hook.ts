/**
 * A read-only window onto what sigma drew, installed only when the page is opened with ?test=1.
 * End-to-end tests read it to find where an actor is on screen and which relations are drawn;
 * they then act through the real UI (mouse, keyboard), so there is no second code path.
 */
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';
import type { ActorMultiGraph } from './graph-data';
import type { LabelLayout } from './labels';
import type { ActorSigma } from './renderer';
import type { TestHandle } from './test-handle';

export function installTestHook(sigma: ActorSigma, graph: ActorMultiGraph, labels: LabelLayout<NodeAttrs, EdgeAttrs, GraphAttributes>): void {
  if (new URLSearchParams(location.search).get('test') !== '1') return;
  let renders = 0;
  sigma.on('afterRender', () => renders++);
  const handle: TestHandle = Object.freeze({
    nodes: () =>
      graph.mapNodes((id, a) => {
        const d = sigma.getNodeDisplayData(id) as (ReturnType<ActorSigma['getNodeDisplayData']> & { faded?: boolean; labelColor?: string; isNew?: boolean }) | undefined;
        const v = sigma.graphToViewport({ x: a.x, y: a.y });
        return {
          id,
          label: a.label,
          kind: a.kind,
          hidden: d?.hidden ?? true,
          size: d?.size ?? 0,
          color: d?.color ?? '',
          faded: d?.faded ?? false,
          labelColor: d?.labelColor ?? '',
          labelDrawn: labels.drawn.has(id),
          isNew: d?.isNew ?? false,
          x: v.x,
          y: v.y,
        };
      }),
    edges: () =>
      graph.mapEdges((key, a, source, target) => {
        const d = sigma.getEdgeDisplayData(key) as (ReturnType<ActorSigma['getEdgeDisplayData']> & { isNew?: boolean }) | undefined;
        return { key, relation: a.actsFor ? 'acts-for' : a.type, source, target, hidden: d?.hidden ?? true, program: d?.type ?? '', color: d?.color ?? '', isNew: d?.isNew ?? false };
      }),
    labelBoxes: () => [...labels.drawn.values()].map((b) => ({ ...b })),
    camera: () => ({ ...sigma.getCamera().getState() }),
    size: () => ({ ...sigma.getDimensions() }),
    renders: () => renders,
  });
  Object.defineProperty(window, '__actorGraph', { value: handle, writable: false, configurable: false });
}
