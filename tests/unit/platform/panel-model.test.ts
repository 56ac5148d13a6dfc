import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { medicalWords } from '../../../content/medical-words';
import { createCase } from '../../../domain/case';
import { exportCase } from '../../../domain/case-transfer';
import { createStaticLibrary } from '../../../domain/guide';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import { DRAFTING_ENGINE } from '../../../entrypoints/sidepanel/model/drafting-engine';
import { TIMELINE_ENGINE } from '../../../entrypoints/sidepanel/model/timeline-engine';
import { createPanelModel } from '../../../entrypoints/sidepanel/panel-model';
import { t } from '../../../i18n/ui-text';
import { createFakePanelPlatform, createTestModel, snapshotAt } from './fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const AKTIV_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/aktiv-plan';
const NOW = '2026-11-23T10:00:00.000Z';
const SYK_INN = 'https://www.nav.no/samarbeidspartner/sykmelding/fhir/b0b0b0b0-0000-4000-8000-000000000004/ny';
const REFERAT =
  'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/c0ffee00-0000-4000-8000-000000000003/referat';

function setup(fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } })) {
  const model = createTestModel(fake, 100);
  return { model, fake };
}

async function settle() {
  await vi.runOnlyPendingTimersAsync();
  await Promise.resolve();
}

/** A panel model whose library counts what it loads; the first item-id load waits for `firstItemIds`, when given. */
function countingModel(fake: ReturnType<typeof createFakePanelPlatform>, firstItemIds?: () => Promise<void>) {
  const loads: string[] = [];
  let itemIdCalls = 0;
  const library = createStaticLibrary(GUIDES);
  const model = createPanelModel({
    platform: fake.platform,
    library: {
      index: library.index,
      loadItemIds: () => {
        itemIdCalls++;
        return itemIdCalls === 1 && firstItemIds
          ? firstItemIds().then(() => library.loadItemIds())
          : library.loadItemIds();
      },
      load: (id) => {
        loads.push(id);
        return library.load(id);
      },
    },
    contexts: PAGE_CONTEXTS,
    forms: TARGET_FORMS,
    loadTimeline: async () => TIMELINE_ENGINE,
    loadMedicalWords: async () => medicalWords,
    loadDrafting: async () => DRAFTING_ENGINE,
  });
  return { model, loads, itemIdLoads: () => itemIdCalls };
}

