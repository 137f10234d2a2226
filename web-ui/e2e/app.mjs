// Starts the real application jar for the end-to-end tests: embedded PostgreSQL in a temporary folder, free ports,
// its log in a file; stops it (and its database) afterwards.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{ jar: string, repository: string, logFile: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startApplication({ jar, repository, logFile, timeoutMs = 300_000 }) {
  if (!existsSync(jar)) {
    throw new Error(`No application jar at ${jar}: build it first (./mvnw -pl modules/app -am package -DskipTests)`);
  }
  const [port, dbPort] = [await freePort(), await freePort()];
  const data = mkdtempSync(join(tmpdir(), 'casa-e2e-db-'));
  const url = `http://localhost:${port}`;
  const log = createWriteStream(logFile);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const app = spawn(
    java,
    [
      // Two cores shared with the build: a small heap and no tiered-compilation race for a short run.
      '-Xmx768m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      jar,
      `--casa.db.embedded.data-directory=${data}`,
      `--casa.db.embedded.port=${dbPort}`,
      `--server.port=${port}`,
      `--casa.security.public-url=${url}`,
      `--casa.tenants.directory=${join(repository, 'tenants')}`,
      '--server.shutdown=immediate',
      // The journeys run on the demo data, as a newcomer's first run does: the monitoring journey checks that the
      // dashboard shows the press kit's published figures. Their own records use names and dates the demo has not.
      '--spring.profiles.active=demo',
    ],
    { cwd: repository, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  app.stdout.pipe(log);
  app.stderr.pipe(log);
  let exited = null;
  app.on('exit', (code) => (exited = code ?? -1));

  const stop = async () => {
    if (exited === null) {
      app.kill('SIGTERM');
      for (let i = 0; i < 60 && exited === null; i++) await sleep(500);
      if (exited === null) app.kill('SIGKILL');
    }
    log.end();
    rmSync(data, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      await stop();
      throw new Error(`The application stopped while starting (exit ${exited}); see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/actuator/health/readiness`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  await stop();
  throw new Error(`The application did not get ready in ${timeoutMs / 1000} s; see ${logFile}`);
}
