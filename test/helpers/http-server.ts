/** Starts an app on a free loopback port for tests over real HTTP. */
import type { Express } from 'express';
import type { Server } from 'node:http';
import { createAppServer } from '../../server/api/app-server';

export interface Running {
  base: string;
  server: Server;
  close(): Promise<void>;
}

export async function listen(app: Express): Promise<Running> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createAppServer(app).listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return {
    base: `http://127.0.0.1:${addr.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
