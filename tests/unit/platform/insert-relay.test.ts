// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { INSERT_MODES, type PageInsert } from '../../../domain/insert';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import type { SenderInfo, SenderPolicy } from '../../../domain/sender';
import { createInsertRelay, type InsertRelayDeps } from '../../../platform/insert-relay';
import { insertIntoPage } from '../../../platform/page-insert';

const PLAN_URL = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const policy: SenderPolicy = {
  extensionId: 'ourextensionid',
  extensionOrigin: 'chrome-extension://ourextensionid',
  pageOrigins: ['https://www.nav.no', 'https://syfomodiaperson.intern.nav.no'],
};
const panel: SenderInfo = {
  id: 'ourextensionid',
  url: 'chrome-extension://ourextensionid/sidepanel.html',
  origin: 'chrome-extension://ourextensionid',
};
const contentScript: SenderInfo = { id: 'ourextensionid', url: PLAN_URL, frameId: 0, tab: { id: 7 } };
const planSnapshot: PageSnapshot = { url: PLAN_URL, title: 'Ny plan', headings: [], fields: [] };

/** The plan's fields on a page, with decoys no insert may ever touch. */
const PAGE = `
  <textarea id="typiskArbeidshverdag"></textarea><textarea id="hvordanFolgeOpp"></textarea>
  <input id="evalueringsDato">
  <fieldset id="harDenAnsatteMedvirket"><legend>Har du snakket med den ansatte om innholdet i planen?</legend>
    <input type="radio" id="r1" value="ja"><label for="r1">Ja</label>
    <input type="radio" id="r2" value="nei"><label for="r2">Nei</label></fieldset>
  <textarea class="decoy" name="situasjon"></textarea><textarea class="decoy" id="meldinger.tilNav"></textarea>
  <input class="decoy" id="sok"><textarea class="decoy" id="typiskArbeidshverdag-kopi"></textarea>
  <input class="decoy" type="radio" name="annet" value="ja"><textarea class="decoy" aria-hidden="true" id="hvordanFolgeOpp"></textarea>`;

function relayWith(overrides: Partial<InsertRelayDeps> = {}) {
  const sendToTopFrame = vi.fn(async (_tab: number, message: PageInsert) =>
    insertIntoPage(document, new URL(PLAN_URL) as unknown as Location, message, TARGET_FORMS, true),
  );
  const relay = createInsertRelay({
    policy: () => policy,
    journalOrigins: () => [],
    contexts: PAGE_CONTEXTS,
    forms: TARGET_FORMS,
    snapshotOf: async (tabId) => (tabId === 7 ? planSnapshot : null),
    tabExists: async (tabId) => tabId === 7 || tabId === 8,
    sendToTopFrame,
    ...overrides,
  });
  return { relay, sendToTopFrame };
}

const request = (fieldId: string, value: string, extra: Record<string, unknown> = {}) => ({
  type: 'insertField',
  tabId: 7,
  pageUrl: PLAN_URL,
  formId: 'oppfolgingsplan',
  fieldId,
  value,
  mode: 'if-empty',
  ...extra,
});

const decoysUntouched = () =>
  [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.decoy')].every((element) =>
    element instanceof HTMLInputElement && element.type === 'radio' ? !element.checked : element.value === '',
  );

