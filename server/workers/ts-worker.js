/*
 * Worker entry used when the server runs from TypeScript source (ts-jest, ts-node): a worker
 * thread loads files by path, and there is no compiled graph-tasks.js beside the .ts then. So
 * this plain file registers ts-node (transpile only, as `npm run bench` does) in the worker and
 * loads the same module. Compiled code (dist/) never uses it: the pool picks
 * dist/server/workers/graph-tasks.js directly.
 */
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') });
module.exports = require('./graph-tasks.ts');
