/** The graph in an exchange format, streamed as it is written. */
import { Readable, pipeline } from 'node:stream';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../domain/types';
import { parseFilter, parseFormat } from '../query/options';
import { FILTER_FIELDS } from './fields';
import { defineOperation } from './operation';

export const exportGraph = defineOperation({
  name: 'export',
  path: '/export',
  summary: 'Download the graph',
  cost: 'light',
  cli: 'export',
  params: z.strictObject({ format: z.enum(EXPORT_FORMATS).meta({ description: 'Export format (default json).', placeholder: 'format' }).optional(), ...FILTER_FIELDS }),
  answer: { description: 'File download', contentType: '*/*' },
  parse: (q) => ({ format: parseFormat(q.format), filter: parseFilter(q) }),
  run: (explorer, { format, filter }) => explorer.export(format, filter),
  send: (res, out) => {
    res.attachment(`actor-graph.${out.extension}`);
    res.type(out.contentType);
    // Big exports start at once and are never one string in memory. Once it has started, a
    // failure (a client that hangs up, most often) can only cut it short.
    pipeline(Readable.from(out.chunks()), res, () => undefined);
  },
});
