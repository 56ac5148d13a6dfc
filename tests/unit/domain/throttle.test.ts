import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle, type ThrottleClock } from '../../../domain/throttle';

const INTERVAL = 250;

/** The fake timers' clock, as the content script passes the real one. */
const clock: ThrottleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A throttle whose run records when it ran and the state it read then. */
function recorder() {
  let state = 0;
  const runs: { at: number; state: number }[] = [];
  const throttle = createThrottle(() => runs.push({ at: Date.now(), state }), INTERVAL, clock);
  return {
    runs,
    throttle,
    set(next: number) {
      state = next;
    },
  };
}

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once', () => {
    const { runs, throttle } = recorder();
    throttle.request();
    expect(runs).toEqual([{ at: 0, state: 0 }]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('folds the requests within an interval into one run at its end, reading the state then', () => {
    const { runs, throttle, set } = recorder();
    throttle.request();
    for (let step = 1; step <= 5; step += 1) {
      vi.advanceTimersByTime(30);
      set(step);
      throttle.request();
    }
    expect(runs).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(INTERVAL - 150 - 1);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([
      { at: 0, state: 0 },
      { at: INTERVAL, state: 5 },
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs at once again after a quiet interval', () => {
    const { runs, throttle } = recorder();
    throttle.request();
    vi.advanceTimersByTime(INTERVAL);
    throttle.request();
    vi.advanceTimersByTime(INTERVAL + 40);
    throttle.request();
    expect(runs.map((entry) => entry.at)).toEqual([0, INTERVAL, 2 * INTERVAL + 40]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a flood of one request per millisecond for 2 s to one run per interval, the last state delivered', () => {
    const { runs, throttle, set } = recorder();
    for (let at = 0; at < 2000; at += 1) {
      set(at);
      throttle.request();
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(INTERVAL);
    expect(runs).toHaveLength(2000 / INTERVAL + 1);
    expect(runs.at(-1)).toEqual({ at: 2000, state: 1999 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops a pending run on cancel', () => {
    const { runs, throttle } = recorder();
    throttle.request();
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(INTERVAL * 2);
    expect(runs).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('for any requests: runs an interval apart, each request answered by a run within an interval that reads its state', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 60 }), (gaps) => {
        vi.setSystemTime(0);
        const { runs, throttle, set } = recorder();
        // Each request with the number of runs before it: the next run is the one that answers it.
        const requests: { at: number; state: number; runsBefore: number }[] = [];
        gaps.forEach((gap, index) => {
          vi.advanceTimersByTime(gap);
          set(index);
          requests.push({ at: Date.now(), state: index, runsBefore: runs.length });
          throttle.request();
        });
        vi.advanceTimersByTime(INTERVAL);
        for (let index = 1; index < runs.length; index += 1) {
          expect((runs[index]?.at ?? 0) - (runs[index - 1]?.at ?? 0)).toBeGreaterThanOrEqual(INTERVAL);
        }
        for (const request of requests) {
          const answer = runs[request.runsBefore];
          expect(answer, `request at ${request.at}`).toBeDefined();
          expect((answer?.at ?? 0) - request.at).toBeLessThanOrEqual(INTERVAL);
          expect(answer?.state).toBeGreaterThanOrEqual(request.state);
        }
        expect(runs.at(-1)?.state).toBe(gaps.length - 1);
        expect(vi.getTimerCount()).toBe(0);
      }),
    );
  });
});
