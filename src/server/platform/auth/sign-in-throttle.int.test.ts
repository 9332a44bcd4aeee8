import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import type { Db } from '../db/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { SignInThrottle, TooManyAttemptsError, throttleKeys, type ThrottleRule } from './sign-in-throttle.js';

const rule: ThrottleRule = { maxFailures: 10, windowMinutes: 15, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + minutes * 60_000);

describe('SignInThrottle', () => {
  let database: TestDatabase;
  // A second connection to the same database: another instance of Regie.
  let other: Db;

  beforeAll(async () => {
    database = await createTestDatabase();
    other = openDatabase(database.database);
  });

  afterAll(async () => {
    await other.destroy();
    await database.drop();
  });

  it('counts failures of two instances at once, none lost, and locks at the limit', async () => {
    const key = throttleKeys.account('concurrent', rule);
    const instances = [new SignInThrottle(database.db), new SignInThrottle(other)];
    const [first, second] = instances as [SignInThrottle, SignInThrottle];
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => (i % 2 === 0 ? first : second).recordFailure([key], at(0))));
    expect(results.every((r) => r === null)).toBe(true);
    const row = await database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key.key).executeTakeFirstOrThrow();
    expect(row.failures).toBe(9);
    expect(await second.recordFailure([key], at(1))).toEqual(at(16));
    await expect(first.assertOpen([key], at(2))).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(first.assertOpen([key], at(16))).resolves.toBeUndefined();
  });

  it('starts the count again when the window has passed', async () => {
    const throttle = new SignInThrottle(database.db);
    const key = throttleKeys.account('window', rule);
    for (let i = 0; i < 9; i++) await throttle.recordFailure([key], at(0));
    expect(await throttle.recordFailure([key], at(15))).toBeNull();
    const row = await database.db.selectFrom('sign_in_throttle').select('failures').where('key', '=', key.key).executeTakeFirstOrThrow();
    expect(row.failures).toBe(1);
  });

  it('tells how long to wait, and a cleared key is open at once', async () => {
    const throttle = new SignInThrottle(database.db);
    const key = throttleKeys.email('Iemand@Voorbeeld.test', rule);
    expect(key).toEqual(throttleKeys.email(' iemand@voorbeeld.test', rule));
    for (let i = 0; i < 10; i++) await throttle.recordFailure([key], at(0));
    const error = await throttle.assertOpen([key], at(5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyAttemptsError);
    expect((error as TooManyAttemptsError).retryAfterSeconds).toBe(600);
    await throttle.clear([key]);
    await expect(throttle.assertOpen([key], at(5))).resolves.toBeUndefined();
  });

  it('keeps separate counts for separate doors of the same address', () => {
    expect(throttleKeys.address('203.0.113.7').key).not.toBe(throttleKeys.address('203.0.113.7', 'invitation').key);
  });
});
