import assert from "node:assert/strict";
import { mock, test } from "node:test";
import { LatestOnly } from "../src/shared/latestOnly";

test("a burst of input runs once, for the last input, after the pause", async () => {
  mock.timers.enable({ apis: ["setTimeout"] });
  try {
    const runs: string[] = [];
    const results: string[] = [];
    const latest = new LatestOnly<string, string>(150, async (input) => (runs.push(input), input.toUpperCase()), (result) => results.push(result), () => undefined);
    for (const input of ["d", "de", "del", "delivery"]) {
      latest.schedule(input);
      mock.timers.tick(100);
    }

    mock.timers.tick(150);
    await Promise.resolve();
    await Promise.resolve();
    assert.deepEqual(runs, ["delivery"]);
    assert.deepEqual(results, ["DELIVERY"]);
  } finally {
    mock.timers.reset();
  }
});

test("a late answer for an older input is dropped and its request aborted", async () => {
  const signals: AbortSignal[] = [];
  const pending: ((value: string) => void)[] = [];
  const results: string[] = [];
  const latest = new LatestOnly<string, string>(0, (_, signal) => {
    signals.push(signal);
    return new Promise<string>((resolve) => pending.push(resolve));
  }, (result) => results.push(result), () => undefined);

  const first = latest.now("deli");
  const second = latest.now("delivery");
  pending[1]("for delivery");
  pending[0]("for deli");
  await Promise.all([first, second]);

  assert.equal(signals[0].aborted, true);
  assert.deepEqual(results, ["for delivery"]);
});

test("an error for the current input is reported, one for a replaced input is not", async () => {
  const errors: string[] = [];
  const pending: ((error: Error) => void)[] = [];
  const latest = new LatestOnly<string, string>(0, () => new Promise<string>((_, reject) => pending.push(reject)), () => undefined, (error) => errors.push((error as Error).message));

  const first = latest.now("deli");
  const second = latest.now("delivery");
  pending[0](new Error("for deli"));
  pending[1](new Error("for delivery"));
  await Promise.all([first, second]);

  assert.deepEqual(errors, ["for delivery"]);
});
