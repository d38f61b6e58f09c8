/** `npm run bench`'s size flags: a bad one stops the bench at once, naming it, before any case runs. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function bench(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'scripts', 'bench.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('bench size flags', () => {
  it('refuses a part that is no whole number, naming the flag, before running anything', () => {
    const r = bench('--only-extraction', '--living-ingest', '50000,x');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--living-ingest: each number must be a whole number, got "x"');
    expect(r.stdout).toBe('');
  });

  it('refuses more numbers than the flag takes, and a bad list size', () => {
    expect(bench('--only-extraction', '--living', '1,2,3').stderr).toContain('--living: at most 2 numbers, got 3');
    expect(bench('--only-extraction', '--sizes', '1000,-5').stderr).toContain('--sizes: each number must be between 0 and 1000000000, got -5');
  });
});
