#!/usr/bin/env node
// The actor-graph command runs the compiled CLI, so no TypeScript is compiled per call.
try {
  require.resolve('../dist/server/cli.js');
} catch {
  process.stderr.write('actor-graph: the compiled CLI is missing; run `npm run build` first.\n');
  process.exit(1);
}
require('../dist/server/cli.js').main();
