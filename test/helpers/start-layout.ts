/**
 * Waits while a server lays out a new store in its worker pool (health's `layingOut`): a new big
 * store is drawn on a quick placement until that layout lands, so browser tests and benchmarks
 * start on the laid-out picture. True if it had to wait.
 */
export async function waitForStartLayout(base: string): Promise<boolean> {
  let waited = false;
  while (((await (await fetch(`${base}/api/health`)).json()) as { layingOut: boolean }).layingOut) {
    waited = true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return waited;
}
