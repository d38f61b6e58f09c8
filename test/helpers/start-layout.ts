/**
 * Waits while a server lays out a new store in its worker pool (health's `layingOut`): a new big
 * store is drawn on a quick placement until that layout lands, so browser tests and benchmarks
 * start on the laid-out picture. True if it had to wait.
 */
export async function waitForStartLayout(base: string): Promise<boolean> {
  let waited = false;
  let failures = 0;
  for (;;) {
    let layingOut: boolean;
    try {
      layingOut = ((await (await fetch(`${base}/api/health`)).json()) as { layingOut: boolean }).layingOut;
      failures = 0;
    } catch (e) {
      // A kept-alive socket the server closed as the request went out ("other side closed"): on a
      // loaded machine a poll can meet one; a server that is really gone fails every time.
      if (++failures >= 5) throw e;
      layingOut = true;
    }
    if (!layingOut) return waited;
    waited = true;
    await new Promise((r) => setTimeout(r, 50));
  }
}
