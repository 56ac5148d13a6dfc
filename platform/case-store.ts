import { browser } from '#imports';
import { type CaseRecord, isExpired, restoreCase } from '../domain/case';
import { takeEarlyArea } from './early-reads';
import { quarantineItem, tabCasesItem } from './storage-items';

// Where cases live. Each case is one key, `case:<id>`, in one area:
// - storage.session (default): gone when the browser closes; Chrome keeps it from content scripts
//   (access level TRUSTED_CONTEXTS unless an extension opens it up, which we never do);
// - storage.local, when the user chose "Behold på denne maskinen", with an expiry date.
// Versions and migrations: every record carries `schemaVersion`; `restoreCase` migrates older shapes
// (the first release's single `panelState` key) and re-validates field by field.

const CASE_PREFIX = 'case:';
const LEGACY_STATE_KEY = 'panelState';

type Area = 'session' | 'local';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function area(name: Area) {
  return name === 'session' ? browser.storage.session : browser.storage.local;
}

/** The clock and id source the store needs, injected so tests can fix them. */
export interface StoreClock {
  now(): string;
  today(): string;
  newId(): string;
}

/** What loading found: the readable cases, and what it had to set aside, migrate or delete. */
export interface LoadedCases {
  readonly cases: CaseRecord[];
  readonly quarantinedCount: number;
  readonly migratedCount: number;
  readonly expiredCount: number;
}

/**
 * Removes keys from storage.local so that their values leave the disk too. Chromium keeps the area in
 * a LevelDB database that appends each write to a log and compacts later, so a removed note could
 * still be read in the profile's files after the browser closed; `clear()` deletes the database's
 * files. So the area is cleared and what stays is written back: both requests go out together, the
 * browser runs them in order, and a panel that reacts to the removals reads the area after the rewrite
 * (`watchCases` and the settings watchers read again before they treat a key as gone). A write another
 * panel makes in the moment between the read and the clear is lost; that panel writes its case again on
 * its next change.
 */
function eraseFromLocal(keys: readonly string[]): Promise<void> {
  return inLocalOrder(() => rewriteLocalWithout(keys));
}

// This page's writes of kept cases and its rewrites run one after another: a rewrite reads the area
// and writes it back, so a write (or another rewrite) between its read and its clear would be undone.
let localQueue: Promise<unknown> = Promise.resolve();
function inLocalOrder<T>(work: () => Promise<T>): Promise<T> {
  const next = localQueue.then(work, work);
  localQueue = next.catch(() => undefined);
  return next;
}

async function rewriteLocalWithout(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  // Usually none is there (a session case saved again): asking for these keys only keeps that cheap.
  const present = await browser.storage.local.get([...keys]);
  if (Object.values(present).every((value) => value === undefined)) return;
  const all = await browser.storage.local.get(null);
  const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !keys.includes(key)));
  const cleared = browser.storage.local.clear();
  const rewritten = Object.keys(kept).length > 0 ? browser.storage.local.set(kept) : Promise.resolve();
  const [clearResult, rewriteResult] = await Promise.allSettled([cleared, rewritten]);
  if (clearResult.status === 'rejected') throw clearResult.reason;
  // The rewrite puts back what was there a moment ago, so it fits; one more try covers a passing error.
  if (rewriteResult.status === 'rejected') await browser.storage.local.set(kept);
}

async function quarantine(entries: Record<string, unknown>): Promise<void> {
  if (Object.keys(entries).length === 0) return;
  await quarantineItem.setValue({ ...(await readQuarantine()), ...entries });
}

/** Reads every case from both areas (`choiceItemIds` migrates version 2 cases); deletes expired kept cases; quarantines what cannot be read. */
export async function loadCases(
  clock: StoreClock,
  choiceItemIds: ReadonlySet<string> = new Set(),
): Promise<LoadedCases> {
  const cases: CaseRecord[] = [];
  const setAside: Record<string, unknown> = {};
  let migratedCount = 0;
  let expiredCount = 0;
  const context = { now: clock.now(), today: clock.today(), newId: clock.newId, choiceItemIds };

  // Both areas are read at once (one round trip each, side by side): the panel waits for this read.
  const [sessionAll, localAll] = await Promise.all([
    takeEarlyArea('session') ?? area('session').get(null),
    takeEarlyArea('local') ?? area('local').get(null),
  ]);
  const legacy = sessionAll[LEGACY_STATE_KEY];
  if (legacy !== undefined) {
    const restored = restoreCase(legacy, context);
    if (restored.record) {
      await browser.storage.session.set({ [`${CASE_PREFIX}${restored.record.id}`]: restored.record });
      sessionAll[`${CASE_PREFIX}${restored.record.id}`] = restored.record;
      migratedCount += 1;
    }
    for (const [key, value] of Object.entries(restored.quarantined)) setAside[`${LEGACY_STATE_KEY}.${key}`] = value;
    await browser.storage.session.remove(LEGACY_STATE_KEY);
  }

  const erasedFromLocal: string[] = [];
  const remove = async (name: Area, key: string) => {
    if (name === 'local') erasedFromLocal.push(key);
    else await browser.storage.session.remove(key);
  };
  for (const [name, all] of [
    ['session', sessionAll],
    ['local', localAll],
  ] as const) {
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(CASE_PREFIX)) continue;
      const restored = restoreCase(value, context);
      for (const [place, entry] of Object.entries(restored.quarantined)) setAside[`${name}.${key}.${place}`] = entry;
      if (restored.record === null) {
        await remove(name, key); // Kept in the quarantine above, with where it came from.
        continue;
      }
      if (restored.record.keepUntil !== null && isExpired(restored.record, context.today)) {
        await remove(name, key);
        expiredCount += 1;
        continue;
      }
      cases.push(restored.record);
    }
  }
  await quarantine(setAside);
  await eraseFromLocal(erasedFromLocal);
  cases.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { cases, quarantinedCount: Object.keys(setAside).length, migratedCount, expiredCount };
}

