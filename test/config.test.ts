/** Environment parsing: defaults, bad values named, and no unauthenticated writes off loopback. */
import { allowedHostNames, isLoopback, loadConfig } from '../server/config';

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
  [{ ACTOR_GRAPH_ALLOWED_HOSTS: 'http://example.org' }, /^invalid environment variable ACTOR_GRAPH_ALLOWED_HOSTS: /],
  [{ ACTOR_GRAPH_ALLOWED_HOSTS: 'example.org:3000' }, /ACTOR_GRAPH_ALLOWED_HOSTS/],
  [{ ACTOR_GRAPH_ALLOWED_HOSTS: 'ok.example, bad host' }, /ACTOR_GRAPH_ALLOWED_HOSTS/],
  [{ ACTOR_GRAPH_WRITE_QUEUE: '-1' }, /ACTOR_GRAPH_WRITE_QUEUE/],
  [{ ACTOR_GRAPH_MAX_CONNECTIONS: '0' }, /ACTOR_GRAPH_MAX_CONNECTIONS/],
  [{ ACTOR_GRAPH_AUTH_FAIL_RATE: 'many' }, /ACTOR_GRAPH_AUTH_FAIL_RATE/],
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

test('allowed host names: the listed ones, plus HOST when it names one interface', () => {
  const token = { ACTOR_GRAPH_TOKEN: 'x'.repeat(16) };
  expect(allowedHostNames(loadConfig({}))).toEqual([]);
  expect(allowedHostNames(loadConfig({ ACTOR_GRAPH_ALLOWED_HOSTS: ' Graph.Example.org ,10.0.0.7,[fd00::1]' }))).toEqual(['graph.example.org', '10.0.0.7', '[fd00::1]']);
  expect(allowedHostNames(loadConfig({ HOST: '0.0.0.0', ...token }))).toEqual([]);
  expect(allowedHostNames(loadConfig({ HOST: '::', ...token }))).toEqual([]);
  expect(allowedHostNames(loadConfig({ HOST: '192.168.1.5', ...token }))).toEqual(['192.168.1.5']);
  expect(allowedHostNames(loadConfig({ HOST: 'fd00::2', ...token }))).toEqual(['[fd00::2]']);
  expect(allowedHostNames(loadConfig({ HOST: 'box.lan', ACTOR_GRAPH_ALLOWED_HOSTS: 'graph.lan', ...token }))).toEqual(['graph.lan', 'box.lan']);
});