describe('insert relay (background)', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('carries an insert from our panel to the top frame of a page of the form’s kind', async () => {
    const { relay, sendToTopFrame } = relayWith();
    expect(await relay.handle(request('typiskArbeidshverdag', 'Kontordag'), panel)).toEqual({ ok: true, length: 9 });
    expect(sendToTopFrame).toHaveBeenCalledWith(7, {
      type: 'insertIntoPage',
      pageUrl: PLAN_URL,
      formId: 'oppfolgingsplan',
      fieldId: 'typiskArbeidshverdag',
      value: 'Kontordag',
      mode: 'if-empty',
    });
  });

  it('refuses the sykmelding form on a journal page: the journal names its own fields, so its drafts are copied', async () => {
    const journalUrl = 'https://journal.example.org/konsultasjon/ny';
    const journalSnapshot: PageSnapshot = { url: journalUrl, title: 'Konsultasjon', headings: [], fields: [] };
    const { relay, sendToTopFrame } = relayWith({
      journalOrigins: () => ['https://journal.example.org'],
      snapshotOf: async () => journalSnapshot,
    });
    const sykmelding = request('meldinger.tilArbeidsgiver', 'Kan ta lette oppgaver', {
      formId: 'sykmelding',
      pageUrl: journalUrl,
    });
    expect(await relay.handle(sykmelding, panel)).toEqual({ ok: false, reason: 'wrong-page' });
    expect(sendToTopFrame).not.toHaveBeenCalled();
    // In syk-inn, whose field names the form lists, the same request goes through to the page.
    const sykInnUrl = 'https://www.nav.no/samarbeidspartner/sykmelding/fhir/b0b0b0b0-0000-4000-8000-000000000004/ny';
    const sykInn = relayWith({
      snapshotOf: async () => ({ url: sykInnUrl, title: 'Sykmelding', headings: [], fields: [] }),
      sendToTopFrame: async () => ({ ok: true, length: 21 }),
    });
    expect(await sykInn.relay.handle({ ...sykmelding, pageUrl: sykInnUrl }, panel)).toEqual({ ok: true, length: 21 });
  });

  it('refuses, before the page is asked: other senders, unlisted fields, bad values, other pages, gone tabs', async () => {
    const { relay, sendToTopFrame } = relayWith();
    const cases: [unknown, SenderInfo, string][] = [
      [request('typiskArbeidshverdag', 'x'), contentScript, 'forbidden-sender'],
      [request('typiskArbeidshverdag', 'x'), { ...panel, id: 'another' }, 'forbidden-sender'],
      [request('sok', 'x'), panel, 'field-not-listed'],
      [request('situasjon', 'x'), panel, 'field-not-listed'],
      [request('situasjon', 'x', { formId: 'referat' }), panel, 'wrong-page'],
      [request('evalueringsDato', '2027-03-01'), panel, 'invalid-value'],
      [request('harDenAnsatteMedvirket', 'kanskje'), panel, 'invalid-value'],
      [request('typiskArbeidshverdag', 'x', { pageUrl: `${PLAN_URL}/../aktiv-plan` }), panel, 'navigated'],
      [request('typiskArbeidshverdag', 'x', { tabId: 8 }), panel, 'no-content-script'],
      [request('typiskArbeidshverdag', 'x', { tabId: 9 }), panel, 'tab-gone'],
      [{ ...request('typiskArbeidshverdag', 'x'), frameId: 3 }, panel, 'invalid-message'],
      [request('typiskArbeidshverdag', ''), panel, 'invalid-message'],
    ];
    for (const [raw, sender, reason] of cases) {
      expect(await relay.handle(raw, sender), JSON.stringify(raw)).toEqual({ ok: false, reason });
    }
    expect(sendToTopFrame).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(PAGE.replace(/^\n/, '\n'));
  });

  it('says the content script is missing when the tab does not answer (after an update)', async () => {
    const { relay } = relayWith({ sendToTopFrame: () => Promise.reject(new Error('Receiving end does not exist')) });
    expect(await relay.handle(request('typiskArbeidshverdag', 'x'), panel)).toEqual({
      ok: false,
      reason: 'no-content-script',
    });
    const garbled = relayWith({ sendToTopFrame: async () => ({ ok: true, text: 'lekket' }) }).relay;
    expect(await garbled.handle(request('typiskArbeidshverdag', 'x'), panel)).toEqual({
      ok: false,
      reason: 'no-content-script',
    });
  });

  it('10 000 random insert messages write nothing outside the plan’s own fields', async () => {
    const { relay } = relayWith();
    const listed = TARGET_FORMS.flatMap((form) => form.fields.map((field) => field.id));
    // Mostly well-formed, so that many reach the page: the zero below must be about real attempts.
    const likely = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: other, weight: 1 });
    const field = likely(
      fc.constantFrom(...listed),
      fc.oneof(fc.constantFrom('sok', 'typiskArbeidshverdag-kopi', 'annet', 'r1', 'situasjon'), fc.string()),
    );
    const value = likely(fc.constantFrom('Ja', 'nei', '01.03.2027', 'Tekst'), fc.string({ maxLength: 40 }));
    const sender = likely(
      fc.constant<SenderInfo>(panel),
      fc.constantFrom<SenderInfo>(contentScript, { ...panel, id: 'x' }, {}),
    );
    const message = likely(
      fc.record({
        type: likely(fc.constant('insertField'), fc.constantFrom('insertIntoPage', 'getSnapshot')),
        tabId: likely(fc.constant(7), fc.oneof(fc.constantFrom(8, 9), fc.integer())),
        pageUrl: likely(fc.constant(PLAN_URL), fc.constantFrom('https://www.nav.no/', 'javascript:alert(1)')),
        formId: likely(fc.constant('oppfolgingsplan'), fc.oneof(fc.constantFrom('referat', 'sykmelding'), fc.string())),
        fieldId: field,
        value,
        mode: likely(fc.constantFrom(...INSERT_MODES), fc.string()),
      }),
      fc.anything(),
    );
    const samples = fc.sample(fc.tuple(message, sender), { numRuns: 10_000, seed: 17 });
    let outside = 0;
    let written = 0;
    for (const [index, [raw, from]] of samples.entries()) {
      if (index % 25 === 0) document.body.innerHTML = PAGE; // Empty fields again, so inserts keep landing.
      const result = await relay.handle(raw, from);
      if (result.ok) written += 1;
      if (!decoysUntouched()) {
        outside += 1;
        document.body.innerHTML = PAGE;
      }
    }
    expect(samples).toHaveLength(10_000);
    expect(outside).toBe(0);
    expect(written).toBeGreaterThan(0); // The fuzz reached the page, so the zero above means something.
  });
});
