// Runs `npm ci` only when node_modules does not match package-lock.json, so a Maven build with nothing
// new to install spends no time reinstalling. The hash of the lockfile of the last successful `npm ci` is
// kept in node_modules/.casa-lock-hash; CI (CI=true) always installs from scratch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = 'node_modules/.casa-lock-hash';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null;

if (process.env.CI !== 'true' && installed === lockHash) {
  console.log('node_modules matches package-lock.json: npm ci skipped');
  process.exit(0);
}

// npm_execpath is the npm that runs this script (the one frontend-maven-plugin installed).
const npm = process.env.npm_execpath;
const result = npm
  ? spawnSync(process.execPath, [npm, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  : spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
writeFileSync(marker, `${lockHash}\n`);
