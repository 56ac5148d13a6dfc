import { describe, expect, it, vi } from 'vitest';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import type { SenderInfo, SenderPolicy } from '../../../domain/sender';
import { createSnapshotHub } from '../../../platform/snapshot-hub';

const policy: SenderPolicy = {
  extensionId: 'ourextensionid',
  extensionOrigin: 'chrome-extension://ourextensionid',
  pageOrigins: ['https://www.nav.no'],
};

const snapshot: PageSnapshot = {
  url: 'https://www.nav.no/syk/oppfolgingsplan/abc/ny-plan',
  title: 'Oppfølgingsplan',
  headings: [{ level: 2, text: 'Arbeidsoppgaver' }],
  fields: [{ id: 'typiskArbeidshverdag', name: '', label: 'Hvordan ser en vanlig arbeidsdag ut?', tag: 'textarea' }],
};

const contentScript: SenderInfo = {
  id: 'ourextensionid',
  url: snapshot.url,
  origin: 'https://www.nav.no',
  frameId: 0,
  tab: { id: 7 },
};
const panel: SenderInfo = {
  id: 'ourextensionid',
  url: 'chrome-extension://ourextensionid/sidepanel.html',
  origin: 'chrome-extension://ourextensionid',
};

function makeHub(
  requestFromTab: (tabId: number) => Promise<unknown> = () => Promise.reject(new Error('none')),
  currentPolicy: () => SenderPolicy = () => policy,
) {
  const broadcast = vi.fn();
  const hub = createSnapshotHub({ policy: currentPolicy, broadcast, requestFromTab });
  return { hub, broadcast };
}

describe('snapshot hub', () => {
  it('keeps the snapshot a content script sends, tells the panels, and answers the panel', async () => {
    const { hub, broadcast } = makeHub();
    expect(await hub.handle({ type: 'pageSnapshot', snapshot }, contentScript)).toEqual({ ok: true, type: 'accepted' });
    expect(broadcast).toHaveBeenCalledWith({ type: 'snapshotChanged', tabId: 7, snapshot });
    expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot,
    });
  });

  it('names the page kind with the answer when it can tell, as a hint for the panel', async () => {
    const contextOf = vi.fn(async () => 'oppfolgingsplan-leder-ny-plan');
    const hub = createSnapshotHub({
      policy: () => policy,
      broadcast: vi.fn(),
      requestFromTab: () => Promise.reject(),
      contextOf,
    });
    await hub.handle({ type: 'pageSnapshot', snapshot }, contentScript);
    expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot,
      contextId: 'oppfolgingsplan-leder-ny-plan',
    });
    expect(contextOf).toHaveBeenCalledWith(snapshot);
    // No snapshot for the tab: no hint either.
    expect(await hub.handle({ type: 'getSnapshot', tabId: 9 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot: null,
    });
  });

  it('refuses a snapshot from a page that is not our content script, and changes nothing', async () => {
    const { hub, broadcast } = makeHub();
    const result = await hub.handle({ type: 'pageSnapshot', snapshot }, { ...contentScript, frameId: 2 });
    expect(result).toEqual({ ok: false, reason: 'forbidden-sender' });
    expect(hub.size()).toBe(0);
    expect(broadcast).not.toHaveBeenCalled();
    expect(hub.stats()).toEqual({ invalidMessage: 0, forbiddenSender: 1 });
  });

  it('refuses a snapshot request from a content script (only our pages may ask)', async () => {
    const { hub } = makeHub();
    await hub.handle({ type: 'pageSnapshot', snapshot }, contentScript);
    expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, contentScript)).toEqual({
      ok: false,
      reason: 'forbidden-sender',
    });
  });

  it('asks the tab again after the worker lost its memory, and validates the reply', async () => {
    const { hub } = makeHub(async (tabId) => (tabId === 7 ? snapshot : { url: 5 }));
    expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot,
    });
    expect(await hub.handle({ type: 'getSnapshot', tabId: 8 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot: null,
    });
  });

  it('answers null for a tab with no content script', async () => {
    const { hub } = makeHub();
    expect(await hub.handle({ type: 'getSnapshot', tabId: 3 }, panel)).toEqual({
      ok: true,
      type: 'snapshot',
      snapshot: null,
    });
  });

  it('rejects malformed messages with a typed reason', async () => {
    const { hub } = makeHub();
    for (const bad of [null, 1, 'pageSnapshot', {}, { type: 'nope' }, { type: 'getSnapshot', tabId: -1 }]) {
      expect(await hub.handle(bad, panel)).toEqual({ ok: false, reason: 'invalid-message' });
    }
    const tooLong = { ...snapshot, title: 'x'.repeat(301) };
    expect(await hub.handle({ type: 'pageSnapshot', snapshot: tooLong }, contentScript)).toEqual({
      ok: false,
      reason: 'invalid-message',
    });
    const extraKey = { type: 'pageSnapshot', snapshot: { ...snapshot, values: ['secret'] } };
    expect(await hub.handle(extraKey, contentScript)).toEqual({ ok: false, reason: 'invalid-message' });
    expect(hub.size()).toBe(0);
  });

  it('forgets a closed tab', async () => {
    const { hub } = makeHub();
    await hub.handle({ type: 'pageSnapshot', snapshot }, contentScript);
    hub.forget(7);
    expect(hub.size()).toBe(0);
  });

  describe('every path checks the origin, port included (issue 14.4)', () => {
    const onPort = 'https://www.nav.no:8443/syk/oppfolgingsplan/abc/ny-plan';

    it('keeps nothing the tab answers from https://www.nav.no:8443', async () => {
      const { hub } = makeHub(async () => ({ ...snapshot, url: onPort }));
      expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toMatchObject({ snapshot: null });
      expect(hub.size()).toBe(0);
    });

    it('refuses a pushed snapshot whose page URL is on a port (or origin) not allowed', async () => {
      const { hub, broadcast } = makeHub();
      const result = await hub.handle({ type: 'pageSnapshot', snapshot: { ...snapshot, url: onPort } }, contentScript);
      expect(result).toEqual({ ok: false, reason: 'forbidden-sender' });
      const fromPort = { ...contentScript, url: onPort, origin: 'https://www.nav.no:8443' };
      expect(await hub.handle({ type: 'pageSnapshot', snapshot: { ...snapshot, url: onPort } }, fromPort)).toEqual({
        ok: false,
        reason: 'forbidden-sender',
      });
      expect(broadcast).not.toHaveBeenCalled();
    });

    it('gives nothing from a journal site the user has just removed, even from memory', async () => {
      const journal = 'https://journal.example.no/pasient/1';
      let origins = ['https://www.nav.no', 'https://journal.example.no'];
      const { hub } = makeHub(
        async () => ({ ...snapshot, url: journal }),
        () => ({ ...policy, pageOrigins: origins }),
      );
      expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toMatchObject({ snapshot: { url: journal } });
      origins = ['https://www.nav.no'];
      expect(await hub.handle({ type: 'getSnapshot', tabId: 7 }, panel)).toMatchObject({ snapshot: null });
      expect(hub.size()).toBe(0);
    });
  });
});
