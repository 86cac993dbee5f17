/// <reference types="office-js" />
/**
 * Queues writes and sends them whenever the next one would push the request past the budget.
 * The budget is checked before a write is queued, so no request carries more than it.
 */
import { throwIfAborted } from './env';

export class Batcher {
  private used = 0;
  syncs = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly signal: AbortSignal | undefined,
    private readonly onFlush: () => void,
  ) {
    context.application.suspendApiCalculationUntilNextSync();
  }
  /** Checks the budget before queueing, so a request never carries more than it. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    queue();
    this.used += bytes;
  }
  async flush(): Promise<void> {
    throwIfAborted(this.signal);
    await this.context.sync();
    this.syncs++;
    this.used = 0;
    this.onFlush();
    // Recalculation stays off for every chunk, not just the first.
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

