import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.js';

/** A commit function that records its batches and can be held open or made to fail. */
function recorder() {
  const batches: number[][] = [];
  let release: () => void = () => undefined;
  let hold: Promise<void> | null = null;
  let failNext = false;
  return {
    batches,
    commit: async (items: number[]) => {
      if (hold) await hold;
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      batches.push(items);
    },
    holdNext() {
      hold = new Promise(
        (resolve) =>
          (release = () => {
            hold = null;
            resolve();
          }),
      );
    },
    release: () => release(),
    failNext: () => (failNext = true),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('commits submissions of the same moment together, and answers each once committed', async () => {
    const r = recorder();
    const committer = new GroupCommitter(r.commit);
    await Promise.all([committer.submit([1]), committer.submit([2, 3]), committer.submit([4])]);
    expect(r.batches).toEqual([[1, 2, 3, 4]]);
  });

  it('gathers what arrives during a commit into the next one', async () => {
    const r = recorder();
    const committer = new GroupCommitter(r.commit);
    r.holdNext();
    let firstDone = false;
    const first = committer.submit([1]).then(() => (firstDone = true));
    await tick();
    const later = [committer.submit([2]), committer.submit([3]), committer.submit([4])];
    await tick();
    expect(firstDone).toBe(false);
    expect(r.batches).toEqual([]);
    r.release();
    await Promise.all([first, ...later]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('tells every submitter of a failed commit, and commits the next batch afresh', async () => {
    const r = recorder();
    const committer = new GroupCommitter(r.commit);
    r.failNext();
    const failed = [committer.submit([1]), committer.submit([2])];
    await expect(failed[0]).rejects.toThrow('disk full');
    await expect(failed[1]).rejects.toThrow('disk full');
    await committer.submit([3]);
    expect(r.batches).toEqual([[3]]);
  });

  it('keeps batches to the maximum size, but never splits one submission', async () => {
    const r = recorder();
    const committer = new GroupCommitter(r.commit, 3);
    await Promise.all([
      committer.submit([1, 2]),
      committer.submit([3, 4]),
      committer.submit([5, 6, 7, 8]),
      committer.submit([9]),
    ]);
    expect(r.batches).toEqual([[1, 2], [3, 4], [5, 6, 7, 8], [9]]);
  });

  it('commits what is queued on close and refuses what comes after', async () => {
    const r = recorder();
    const committer = new GroupCommitter(r.commit);
    const pending = committer.submit([1]);
    await committer.close();
    await pending;
    expect(r.batches).toEqual([[1]]);
    await expect(committer.submit([2])).rejects.toThrow(/closed/);
  });

  it('answers an empty submission at once', async () => {
    const r = recorder();
    await new GroupCommitter(r.commit).submit([]);
    expect(r.batches).toEqual([]);
  });
});
