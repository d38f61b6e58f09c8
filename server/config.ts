/** Environment settings, parsed once; a bad value stops the start with a message naming it. */
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from './data/paths';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  ACTOR_GRAPH_DATA: z.string().min(1).default(DEFAULT_DATA_DIR),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const res = envSchema.safeParse(env);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  return res.data;
}
