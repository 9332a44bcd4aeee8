import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('prepares each SQL text once and gives the same working statement again', () => {
    const cached = withStatementCache(new SqliteDatabase(':memory:'));
    const first = cached.prepare('select ? + 1 as n');
    expect(cached.prepare('select ? + 1 as n')).toBe(first);
    expect(first.all([41])).toEqual([{ n: 42 }]);
    cached.close();
  });

  it('drops the oldest statement past its limit', () => {
    const cached = withStatementCache(new SqliteDatabase(':memory:'), 2);
    const a = cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).not.toBe(a);
    cached.close();
  });

  it('keeps working across a change of the schema, and fails plainly on a table that is gone', () => {
    const connection = new SqliteDatabase(':memory:');
    const cached = withStatementCache(connection);
    connection.exec('create table t (a integer); insert into t values (1)');
    expect(cached.prepare('select a from t').all([])).toEqual([{ a: 1 }]);
    connection.exec('alter table t add column b text');
    expect(cached.prepare('select a from t').all([])).toEqual([{ a: 1 }]);
    connection.exec('alter table t rename to u');
    expect(() => cached.prepare('select a from t').all([])).toThrow(/no such table/);
    connection.exec('alter table u rename to t');
    expect(cached.prepare('select a from t').all([])).toEqual([{ a: 1 }]);
    cached.close();
  });
});