describe('panel model', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('recognises the plan form and opens its guide once ready', async () => {
    const { model } = setup();
    expect(model.ready.value).toBe(false);
    await model.start();
    await settle();
    expect(model.ready.value).toBe(true);
    expect(model.context.value.id).toBe('oppfolgingsplan-leder-ny-plan');
    expect(model.role.value).toBe('leder');
    expect(model.guide.value?.id).toBe('ia-funksjonsvurdering-leder');
    expect(model.form.value?.id).toBe('oppfolgingsplan');
  });

  it('creates a session case on the first note, drafts from it, saves after typing rests, and copies the draft', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    expect(model.activeCase.value).toBeNull();
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');
    expect(model.activeCase.value).toMatchObject({ label: 'Sak 1', role: 'leder', keepUntil: null });
    expect(model.saveStatus.value).toBe('pending');
    const draft = model.drafts.value.find((candidate) => candidate.fieldId === 'typiskArbeidshverdag');
    expect(draft?.text).toBe('Kundemøter om morgenen.');
    await settle();
    expect(model.saveStatus.value).toBe('saved');
    expect([...fake.store.values()][0]?.notes).toEqual({ 'ia-arbeidsdagen': 'kundemøter om morgenen' });
    expect(await model.copyDraft('typiskArbeidshverdag')).toBe(true);
    expect(fake.copied).toEqual(['Kundemøter om morgenen.']);
    expect(model.announcement.value).toContain('Kopiert');
  });

  it('says so when copying fails', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'x');
    fake.failCopy(true);
    expect(await model.copyDraft('typiskArbeidshverdag')).toBe(false);
    expect(model.announcement.value).toContain('Kunne ikke kopiere');
  });

  it('follows pushed snapshots for its own tab only', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    fake.push(2, snapshotAt(AKTIV_PLAN));
    expect(model.context.value.id).toBe('oppfolgingsplan-leder-ny-plan');
    fake.push(1, snapshotAt(AKTIV_PLAN));
    expect(model.context.value.id).toBe('oppfolgingsplan-leder-aktiv-plan');
  });

  it('switches with the active tab, and shows unknown for a tab without a snapshot', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    fake.activate(5);
    await settle();
    expect(model.context.value.id).toBe('unknown');
    expect(model.guide.value).toBeNull();
  });

  it('re-reads the snapshot when its tab finished loading a new document', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    fake.setSnapshot(1, null);
    fake.loaded(1);
    await settle();
    expect(model.context.value.id).toBe('unknown');
  });

  it('keeps a hand-picked guide per page kind, in the case', async () => {
    const { model, fake } = setup(createFakePanelPlatform());
    await model.start();
    await settle();
    expect(model.guide.value).toBeNull();
    model.chooseGuide('ia-funksjonsvurdering-leder');
    await settle(); // The chosen guide loads on demand.
    expect(model.guide.value?.id).toBe('ia-funksjonsvurdering-leder');
    expect(model.form.value?.id).toBe('oppfolgingsplan');
    expect([...fake.store.values()][0]?.guideByContext).toEqual({ unknown: 'ia-funksjonsvurdering-leder' });
  });

  it('records scale answers with their date', async () => {
    const { model } = setup();
    await model.start();
    await settle();
    model.setScale('jms-mt-skala', 4);
    model.setScale('jms-mt-skala', 6);
    expect(model.activeCase.value?.scales['jms-mt-skala']).toEqual([{ value: 6, date: '2026-11-23' }]);
  });

  it('reports a full storage plainly and keeps the unsaved edit for the next try', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    fake.failSave(new Error('QUOTA_BYTES quota exceeded'));
    model.setNote('ia-arbeidsdagen', 'notat');
    await settle();
    expect(model.saveStatus.value).toBe('error');
    expect(model.saveError.value).toContain('Lagringsplassen er full');
    fake.failSave(null);
    model.setNote('ia-arbeidsdagen-trivsel', 'trives');
    await settle();
    expect(model.saveStatus.value).toBe('saved');
    expect([...fake.store.values()][0]?.notes).toEqual({
      'ia-arbeidsdagen': 'notat',
      'ia-arbeidsdagen-trivsel': 'trives',
    });
  });

  it('merges an edit from another window without losing its own unsaved typing', async () => {
    const record = createCase({ id: 'a', label: 'Kollega A', role: 'leder', now: NOW });
    const { model, fake } = setup(createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) }, stored: [record] }));
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'mitt notat');
    fake.external('a', {
      ...record,
      notes: { 'ia-arbeidsdagen': 'gammelt', 'ia-arbeidsdagen-trivsel': 'fra det andre vinduet' },
      ticks: { 'ia-enige-tiltak': true },
      label: 'Omdøpt der',
    });
    expect(model.activeCase.value?.notes).toEqual({
      'ia-arbeidsdagen': 'mitt notat',
      'ia-arbeidsdagen-trivsel': 'fra det andre vinduet',
    });
    expect(model.activeCase.value?.ticks).toEqual({ 'ia-enige-tiltak': true });
    expect(model.activeCase.value?.label).toBe('Omdøpt der');
  });

  it('creates, switches, renames and deletes cases, with a confirmation', async () => {
    const { model, fake } = setup();
    await model.start();
    model.newCase();
    model.newCase();
    expect(model.cases.value.map((record) => record.label)).toEqual(['Sak 2', 'Sak 1']);
    model.setLabel('Lager, mandag');
    await settle();
    expect(fake.store.get(model.activeCase.value?.id ?? '')?.label).toBe('Lager, mandag');
    model.askToDeleteCase();
    expect(model.pending.value?.kind).toBe('delete-case');
    await model.confirmPending();
    expect(model.cases.value.map((record) => record.label)).toEqual(['Sak 1']);
    expect(fake.store.size).toBe(1);
  });

  it('remembers which case was used in which tab and offers it again', async () => {
    const a = createCase({ id: 'a', label: 'A', role: 'leder', now: NOW });
    const b = createCase({ id: 'b', label: 'B', role: 'leder', now: NOW });
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) }, stored: [a, b] });
    const { model } = setup(fake);
    await model.start();
    await settle();
    model.switchCase('b');
    await settle();
    expect(fake.tabCases.get(1)).toBe('b');
    fake.activate(2);
    await settle();
    model.switchCase('a');
    await settle();
    fake.activate(1);
    await settle();
    expect(model.activeCase.value?.id).toBe('b');
  });

  it('warns when the label looks like a national ID number', async () => {
    const { model } = setup();
    await model.start();
    model.newCase();
    model.setLabel('010199 12345');
    // The check comes on demand (the first label with 11 digits fetches it): the warning follows.
    await vi.waitFor(() => expect(model.labelWarning.value).toContain('fødselsnummer'));
    model.setLabel('Sak 01019912346');
    expect(model.labelWarning.value).toContain('fødselsnummer');
    model.setLabel('Kari på lageret');
    expect(model.labelWarning.value).toBeNull();
  });

  it('keeps a case on the machine with an expiry, and back to session only', async () => {
    const { model, fake } = setup();
    await model.start();
    model.newCase();
    model.setKeep(30);
    expect(model.activeCase.value?.keepUntil).toBe('2026-12-22');
    await settle();
    expect(fake.store.get(model.activeCase.value?.id ?? '')?.keepUntil).toBe('2026-12-22');
    model.setKeep(null);
    expect(model.activeCase.value?.keepUntil).toBeNull();
  });

  it('deletes everything in one confirmed action', async () => {
    const { model, fake } = setup();
    await model.start();
    model.newCase();
    model.newCase();
    await settle();
    model.askToDeleteEverything();
    await model.confirmPending();
    expect(model.cases.value).toEqual([]);
    expect(fake.store.size).toBe(0);
  });

  it('exports a case and imports it back, asking before it overwrites', async () => {
    const { model, fake } = setup();
    await model.start();
    model.setNote('ia-arbeidsdagen', 'notat');
    await settle();
    await model.exportActiveCase();
    const file = fake.downloads[0];
    expect(file?.filename).toMatch(/^folgesvenn-Sak-1-2026-11-23\.json$/);
    await model.importCase(file?.text ?? '');
    expect(model.pending.value?.kind).toBe('import-conflict');
    await model.confirmPending('as-new');
    expect(model.cases.value.map((record) => record.label)).toEqual(['Sak 1 (importert)', 'Sak 1']);
    expect(model.activeCase.value?.notes).toEqual({ 'ia-arbeidsdagen': 'notat' });
  });

  it('refuses a file that is not a case, with a message, and changes nothing', async () => {
    const { model } = setup();
    await model.start();
    await model.importCase('{"hello": 1}');
    expect(model.notice.value).toBe('Filen er ikke en Følgesvenn-sak.');
    await model.importCase('not json');
    expect(model.notice.value).toContain('ikke gyldig JSON');
    expect(model.cases.value).toEqual([]);
    const exported = exportCase(createCase({ id: 'x', label: 'Fra fil', role: null, now: NOW }), NOW);
    await model.importCase(exported);
    expect(model.activeCase.value?.label).toBe('Fra fil');
  });

  it('tells the user when stored data was set aside or expired', async () => {
    const fake = createFakePanelPlatform({ loaded: { quarantinedCount: 2, expiredCount: 1 } });
    fake.setQuarantine({ 'session.case:x.notes.y': 5 });
    const { model } = setup(fake);
    await model.start();
    expect(model.quarantinedCount.value).toBe(2);
    expect(model.notice.value).toContain('1 sak passerte utløpsdatoen');
    await model.exportQuarantine();
    expect(fake.downloads[0]?.text).toContain('session.case:x.notes.y');
    expect(model.quarantinedCount.value).toBe(0);
  });

  it('computes the timeline for the role from the first sick day, and exports it as a calendar file', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    expect(model.milestones.value).toEqual([]);
    model.setFirstSickDay('2026-11-02');
    expect(model.nextSentence.value).toBe('Henter fristene …');
    await settle(); // The rules load with the first sick day.
    expect(model.currentWeek.value).toBe(4);
    expect(model.milestones.value.map((milestone) => milestone.id)).toContain('oppfolgingsplan');
    expect(model.milestones.value.every((milestone) => milestone.rule.roles.includes('leder'))).toBe(true);
    expect(model.nextSentence.value).toBe(`Neste frist: ${model.next.value?.rule.title} (uke 4, senest 29.11.2026).`);
    model.exportIcs();
    expect(fake.downloads[0]).toMatchObject({ filename: 'folgesvenn-frister-2026-11-23.ics', type: 'text/calendar' });
    expect(fake.downloads[0]?.text).toContain('BEGIN:VCALENDAR');
  });

  it('checks employer fields for medical words, codes and ID numbers before copying; NAV-only fields for IDs only', async () => {
    const { model, fake } = setup(createFakePanelPlatform({ snapshots: { 1: snapshotAt(SYK_INN) } }));
    await model.start();
    await settle();
    expect(model.form.value?.id).toBe('sykmelding');
    model.setNote('lr-felt-til-arbeidsgiver', 'Diagnose F32.1, bruker sertralin');
    model.setNote('lr-felt-til-nav', 'Trenger oppfølging for depresjon');
    await settle(); // The guide that holds these items loads for drafting.
    expect(await model.copyDraft('meldinger.tilArbeidsgiver')).toBe(false);
    expect(model.blocked.value?.findings.map(({ finding }) => finding.kind).sort()).toEqual(
      ['diagnosisCode', 'medicalWord', 'medicalWord'].sort(),
    );
    expect(fake.copied).toEqual([]);
    expect(await model.copyDraft('meldinger.tilArbeidsgiver', true)).toBe(true);
    expect(await model.copyDraft('meldinger.tilNav')).toBe(true);
    expect(fake.copied).toEqual(['Diagnose F32.1, bruker sertralin.', 'Trenger oppfølging for depresjon.']);
    model.setNote('lr-felt-til-nav', 'fnr 01019012345 trenger tiltak');
    const valid = model.drafts.value.find((draft) => draft.fieldId === 'meldinger.tilNav');
    expect(valid?.text).toContain('01019012345');
  });

  it('keeps a hand edit when the notes change, marks it stale, and re-drafts on request', async () => {
    const { model } = setup();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.editDraft('typiskArbeidshverdag', 'Jobber på lageret, mest plukk.');
    model.setNote('ia-arbeidsdagen', 'lager\nkontor');
    const edited = model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag');
    expect(edited).toMatchObject({ text: 'Jobber på lageret, mest plukk.', edited: true, stale: true });
    model.redraft('typiskArbeidshverdag');
    expect(model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')).toMatchObject({
      text: 'Lager. Kontor.',
      edited: false,
    });
  });

  it('copies all fields as labelled text, and tagged free notes reach their field', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.setFreeNotes('hjemmekontor fredag #tilrettelegging');
    expect(await model.copyAll()).toBe(true);
    expect(fake.copied[0]).toBe(
      'Hvordan ser en vanlig arbeidsdag ut?\nLager.\n\nHvordan skal dere tilrettelegge arbeidshverdagen fremover?\n- hjemmekontor fredag',
    );
  });

  it('says so when the draft is for another form than the page shows', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    expect(model.formMismatch.value).toBeNull();
    fake.push(1, snapshotAt(REFERAT));
    model.chooseGuide('ia-funksjonsvurdering-leder');
    expect(model.form.value?.id).toBe('referat');
    fake.push(1, snapshotAt(AKTIV_PLAN));
    expect(model.formMismatch.value).toContain('Oppfølgingsplan på nav.no');
  });

  it('offers local rewording only where a language model exists, and only when turned on', async () => {
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
    const { model } = setup(fake);
    await model.start();
    await settle();
    expect(model.languageModelReady.value).toBe(false);
    model.setLanguageModelOn(true);
    expect(model.languageModelOn.value).toBe(false);

    const withModel = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
    withModel.setLanguageModel((text) => `Omskrevet: ${text}`);
    const second = setup(withModel).model;
    await second.start();
    await settle();
    expect(second.languageModelReady.value).toBe(true);
    expect(second.languageModelOn.value).toBe(false);
    second.setNote('ia-arbeidsdagen', 'lager');
    second.setLanguageModelOn(true);
    await second.reword('typiskArbeidshverdag');
    expect(second.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')).toMatchObject({
      text: 'Omskrevet: Lager.',
      edited: true,
    });
  });

  it('adds a journal site on the user’s click, detects it as a GP page, and removes it again', async () => {
    const fake = createFakePanelPlatform({ snapshots: {} });
    fake.setTabOrigin(1, 'https://journal.eksempel.no');
    const { model } = setup(fake);
    await model.start();
    await settle();
    expect(model.context.value.id).toBe('unknown');
    expect(model.addableOrigin.value).toBe('https://journal.eksempel.no');
    fake.answerPrompt(false);
    await model.addJournalSite();
    expect(model.siteMessage.value).toContain('fikk ikke tilgang');
    expect(fake.userSites).toEqual([]);
    fake.answerPrompt(true);
    await model.addJournalSite();
    expect(fake.prompts).toEqual(['https://journal.eksempel.no', 'https://journal.eksempel.no']);
    fake.push(1, snapshotAt('https://journal.eksempel.no/pasient/ny'));
    expect(model.context.value.id).toBe('journal');
    expect(model.role.value).toBe('lege');
    model.setRole('leder');
    expect(model.role.value).toBe('leder');
    await model.removeJournalSite('https://journal.eksempel.no');
    expect(model.context.value.id).toBe('unknown');
  });

  it('uses the organisation’s default role on its journal sites, and never offers NAV pages as journals', async () => {
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt('https://org.eksempel.no/journal') } });
    fake.granted.add('https://org.eksempel.no');
    const { model } = setup(fake);
    await model.start();
    fake.setPolicy({ journalSites: ['https://org.eksempel.no'], defaultRole: 'veileder' });
    await settle();
    expect(model.context.value.id).toBe('journal');
    expect(model.role.value).toBe('veileder');
    fake.push(1, snapshotAt('https://www.nav.no/ukjent-side'));
    expect(model.addableOrigin.value).toBeNull();
  });

  it('refuses a typed address that is not an https site, with a message', async () => {
    const { model, fake } = setup(createFakePanelPlatform());
    await model.start();
    await model.addJournalSite('ftp://journal');
    expect(model.siteMessage.value).toContain('Skriv adressen');
    expect(fake.prompts).toEqual([]);
  });

  it('redrafts a huge note only once typing rests, and a short one at once', async () => {
    const { model } = setup();
    await model.start();
    await settle();
    const field = () => model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag');
    model.setNote('ia-arbeidsdagen', 'start');
    expect(field()?.text).toBe('Start.');
    model.setNote('ia-arbeidsdagen', 'x'.repeat(30_000));
    expect(field()?.text).toBe('Start.');
    await vi.advanceTimersByTimeAsync(300);
    expect(field()?.length).toBe(30_001);
    model.setNote('ia-arbeidsdagen', 'kort');
    expect(field()?.text).toBe('Kort.');
  });

  it('suggests adding an unlisted page that looks like a journal, and never adds it by itself', async () => {
    const fake = createFakePanelPlatform({ snapshots: {} });
    fake.setTabOrigin(1, 'https://journal.eksempel.no');
    fake.setProbe(1, {
      url: 'https://journal.eksempel.no/konsultasjon',
      title: 'Journal',
      headings: [{ level: 2, text: 'Sykmelding' }],
      fields: [
        { id: '', name: '', label: 'Diagnose (ICPC-2)', tag: 'input' },
        { id: '', name: '', label: 'Melding til arbeidsgiver', tag: 'input' },
        { id: '', name: '', label: 'Journalnotat', tag: 'input' },
      ],
    });
    const { model } = setup(fake);
    await model.start();
    // The heuristic loads on demand (an unlisted page only): wait for it.
    await vi.waitFor(() => expect(model.journalSuggestion.value?.suggest).toBe(true));
    expect(fake.prompts).toEqual([]);
    expect(model.context.value.id).toBe('unknown');
  });

  it('loads only the guides a page, a case or a search needs, and the item ids only once a case has answers', async () => {
    const { model, loads, itemIdLoads } = countingModel(
      createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } }),
    );
    await model.start();
    await settle();
    expect(loads).toEqual(['ia-funksjonsvurdering-leder']);
    expect(itemIdLoads()).toBe(0);
    expect(model.ready.value).toBe(true);
    model.setNote('jms-mt-skala', 'notat i en annen guide');
    await settle();
    expect(itemIdLoads()).toBe(1);
    expect(loads).toEqual(['ia-funksjonsvurdering-leder', 'jobbmestringssamtalen-fastlege']);
    expect(model.draftingGuides.value.map((guide) => guide.id)).toEqual([
      'ia-funksjonsvurdering-leder',
      'jobbmestringssamtalen-fastlege',
    ]);
    model.setSearchQuery('dialogmote');
    // The search's code is not in before the first query: no hits yet (the view says it is searching).
    expect(model.searchHits.value).toBeNull();
    await settle();
    expect(new Set(loads)).toEqual(new Set(GUIDES.map((guide) => guide.id)));
    expect(loads).toHaveLength(GUIDES.length);
    expect(itemIdLoads()).toBe(1);
    await vi.waitFor(() => expect(model.searchHits.value?.length).toBeGreaterThan(0));
  });

  it('is ready with a stored case’s answers before the item ids are in, then loads the guides holding them', async () => {
    const stored = { ...createCase({ id: 'a', label: 'A', role: 'leder', now: NOW }), notes: { 'jms-mt-skala': 'x' } };
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) }, stored: [stored] });
    fake.tabCases.set(1, 'a');
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { model, loads, itemIdLoads } = countingModel(fake, () => gate);
    await model.start();
    await settle();
    expect(model.ready.value).toBe(true);
    expect(model.activeCase.value?.id).toBe('a');
    expect(itemIdLoads()).toBe(1);
    expect(loads).toEqual(['ia-funksjonsvurdering-leder']);
    release?.();
    await settle();
    expect(loads).toEqual(['ia-funksjonsvurdering-leder', 'jobbmestringssamtalen-fastlege']);
    expect(itemIdLoads()).toBe(1);
  });

  it('asks for the item ids again after a failed load, on the next change to the case', async () => {
    const { model, loads, itemIdLoads } = countingModel(
      createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } }),
      () => Promise.reject(new Error('chunk failed')),
    );
    await model.start();
    await settle();
    model.setNote('jms-mt-skala', 'a');
    await settle();
    expect(itemIdLoads()).toBe(1);
    expect(loads).toEqual(['ia-funksjonsvurdering-leder']);
    model.setNote('jms-mt-skala', 'ab');
    await settle();
    expect(itemIdLoads()).toBe(2);
  });
});

