/*
 * Entry of a chunk thread when the importer runs from TypeScript source (ts-jest, ts-node): a
 * worker thread loads files by path, and there is no compiled chunk-worker.js beside the .ts then.
 * So this plain file registers ts-node (transpile only) in the thread and loads the same module.
 * Compiled code (dist/) never uses it: chunk-threads.ts picks dist/server/gdelt/chunk-worker.js.
 */
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') });
require('./chunk-worker.ts');
