/**
 * Vite build of the explorer page: client/ is the root, the bundle goes to dist/client, which the
 * server serves at / when it exists. Paths are resolved from this file so the build works from
 * any working directory.
 */
import { defineConfig } from 'vite';

const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: here,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Sigma and graphology make one chunk of ~200 kB; splitting it buys nothing here.
    chunkSizeWarningLimit: 800,
    sourcemap: true,
  },
  server: {
    // `vite --config client/vite.config.ts` during development, against `npm start` on 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
