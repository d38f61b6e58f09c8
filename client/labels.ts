/**
 * Node label drawing: sigma's default (text right of the disc) plus a white halo, so a name stays
 * readable where relation lines cross it. Labels sit on their own canvas above the edges.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export function drawHaloLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const color = settings.labelColor.attribute
    ? (data[settings.labelColor.attribute] as string | undefined) || settings.labelColor.color || '#000'
    : settings.labelColor.color;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(251, 252, 253, 0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = color ?? '#000';
  context.fillText(data.label, x, y);
}
