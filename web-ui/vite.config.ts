import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createLogger } from 'vite';
import { defineConfig } from 'vitest/config';

// The backend (Spring Boot) runs on 8080; in development Vite serves the UI and forwards everything the
// server owns, so the session cookie, the CSRF cookie and the OAuth2 login redirects stay on one origin.
const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const backend = 'http://localhost:8080';
const serverPaths = ['/api', '/oauth2', '/login', '/logout'];

// design-react-kit loads each of its ~180 icons as its own small chunk, on demand. Listing them all buries
// the bundle sizes in the build log: report them as one line instead.
const logger = createLogger();
const iconChunk = /assets\/It[A-Z][A-Za-z]*-[\w-]+\.js\b/;
const info = logger.info.bind(logger);
logger.info = (message, options) => {
  const lines = message.split('\n');
  const kept = lines.filter((line) => !iconChunk.test(line));
  const icons = lines.length - kept.length;
  if (icons > 0) kept.push(`(and ${icons} icon chunks of design-react-kit, loaded on demand)`);
  info(kept.join('\n'), options);
};

export default defineConfig({
  customLogger: logger,
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: backend, xfwd: true }])),
  },
  build: {
    // Maven sets this to the application's target/classes/static, so Spring Boot serves the UI at "/".
    outDir: process.env.CASA_WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    // Form tests type whole fiscal codes key by key and wait for lazy pages (findBy* waits up to 25 s, setup.ts):
    // on a loaded 2-core CI machine 5 s is not enough.
    // Tests assert behaviour, never speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // design-react-kit's package exports name only the non-standard "module" and "main" conditions, which
    // the browser build understands but Node does not: tests load its ES build through Vite instead.
    alias: [
      { find: /^design-react-kit$/, replacement: local('./node_modules/design-react-kit/dist/index.js') },
      { find: /^bootstrap-italia$/, replacement: local('./src/test/bootstrap-italia-stub.ts') },
    ],
    server: { deps: { inline: ['design-react-kit'] } },
    // One jsdom per worker instead of one per file: 4x faster on two cores. Tests keep no module state
    // of their own (each renders fresh providers; setup.ts clears storage and cookies).
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
