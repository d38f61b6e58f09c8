/** Runs the installed `actor-graph` command (compiled by `npm run build`) as a user would. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.join(__dirname, '..', '..', 'bin', 'actor-graph.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A store of this test file's own, so tests never touch the user's data/actor-graph.sqlite. */
const DEFAULT_DB = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-')), 'store.sqlite');

export function runCli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ACTOR_GRAPH_DB: DEFAULT_DB, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
