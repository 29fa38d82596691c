/**
 * Runs `work` one pass at a time (a drain loop woken by notifications). A call returns the pass that starts
 * after it: that pass sees everything committed before the call. Calls made while a pass waits to start
 * share it, so fifty wake-ups cost one more pass. A pass resolves `true`, or `false` after its error went to
 * `onError`.
 */
export function serialized(work: () => Promise<void>, onError: (error: unknown) => void): () => Promise<boolean> {
  let waiting: Promise<boolean> | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  return () => {
    if (waiting) return waiting;
    const pass = tail.then(async () => {
      waiting = undefined;
      try {
        await work();
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    });
    waiting = pass;
    tail = pass;
    return pass;
  };
}
