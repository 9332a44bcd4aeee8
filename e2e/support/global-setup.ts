import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIndex = join(root, 'dist/web/index.html');
// What the build is made from; a build older than any of these is rebuilt.
const buildInputs = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** Runs once before all specs: a browser to drive and an up-to-date build of the web app to serve. */
export default function setup(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error('Chromium is missing: install it with "apt-get install -y chromium"');
  }
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sourcesChangedAt = Math.max(...buildInputs.map((input) => newestChange(join(root, input))));
  if (builtAt > sourcesChangedAt) return;

  console.log(builtAt === 0 ? 'The web app is not built; building it…' : 'The web app changed since its last build; building it…');
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build'], { cwd: root, stdio: 'inherit', timeout: 180_000 });
  if (build.status !== 0 || !existsSync(builtIndex)) {
    throw new Error(`Building the web app failed (vite build exited with ${String(build.status ?? build.signal)}); the specs need dist/web.`);
  }
}
