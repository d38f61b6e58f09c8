/*
 * Preloaded into a worker thread by a test (see thread-heap.ts): on a BroadcastChannel, answers
 * 'heap?' with the thread's id and the bytes its V8 heap uses, garbage included, and 'collect' the
 * same after a full collection of the thread (a `gc` got through V8's flag and a new context: the
 * test's own, not the server's).
 */
const { isMainThread, threadId } = require('node:worker_threads');
const v8 = require('node:v8');
const vm = require('node:vm');

if (!isMainThread) {
  const channel = new BroadcastChannel('thread-heap-probe');
  channel.unref();
  channel.onmessage = ({ data }) => {
    if (data === 'collect') {
      v8.setFlagsFromString('--expose-gc');
      vm.runInNewContext('gc')();
    }
    if (data === 'heap?' || data === 'collect') channel.postMessage({ threadId, used: v8.getHeapStatistics().used_heap_size });
  };
}
