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
 * starting after the caller's current task.
 * Another caller may finish the same iterator with `runNow` meanwhile.
 */
export async function runSliced<T>(steps: Iterator<unknown, T>, budgetMs = 10): Promise<T> {
  for (;;) {
    // The host first: what the caller does next (the first results) paints before the work starts.
    await yieldToHost();
    const end = performance.now() + budgetMs;
    let step: IteratorResult<unknown, T>;
    do step = steps.next();
    while (!step.done && performance.now() < end);
    if (step.done) return step.value;
  }
}
