/*
 * Worker entry used when the server runs from TypeScript source (ts-jest, ts-node), as
 * server/workers/ts-worker.js is for the pool: registers ts-node in the worker and loads the same
 * module. Compiled code (dist/) starts store-writer-worker.js directly.
 */
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') });
require('./store-writer-worker.ts');
