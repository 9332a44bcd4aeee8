// Runs every check Regie has, in order, and says plainly what ran, what failed and what could not
// run. Used by `npm test` and by .ci/run. Under CI=true a suite that cannot run is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reports = mkdtempSync(join(tmpdir(), 'regie-test-'));
const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = outcome.status === 0;
  results.push({ name, status: ok ? 'passed' : 'FAILED' });
  return ok;
}

function cannotRun(name, reason, enable) {
  const line = `${name} did not run: ${reason}. To run it: ${enable}`;
  console.log(`\n■ ${line}`);
  results.push({ name, status: inCi ? 'FAILED (cannot run in CI)' : 'NOT RUN' });
  if (!inCi) totals.skipped += 1;
  else totals.failed += 1;
}

function vitest(name, args, env = {}) {
  const report = join(reports, `${name.replaceAll(/\W+/g, '-')}.json`);
  const ok = run(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
    if (summary.numTotalTests === 0) {
      console.log(`■ ${name} ran no test.`);
      results.at(-1).status = 'FAILED (no tests)';
      totals.failed += 1;
    }
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

const postgresUrl = process.env.TEST_POSTGRES_URL;

if (!run('lint', 'npx', ['eslint', '--max-warnings', '0', '.'])) totals.failed += 1;
if (!run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) totals.failed += 1;
vitest('unit and integration (SQLite)', ['--project', 'unit', '--project', 'sqlite']);
if (postgresUrl) {
  vitest('integration (PostgreSQL)', ['--project', 'postgres']);
} else {
  cannotRun(
    'Integration tests on PostgreSQL',
    'TEST_POSTGRES_URL is not set',
    'TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres npm test',
  );
}
if (existsSync(chromium)) {
  if (run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    vitest('end-to-end (Chromium)', ['--config', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium });
  } else {
    totals.failed += 1;
  }
} else {
  cannotRun('End-to-end tests in Chromium', `${chromium} is missing`, 'apt-get install -y chromium (or set CHROMIUM_PATH)');
}

rmSync(reports, { recursive: true, force: true });
console.log('\nSummary');
for (const { name, status } of results) console.log(`  ${status.padEnd(26)} ${name}`);
const failedSuites = results.filter((r) => r.status.startsWith('FAILED')).length;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites > 0 || totals.failed > 0 ? 1 : 0);
