interface Waiter<T> {
  items: T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: callers submit items and wait until they are committed; whatever arrives while a
 * commit runs is committed together by the next one. One durable commit costs about as much for 50
 * rows as for one (SECURITY.md), so this lets every read wait for its own audit row without every
 * read paying for its own commit.
 *
 * One commit runs at a time per process; across processes the commit itself serialises (the audit
 * chain head lock). Nothing is held in memory longer than one commit: a submitter is only answered
 * once its items are on disk, so a crash loses no acknowledged item.
 */
export class GroupCommitter<T> {
  private queue: Waiter<T>[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly commit: (items: T[]) => Promise<void>,
    /** Items per commit at most; a single submission larger than this is committed on its own. */
    private readonly maxBatch = 1000,
  ) {}

  /** Resolves once the items are committed; rejects, with the commit's error, if they are not. */
  submit(items: readonly T[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The group committer is closed'));
    if (items.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ items: [...items], resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Commits what is queued and refuses new submissions. */
  async close(): Promise<void> {
    this.closed = true;
    await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the requests that arrive in this same turn of the event loop join the first commit.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        await this.commit(batch.flatMap((waiter) => waiter.items));
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        // The whole batch failed together (it was one transaction); each of its submitters is told,
        // and the next batch is tried afresh.
        for (const waiter of batch) waiter.reject(error);
      }
    }
    this.draining = null;
  }

  private takeBatch(): Waiter<T>[] {
    let count = 0;
    let taken = 0;
    while (taken < this.queue.length) {
      const size = this.queue[taken]?.items.length ?? 0;
      if (taken > 0 && count + size > this.maxBatch) break;
      count += size;
      taken += 1;
    }
    return this.queue.splice(0, taken);
  }
}
