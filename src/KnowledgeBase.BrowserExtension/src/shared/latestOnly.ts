/**
 * Runs at most one request of a kind at a time, for the latest input only: a new call waits for the
 * agent to pause (the debounce), aborts the request still in flight, and an answer that arrives for
 * an older input is dropped. So "delivery" typed letter by letter shows the results for "delivery",
 * never a late answer for "deli".
 */
export class LatestOnly<TInput, TResult> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private generation = 0;

  constructor(
    private readonly delayMs: number,
    private readonly run: (input: TInput, signal: AbortSignal) => Promise<TResult>,
    private readonly onResult: (result: TResult, input: TInput) => void,
    private readonly onError: (error: unknown, input: TInput) => void,
  ) {}

  /** Schedules a run for this input after the pause, replacing anything pending or in flight. */
  schedule(input: TInput): void {
    this.cancel();
    const generation = this.generation;
    this.timer = setTimeout(() => void this.start(input, generation), this.delayMs);
  }

  /** Runs for this input now (no pause), replacing anything pending or in flight; resolves with its result. */
  async now(input: TInput): Promise<TResult | undefined> {
    this.cancel();
    return this.start(input, this.generation);
  }

  /** Drops what is pending and aborts what is in flight. */
  cancel(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  private async start(input: TInput, generation: number): Promise<TResult | undefined> {
    if (generation !== this.generation) {
      return undefined;
    }

    const controller = new AbortController();
    this.controller = controller;
    try {
      const result = await this.run(input, controller.signal);
      if (generation === this.generation && !controller.signal.aborted) {
        this.onResult(result, input);
        return result;
      }
    } catch (error) {
      if (generation === this.generation && !controller.signal.aborted) {
        this.onError(error, input);
      }
    }

    return undefined;
  }
}
