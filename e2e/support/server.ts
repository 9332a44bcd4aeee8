import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const startTimeoutMs = 60_000;
const outputLimit = 20_000;

export interface RunningRegie {
  /** `http://localhost:<port>`: the session cookie is `__Host-`/Secure, which Chromium accepts on localhost over http. */
  baseUrl: string;
  /** Stops the server and removes its database. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the kernel picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real server (`src/server/main.ts`) as a child process with demo data, on a fresh
 * SQLite file in a temporary folder and a free port on the loopback interface, and waits until
 * /api/health answers 200. `env` adds or overrides settings (SMTP_URL, say).
 */
export async function startRegie(options: { env?: Record<string, string> } = {}): Promise<RunningRegie> {
  const folder = mkdtempSync(join(tmpdir(), 'regie-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${join(folder, 'regie.sqlite')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      DEMO: 'true',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputLimit);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // Set from the exit handler; the cast keeps TypeScript from deciding it stays null.
  let exitCode = null as number | string | null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal;
      resolve();
    });
  });

  const stop = async () => {
    if (exitCode === null) {
      child.kill('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };

  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exitCode !== null) {
      await stop();
      throw new Error(`Regie exited (${String(exitCode)}) before it answered /api/health. Its output:\n${output}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Regie did not answer /api/health with 200 within ${startTimeoutMs / 1000} s. Its output:\n${output}`);
    }
    await delay(250);
  }
}