/** A panel model whose drafting engine comes in only on `release` (or fails on `fail`); counts its loads. */
function gatedDraftingModel(fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } })) {
  const gates: { release: () => void; fail: (error: Error) => void }[] = [];
  const model = createTestModel(fake, 100, {
    loadDrafting: () =>
      new Promise((resolve, reject) => {
        gates.push({ release: () => resolve(DRAFTING_ENGINE), fail: reject });
      }),
  });
  const gate = () => {
    const last = gates.at(-1);
    if (!last) throw new Error('the engine was not asked for');
    return last;
  };
  return {
    model,
    fake,
    loads: () => gates.length,
    release: () => gate().release(),
    fail: (e: Error) => gate().fail(e),
  };
}

describe('panel model before the drafting engine is in', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is ready without it, asks for it once at the start, and shows no drafts and no mismatch until it is in', async () => {
    const { model, loads, release } = gatedDraftingModel();
    await model.start();
    await settle();
    expect(model.ready.value).toBe(true);
    expect(model.form.value?.id).toBe('oppfolgingsplan');
    expect(loads()).toBe(1);
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');
    expect(model.draftingReady.value).toBe(false);
    expect(model.drafts.value).toEqual([]);
    expect(model.formMismatch.value).toBeNull();
    expect(model.blocked.value).toBeNull();
    release();
    await settle();
    expect(model.draftingReady.value).toBe(true);
    expect(model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')?.text).toBe(
      'Kundemøter om morgenen.',
    );
    expect(loads()).toBe(1);
  });

  it('a copy, Alt+K and «Kopier alle» pressed before it is in copy the drafted text once it is in', async () => {
    const { model, fake, release } = gatedDraftingModel();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');
    const copy = model.copyDraft('typiskArbeidshverdag');
    const shortcut = model.copyDraft(null);
    const all = model.copyAll();
    await settle();
    expect(fake.copied).toEqual([]);
    release();
    expect(await copy).toBe(true);
    expect(await shortcut).toBe(true);
    expect(await all).toBe(true);
    // Each copied what was drafted (in whatever order the three finished).
    expect([...fake.copied].sort()).toEqual([
      'Hvordan ser en vanlig arbeidsdag ut?\nKundemøter om morgenen.',
      'Kundemøter om morgenen.',
      'Kundemøter om morgenen.',
    ]);
    expect(model.announcement.value).toContain('Kopiert');
  });

  it('an edit and «Sett inn» made before it is in act once it is in, on the drafted text', async () => {
    const { model, fake, release } = gatedDraftingModel();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.editDraft('typiskArbeidshverdag', 'Jobber på lageret.');
    const inserted = model.insert.insert('typiskArbeidshverdag');
    await settle();
    expect(model.activeCase.value?.drafts).toEqual({});
    expect(fake.inserts).toEqual([]);
    release();
    await inserted;
    expect(model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')).toMatchObject({
      text: 'Jobber på lageret.',
      edited: true,
    });
    // The edit starts from the text drafted from the notes, not from the empty list shown before.
    expect(Object.values(model.activeCase.value?.drafts ?? {})).toEqual([
      expect.objectContaining({ text: 'Jobber på lageret.', basedOn: 'Lager.' }),
    ]);
    expect(fake.inserts.map((request) => request.value)).toEqual(['Jobber på lageret.']);
  });

  it('an edit and then a redraft made before it is in are done in order once it is in', async () => {
    const { model, release } = gatedDraftingModel();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.editDraft('typiskArbeidshverdag', 'Jobber på lageret.');
    model.redraft('typiskArbeidshverdag');
    await settle();
    expect(model.announcement.value).not.toBe(t('draft.announce.redrafted'));
    release();
    await settle();
    expect(model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')).toMatchObject({
      text: 'Lager.',
      edited: false,
    });
    expect(model.activeCase.value?.drafts).toEqual({});
    expect(model.announcement.value).toBe(t('draft.announce.redrafted'));
  });

  it('a reword asked for before it is in rewords the drafted text once it is in', async () => {
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
    fake.setLanguageModel((text) => `Omskrevet: ${text}`);
    const { model, release } = gatedDraftingModel(fake);
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'lager');
    model.setLanguageModelOn(true);
    const reworded = model.reword('typiskArbeidshverdag');
    await settle();
    expect(model.activeCase.value?.drafts).toEqual({});
    release();
    await reworded;
    expect(model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag')).toMatchObject({
      text: 'Omskrevet: Lager.',
      edited: true,
    });
  });

  it('a failed load is said to the view and tried again by the next draft action', async () => {
    const { model, fake, loads, fail, release } = gatedDraftingModel();
    await model.start();
    await settle();
    fail(new Error('chunk failed'));
    await settle();
    expect(model.draftingFailure.value).toBeInstanceOf(Error);
    model.setNote('ia-arbeidsdagen', 'lager');
    const copy = model.copyDraft('typiskArbeidshverdag');
    await settle();
    expect(loads()).toBe(2);
    release();
    expect(await copy).toBe(true);
    expect(model.draftingFailure.value).toBeNull();
    expect(fake.copied).toEqual(['Lager.']);
  });
});
