// The panel's start, timed with the browser's User Timing marks: they stay inside the page (nothing is
// stored or sent) and `npm run bench` reads them (scripts/bench/browser.mjs) to print where start-up
// time goes. Names are `folgesvenn:<name>`.

const PREFIX = 'folgesvenn:';

function timing(): Performance | null {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : null;
}

/** Records one point of the panel's start as a User Timing mark `folgesvenn:<name>`. */
export function markStart(name: string): void {
  timing()?.mark(`${PREFIX}${name}`);
}

/** Runs `read` and records its time, from call to settle, as a User Timing measure `folgesvenn:<name>`. */
export function timed<T>(name: string, read: () => Promise<T>): Promise<T> {
  const clock = timing();
  if (!clock) return read();
  const started = clock.now();
  const done = () => {
    try {
      clock.measure(`${PREFIX}${name}`, { start: started, end: clock.now() });
    } catch {
      // A timing that cannot be recorded changes nothing for the panel.
    }
  };
  return read().finally(done);
}
