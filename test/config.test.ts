/** Environment parsing: defaults, bad values named, and no unauthenticated writes off loopback. */
import { isLoopback, loadConfig } from '../server/config';

test('defaults listen on loopback port 3000 with a store under data/', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', ACTOR_GRAPH_WRITE_RATE: 60, ACTOR_GRAPH_CORS_ORIGINS: [] });
  expect(c.ACTOR_GRAPH_DB).toMatch(/data\/actor-graph\.sqlite$/);
});

test.each([
  [{ PORT: 'eighty' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ ACTOR_GRAPH_TOKEN: 'short' }, /ACTOR_GRAPH_TOKEN: must be at least 16 characters/],
  [{ ACTOR_GRAPH_CORS_ORIGINS: 'not an origin' }, /ACTOR_GRAPH_CORS_ORIGINS/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  [{ HOST: '0.0.0.0' }, /HOST=0\.0\.0\.0 would expose the write endpoints .* set ACTOR_GRAPH_TOKEN/],
])('%j is refused with a message naming it', (env, message) => {
  expect(() => loadConfig(env)).toThrow(message);
});

test('a non-loopback address is accepted with a token', () => {
  expect(loadConfig({ HOST: '0.0.0.0', ACTOR_GRAPH_TOKEN: 'x'.repeat(16) }).HOST).toBe('0.0.0.0');
});

test('loopback addresses', () => {
  expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
  expect(['0.0.0.0', '192.168.1.2', '::', 'example.com'].some(isLoopback)).toBe(false);
});
