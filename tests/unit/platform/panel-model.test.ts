import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import { createPanelModel } from '../../../entrypoints/sidepanel/panel-model';
import { createFakePanelPlatform, snapshotAt } from './fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const AKTIV_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/aktiv-plan';

function setup(fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } })) {
  const model = createPanelModel({
    platform: fake.platform,
    guides: GUIDES,
    contexts: PAGE_CONTEXTS,
    forms: TARGET_FORMS,
    saveDelayMs: 100,
  });
  return { model, fake };
}

async function settle() {
  await vi.runOnlyPendingTimersAsync();
  await Promise.resolve();
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
    expect(model.guide.value?.id).toBe('ia-funksjonsvurdering-leder');
    expect(model.form.value?.id).toBe('oppfolgingsplan');
  });

  it('drafts from notes, saves after typing rests, and copies exactly the draft', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');
    expect(model.saveStatus.value).toBe('pending');
    const draft = model.drafts.value.find((candidate) => candidate.fieldId === 'typiskArbeidshverdag');
    expect(draft?.text).toBe('Kundemøter om morgenen.');
    await settle();
    expect(model.saveStatus.value).toBe('saved');
    expect(fake.saved.at(-1)?.notes).toEqual({ 'ia-arbeidsdagen': 'kundemøter om morgenen' });
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

  it('keeps a hand-picked guide per page kind', async () => {
    const { model, fake } = setup(createFakePanelPlatform());
    await model.start();
    await settle();
    expect(model.guide.value).toBeNull();
    model.chooseGuide('ia-funksjonsvurdering-leder');
    expect(model.guide.value?.id).toBe('ia-funksjonsvurdering-leder');
    expect(model.form.value?.id).toBe('oppfolgingsplan');
    await settle();
    expect(fake.saved.at(-1)?.guideByContext).toEqual({ unknown: 'ia-funksjonsvurdering-leder' });
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
    expect(fake.saved.at(-1)?.notes).toEqual({ 'ia-arbeidsdagen': 'notat', 'ia-arbeidsdagen-trivsel': 'trives' });
  });

  it('merges an edit from another window without losing its own unsaved typing', async () => {
    const { model, fake } = setup();
    await model.start();
    await settle();
    model.setNote('ia-arbeidsdagen', 'mitt notat');
    fake.external({
      notes: { 'ia-arbeidsdagen': 'gammelt', 'ia-arbeidsdagen-trivsel': 'fra det andre vinduet' },
      ticks: { 'ia-enige-tiltak': true },
      scales: {},
      guideByContext: {},
    });
    expect(model.state.value.notes).toEqual({
      'ia-arbeidsdagen': 'mitt notat',
      'ia-arbeidsdagen-trivsel': 'fra det andre vinduet',
    });
    expect(model.state.value.ticks).toEqual({ 'ia-enige-tiltak': true });
  });

  it('tells the user when stored data was set aside', async () => {
    const fake = createFakePanelPlatform({
      stored: {
        state: { notes: {}, ticks: {}, scales: {}, guideByContext: {} },
        quarantined: { 'notes.x': 5 },
      },
    });
    const { model } = setup(fake);
    await model.start();
    expect(model.quarantinedCount.value).toBe(1);
  });
});
