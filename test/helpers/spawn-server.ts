/** Starts the compiled server (`node dist/server/index.js`) as a child process, as a user would. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Spawned {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ENTRY = path.join(__dirname, '..', '..', 'dist', 'server', 'index.js');

/** `nodeArgs`: flags for node before the entry (e.g. `-r` a probe under scripts/bench/). */
export function spawnServer(env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<Spawned> {
  const child = spawn(process.execPath, [...nodeArgs, ENTRY], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env } });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    // A server too slow to start is stopped, not left running after its test (or bench) gave up on it.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, 20_000);
    const check = (): void => {
      const m = /Actor Graph Explorer: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1], output: () => out, exited });
      }
    };
    child.stdout!.on('data', check);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening:\n${out}`));
    });
  });
}
