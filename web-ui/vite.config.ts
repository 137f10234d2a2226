import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The backend (Spring Boot) runs on 8080; in development Vite serves the UI and forwards everything the
// server owns, so the session cookie, the CSRF cookie and the OAuth2 login redirects stay on one origin.
const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const backend = 'http://localhost:8080';
const serverPaths = ['/api', '/oauth2', '/login', '/logout'];

export default defineConfig({
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
