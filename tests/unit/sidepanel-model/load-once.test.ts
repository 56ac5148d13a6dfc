import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../entrypoints/sidepanel/model/load-once';

describe('loadOnce', () => {
  it('starts the load at the first call and shares it, telling its owner once', async () => {
    let loads = 0;
    const told: string[] = [];
    const load = loadOnce(
      async () => {
        loads += 1;
        return 'motoren';
      },
      { loaded: (value) => told.push(value) },
    );
    const [first, second] = await Promise.all([load(), load()]);
    expect([first, second, await load()]).toEqual(['motoren', 'motoren', 'motoren']);
    expect(loads).toBe(1);
    expect(told).toEqual(['motoren']);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const failures: unknown[] = [];
    const load = loadOnce(
      async () => {
        loads += 1;
        if (loads === 1) throw new Error('chunk gone');
        return 42;
      },
      { failed: (error) => failures.push(error) },
    );
    await expect(load()).rejects.toThrow('chunk gone');
    expect(await load()).toBe(42);
    expect(loads).toBe(2);
    expect(failures).toHaveLength(1);
  });
});
