import type { StoreClock } from './case-store';

/** The real clock, read only here at the edge (domain/ takes `today` and `now` as parameters). */
export const SYSTEM_CLOCK: StoreClock = {
  now: () => new Date().toISOString(),
  // The user's own calendar day, not UTC's: deadlines and expiry are about the local date.
  today: () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  },
  newId: () => crypto.randomUUID(),
};
