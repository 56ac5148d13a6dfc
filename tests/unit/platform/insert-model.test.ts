import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '../../../i18n/ui-text';
import { createFakePanelPlatform, createTestModel, snapshotAt } from './fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const AKTIV_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/aktiv-plan';

async function settle() {
  await vi.runOnlyPendingTimersAsync();
  await Promise.resolve();
}

async function planModel(url = NY_PLAN) {
  const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(url) } });
  const model = createTestModel(fake, 100);
  await model.start();
  await settle();
  return { model, fake };
}

describe('«Sett inn» in the panel model (model/insert.ts)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is offered only on a page of the form’s kind', async () => {
    const { model, fake } = await planModel();
    expect(model.insert.available.value).toBe(true);
    fake.push(1, snapshotAt(AKTIV_PLAN));
    expect(model.form.value?.id).toBe('oppfolgingsplan'); // Still drafted, from the guide…
    expect(model.insert.available.value).toBe(false); // …but not insertable on the active plan.
    model.setNote('ia-arbeidsdagen', 'lager');
    await model.insert.insert('typiskArbeidshverdag');
    expect(fake.inserts).toEqual([]);
  });

  it('sends the shown draft for the page the panel saw, into an empty field only', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');
    await model.insert.insert('typiskArbeidshverdag');
    expect(fake.inserts).toEqual([
      {
        tabId: 1,
        pageUrl: NY_PLAN,
        formId: 'oppfolgingsplan',
        fieldId: 'typiskArbeidshverdag',
        value: 'Kundemøter om morgenen.',
        mode: 'if-empty',
      },
    ]);
    expect(model.insert.status.value).toContain('Satt inn i «Hvordan ser en vanlig arbeidsdag ut?»');
    expect(fake.copied).toEqual([]); // Never through the clipboard.
  });

  it('runs the privacy guard first, exactly as before a copy, and «Sett inn likevel» goes on', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'Har migrene, tar sumatriptan');
    await model.insert.insert('typiskArbeidshverdag');
    expect(fake.inserts).toEqual([]);
    expect(model.blocked.value).toMatchObject({ fieldId: 'typiskArbeidshverdag', action: 'insert' });
    expect(model.announcement.value).toContain('Ikke satt inn ennå');
    await model.insert.insert('typiskArbeidshverdag', true);
    expect(fake.inserts).toHaveLength(1);
    expect(model.blocked.value).toBeNull();
  });

  it('asks «Erstatt», «Legg til» or «Avbryt» before touching a filled field, and does what was chosen', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'lager');
    fake.answerInserts(async (request) =>
      request.mode === 'if-empty' ? { ok: false, reason: 'not-empty', length: 12 } : { ok: true, length: 20 },
    );
    await model.insert.insert('typiskArbeidshverdag');
    expect(model.insert.question.value).toMatchObject({ fieldIds: ['typiskArbeidshverdag'], valuesOnly: false });
    expect(model.insert.question.value?.text).toContain('(12 tegn)');
    await model.insert.answer('cancel');
    expect(model.insert.question.value).toBeNull();
    expect(fake.inserts.map((request) => request.mode)).toEqual(['if-empty']);
    await model.insert.insert('typiskArbeidshverdag');
    await model.insert.answer('append');
    await model.insert.insert('typiskArbeidshverdag');
    await model.insert.answer('replace');
    expect(fake.inserts.map((request) => request.mode)).toEqual([
      'if-empty',
      'if-empty',
      'append',
      'if-empty',
      'replace',
    ]);
  });

  it('«Fyll inn alle» inserts every ready draft (text, date, choice), asks once about the filled ones', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.setNote('ia-enige-evaluering', 'Evaluering 01.02.2027');
    model.setChoice('ia-enige-medvirket', 0);
    model.setFreeNotes('hjemmekontor fredag #tilrettelegging');
    fake.answerInserts(async (request) =>
      request.fieldId === 'evalueringsDato' && request.mode === 'if-empty'
        ? { ok: false, reason: 'not-empty', length: 10 }
        : request.fieldId === 'tilretteleggingFremover'
          ? { ok: false, reason: 'field-missing' }
          : { ok: true, length: request.value.length },
    );
    await model.insert.insertAll();
    expect(fake.inserts.map((request) => [request.fieldId, request.value])).toEqual([
      ['typiskArbeidshverdag', 'Lager.'],
      ['tilretteleggingFremover', '- hjemmekontor fredag'],
      ['evalueringsDato', '01.02.2027'],
      ['harDenAnsatteMedvirket', 'Ja'],
    ]);
    expect(model.insert.status.value).toContain('Satt inn 2 felt');
    expect(model.insert.status.value).toContain('finner ikke feltet på siden');
    // The date is a value: it can be replaced, not added to.
    expect(model.insert.question.value).toMatchObject({ fieldIds: ['evalueringsDato'], valuesOnly: true });
    await model.insert.answer('append');
    expect(fake.inserts).toHaveLength(4); // «Legg til» leaves a value field as it is.
    await model.insert.insertAll();
    await model.insert.answer('replace');
    expect(fake.inserts.at(-1)).toMatchObject({ fieldId: 'evalueringsDato', mode: 'replace' });
  });

  it('leaves out a draft that still has a problem, and says why', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-enige-evaluering', 'Evaluering 01.02.2020'); // In the past: the form refuses it.
    await model.insert.insert('evalueringsDato');
    expect(fake.inserts).toEqual([]);
    expect(model.insert.status.value).toContain('rett utkastet først');
  });

  it('says clearly what went wrong when the page cannot take it', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'lager');
    for (const [reason, words] of [
      ['no-content-script', 'Last inn siden på nytt'],
      ['tab-gone', 'fanen er lukket'],
      ['navigated', 'siden er endret'],
      ['field-readonly', 'kan ikke redigeres'],
    ] as const) {
      fake.answerInserts(async () => ({ ok: false, reason }));
      await model.insert.insert('typiskArbeidshverdag');
      expect(model.insert.status.value).toContain(words);
    }
  });

  it('keeps its status and question as message keys: a switch of the UI language changes what is shown', async () => {
    const { model, fake } = await planModel();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.setNote('ia-enige-evaluering', 'Evaluering 01.02.2027');
    fake.answerInserts(async (request) =>
      request.fieldId === 'evalueringsDato'
        ? { ok: false, reason: 'tab-gone' }
        : { ok: false, reason: 'not-empty', length: 12 },
    );
    await model.insert.insertAll();
    expect(model.insert.status.value).toBe(
      'Ikke satt inn i «Når skal dere evaluere planen og eventuelt justere den?»: fanen er lukket.',
    );
    expect(model.insert.question.value?.text).toBe(
      '«Hvordan ser en vanlig arbeidsdag ut?» har allerede tekst på siden (12 tegn). Hva vil du gjøre?',
    );
    try {
      await applyLanguage('en');
      expect(model.insert.status.value).toBe(
        'Not inserted into “Når skal dere evaluere planen og eventuelt justere den?”: the tab is closed.',
      );
      expect(model.insert.question.value?.text).toBe(
        '“Hvordan ser en vanlig arbeidsdag ut?” already has text on the page (12 characters). What do you want to do?',
      );
      await applyLanguage('nn');
      expect(model.insert.status.value).toContain('fana er lukka.');
      expect(model.insert.question.value?.text).toContain('har allereie tekst på sida (12 teikn)');
      // A status set while in nynorsk reads in bokmål after the switch back.
      await model.insert.answer('cancel');
      expect(model.insert.status.value).toContain('allereie');
      await applyLanguage('nb');
      expect(model.insert.status.value).toBe('Ingenting er endret i feltene som allerede hadde innhold.');
    } finally {
      await applyLanguage('nb');
    }
  });
});
