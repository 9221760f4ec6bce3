/**
 * Long work (validating or indexing thousands of entries) written as a
 * generator that yields between small steps, run either at once or in slices
 * that give the page back between them, so it never blocks for long.
 * Plain TypeScript: timers and `performance` exist in browsers and Node.
 */

/** Runs `steps` to the end now. */
export function runNow<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the page handle input and paint before the next slice. */
function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` in slices of about `budgetMs` each (a step must be short),
 * starting after the caller's current task; what the caller does with the
 * result runs in a task of its own too, not in the last slice's.
 * Another caller may finish the same iterator with `runNow` meanwhile.
 * An aborted `signal` stops it before its next slice, rejecting with the signal's reason.
 */
export async function runSliced<T>(steps: Iterator<unknown, T>, budgetMs = 10, signal?: AbortSignal): Promise<T> {
  for (;;) {
    // The host first: what the caller does next (the first results) paints before the work starts.
    await yieldToHost();
    signal?.throwIfAborted();
    const end = performance.now() + budgetMs;
    let step: IteratorResult<unknown, T>;
    do step = steps.next();
    while (!step.done && performance.now() < end);
    if (step.done) {
      await yieldToHost();
      return step.value;
    }
  }
}

/**
 * Sorts `items` by `compare` in steps, for `runSliced`: runs of 256 sorted
 * by the engine, then merged, pausing every 1,024 items. Stable, like the
 * engine's sort, so it gives the same order.
 */
export function* sortInSteps(items: Int32Array, compare: (a: number, b: number) => number): Generator<void, Int32Array> {
  const RUN = 256;
  const size = items.length;
  let from = Int32Array.from(items);
  for (let start = 0; start < size; start += RUN) {
    from.subarray(start, start + RUN).sort(compare);
    yield;
  }
  let to = new Int32Array(size);
  for (let width = RUN; width < size; width *= 2) {
    for (let left = 0; left < size; left += 2 * width) {
      const middle = Math.min(left + width, size);
      const right = Math.min(left + 2 * width, size);
      let a = left;
      let b = middle;
      for (let k = left; k < right; k++) {
        // The left run wins ties: that keeps the sort stable.
        to[k] = a < middle && (b >= right || compare(from[a]!, from[b]!) <= 0) ? from[a++]! : from[b++]!;
        if ((k & 1023) === 1023) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
