// @vitest-environment happy-dom
import { effect } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Bokmål's on-demand messages (the draft list's and the open timeline's text), held back in each
// test until it lets them in; every test gets fresh modules, so the area is not in at its start.
const area: { open: () => void; opened: Promise<void>; fetched: number } = {
  open: () => undefined,
  opened: Promise.resolve(),
  fetched: 0,
};

const later = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  vi.resetModules();
  area.fetched = 0;
  area.opened = new Promise<void>((resolve) => {
    area.open = resolve;
  });
  vi.doMock('../../../content/messages/nb/on-demand', async (importOriginal) => {
    area.fetched += 1;
    await area.opened;
    return importOriginal();
  });
  document.body.replaceChildren();
  document.documentElement.lang = 'nb';
});

describe('bokmål on demand', () => {
  it('t reads the start-up text at once, and the rest once ensureMessages is done', async () => {
    const { ensureMessages, messagesComplete, t } = await import('../../../i18n/ui-text');
    expect(t('draft.loading')).toBe('Henter utkastene …');
    expect(t('timeline.heading')).toBe('Tidslinje');
    expect(messagesComplete()).toBe(false);
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(t('draft.announce.redrafted'));
    });
    const done = ensureMessages();
    await later();
    expect(area.fetched).toBe(1);
    area.open();
    await done;
    stop();
    // What read it before follows when it arrives (a signal): components re-render.
    expect(seen.at(-1)).toBe('Nytt utkast laget fra notatene.');
    expect(t('timeline.export-ics')).toBe('Lagre fristene i kalenderen (.ics)');
    expect(messagesComplete()).toBe(true);
    await ensureMessages();
    expect(area.fetched).toBe(1);
  });

  it('switches to nynorsk and back to bokmål in one render each, with every text', async () => {
    const { applyLanguage, t, uiLanguage } = await import('../../../i18n/ui-text');
    await applyLanguage('nn');
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(`${uiLanguage.value}: ${t('common.loading')} / ${t('draft.announce.redrafted')}`);
    });
    expect(seen).toEqual(['nn: Hentar sida … / Nytt utkast laga frå notata.']);
    const back = applyLanguage('nb');
    await later();
    // Bokmål is not whole yet: the switch waits, nynorsk stays on screen.
    expect(uiLanguage.value).toBe('nn');
    area.open();
    await back;
    stop();
    expect(seen).toEqual([
      'nn: Hentar sida … / Nytt utkast laga frå notata.',
      'nb: Leser siden … / Nytt utkast laget fra notatene.',
    ]);
    expect(document.documentElement.lang).toBe('nb');
  });

  it('a page outside the panel (print, welcome, handout) fills its text only with all of bokmål in', async () => {
    const { followStoredLanguage } = await import('../../../i18n/ui-text');
    document.body.innerHTML = '<h1 data-i18n="common.print"></h1><p data-i18n="draft.announce.redrafted"></p>';
    let filled = false;
    const following = followStoredLanguage({
      read: async () => 'nb',
      watch: () => () => undefined,
      preferred: () => ['nb'],
    }).then(() => {
      filled = true;
    });
    await later();
    expect(filled).toBe(false);
    expect(document.querySelector('p')?.textContent).toBe('');
    area.open();
    await following;
    expect(document.querySelector('h1')?.textContent).toBe('Skriv ut / lagre som PDF');
    expect(document.querySelector('p')?.textContent).toBe('Nytt utkast laget fra notatene.');
  });

  it('names the page the panel recognised before the pages’ names are in, and in the UI language after', async () => {
    const { contextLabel } = await import('../../../i18n/context-label');
    const { applyLanguage, ensureMessages } = await import('../../../i18n/ui-text');
    const { PAGE_CONTEXTS } = await import('../../../domain/page-contexts');
    const plan = PAGE_CONTEXTS.find((context) => context.id === 'oppfolgingsplan-leder-ny-plan');
    if (!plan) throw new Error('no plan context');
    // The first view, in bokmål: the names are in bokmål's on-demand part, the table's label stands in.
    expect(contextLabel(plan)).toBe('Oppfølgingsplan – ny plan, nærmeste leder');
    area.open();
    await ensureMessages();
    expect(contextLabel(plan)).toBe('Oppfølgingsplan – ny plan, nærmeste leder');
    await applyLanguage('en');
    expect(contextLabel(plan)).toBe('Follow-up plan (oppfølgingsplan) – new plan, line manager');
    // An id no catalogue names keeps its own label.
    expect(contextLabel({ id: 'ny-side', label: 'En ny side' })).toBe('En ny side');
  });
});