/** Deletes kept cases whose last day has passed (run at start-up and when a panel opens). */
export async function purgeExpiredCases(today: string): Promise<number> {
  const all = await browser.storage.local.get(null);
  const expired = Object.entries(all)
    .filter(([key]) => key.startsWith(CASE_PREFIX))
    .filter(([, value]) => {
      const keepUntil = (value as { keepUntil?: unknown } | null)?.keepUntil;
      return typeof keepUntil === 'string' && keepUntil < today;
    })
    .map(([key]) => key);
  await eraseFromLocal(expired);
  return expired.length;
}

/** Writes a case to the area its keep choice names, and removes it from the other (from the disk too). Rejects on quota. */
export async function saveCase(record: CaseRecord): Promise<void> {
  const key = `${CASE_PREFIX}${record.id}`;
  if (record.keepUntil === null) {
    await browser.storage.session.set({ [key]: record });
    await eraseFromLocal([key]);
  } else {
    await inLocalOrder(() => browser.storage.local.set({ [key]: record }));
    await browser.storage.session.remove(key);
  }
}

/** Deletes one case from both areas, and its text from the disk. */
export async function deleteCase(id: string): Promise<void> {
  const key = `${CASE_PREFIX}${id}`;
  await Promise.all([browser.storage.session.remove(key), eraseFromLocal([key])]);
}

/** Deletes every case, the quarantine and the tab memory, in both areas. */
export async function deleteEverything(): Promise<void> {
  await Promise.all([browser.storage.session.clear(), browser.storage.local.clear()]);
}

/** Everything stored in both areas, as it is (cases, quarantine, settings), for the error screen's «Lagre data som fil». */
export async function readEverything(): Promise<{ session: Record<string, unknown>; local: Record<string, unknown> }> {
  const [session, local] = await Promise.all([browser.storage.session.get(null), browser.storage.local.get(null)]);
  return { session, local };
}

/** The quarantined entries, for the user to export. */
export async function readQuarantine(): Promise<Record<string, unknown>> {
  const stored = await quarantineItem.getValue();
  return isRecord(stored) ? stored : {};
}

/** Sets entries aside in the quarantine (an imported file's unreadable parts), beside what is there. */
export async function setAside(entries: Record<string, unknown>): Promise<void> {
  await quarantine(entries);
}

/** Forgets the quarantine once the user has dealt with it. */
export async function clearQuarantine(): Promise<void> {
  await quarantineItem.removeValue();
}

/** Which case was last used in a tab (session only). */
export async function readTabCase(tabId: number): Promise<string | null> {
  const stored = await tabCasesItem.getValue();
  const id = isRecord(stored) ? stored[String(tabId)] : undefined;
  return typeof id === 'string' ? id : null;
}

/** Remembers the case used in a tab. */
export async function rememberTabCase(tabId: number, caseId: string): Promise<void> {
  const value = await tabCasesItem.getValue();
  const stored = isRecord(value) ? value : {};
  if (stored[String(tabId)] === caseId) return;
  await tabCasesItem.setValue({ ...stored, [String(tabId)]: caseId });
}

/** Calls back when another panel changed or deleted a case (storage change events, both areas). */
export function watchCases(
  onChange: (id: string, record: CaseRecord | null) => void,
  clock: StoreClock,
  choiceItemIds: ReadonlySet<string> = new Set(),
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'session' && areaName !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(CASE_PREFIX)) continue;
      const id = key.slice(CASE_PREFIX.length);
      if (change.newValue === undefined || change.newValue === null) {
        // Moving a case between areas removes it from one after writing it to the other: only a
        // case gone from both is deleted.
        void Promise.all([browser.storage.session.get(key), browser.storage.local.get(key)]).then(([a, b]) => {
          if (a[key] === undefined && b[key] === undefined) onChange(id, null);
        });
        continue;
      }
      const restored = restoreCase(change.newValue, {
        now: clock.now(),
        today: clock.today(),
        newId: clock.newId,
        choiceItemIds,
      });
      if (restored.record) onChange(id, restored.record);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
