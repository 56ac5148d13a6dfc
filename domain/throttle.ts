// A trailing-edge throttle with an injected clock: the first request runs at once, later ones within
// the interval are folded into one run at the interval's end. The run reads the state itself when it
// fires, so what it delivers is always the latest, and a run follows every request: after a flood
// stops, the last state is delivered within one interval.

/** The clock and timer a throttle uses, injected so it is tested with fake timers. */
export interface ThrottleClock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A throttle's controls. */
export interface Throttle {
  /** Asks for a run: now if the last one is at least an interval ago, else once at the interval's end. */
  request(): void;
  /** Drops a pending run (when the caller stops for good). */
  cancel(): void;
}

/** Runs `run` at most once per `intervalMs`, leading run at once, trailing run for what came after. */
export function createThrottle(run: () => void, intervalMs: number, clock: ThrottleClock): Throttle {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: unknown;
  let pending = false;

  const fire = (): void => {
    timer = undefined;
    pending = false;
    lastRun = clock.now();
    run();
  };

  return {
    request() {
      if (pending) return; // A run is already due, and it will read the state as it is then.
      const wait = lastRun + intervalMs - clock.now();
      if (wait <= 0) {
        fire();
        return;
      }
      pending = true;
      timer = clock.setTimeout(fire, wait);
    },
    cancel() {
      if (pending) clock.clearTimeout(timer);
      pending = false;
      timer = undefined;
    },
  };
}
