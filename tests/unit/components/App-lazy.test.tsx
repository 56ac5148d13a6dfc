// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { DRAFTING_ENGINE, type DraftingEngine } from '../../../entrypoints/sidepanel/model/drafting-engine';
import { createFakePanelPlatform, createTestModel, snapshotAt } from '../platform/fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';

// The draft list's and the confirmation's code: counted when fetched, and the draft list held back
// until a test lets it in (as a chunk still on its way in the browser).
const chunks = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened, draftListFetched: 0, pendingQuestionFetched: 0, chartFetched: 0 };
});
vi.mock('../../../components/DraftList', async (importOriginal) => {
  chunks.draftListFetched += 1;
  await chunks.opened;
  return importOriginal();
});
vi.mock('../../../components/ScaleChart', async (importOriginal) => {
  chunks.chartFetched += 1;
  return importOriginal();
});
vi.mock('../../../entrypoints/sidepanel/PendingQuestion', async (importOriginal) => {
  chunks.pendingQuestionFetched += 1;
  return importOriginal();
});

function renderPanel(fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } })) {
  const model = createTestModel(fake, 10);
  const view = render(<App model={model} />);
  return { model, view };
}

describe('the parts the first view leaves out', () => {
  afterEach(cleanup);

  // The tests run in order: the draft list's chunk stays out until the second one lets it in.
  it('are fetched once the first view is up, also those it does not show', async () => {
    const { view } = renderPanel(createFakePanelPlatform());
    const main = view.container.querySelector('main');
    expect(chunks.draftListFetched).toBe(0);
    expect(chunks.pendingQuestionFetched).toBe(0);
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    // An unknown page: no drafts and no question on screen, and both are fetched all the same.
    expect(screen.queryByTestId('drafts-pending')).toBeNull();
    await waitFor(() => expect(chunks.draftListFetched).toBe(1));
    await waitFor(() => expect(chunks.pendingQuestionFetched).toBe(1));
    // The scale chart too, though this page's guide shows no answers.
    expect(view.container.querySelector('.chart')).toBeNull();
    await waitFor(() => expect(chunks.chartFetched).toBe(1));
  });

  it('hold the drafts’ place with their heading until the list is in; Alt + U before then focuses it once in', async () => {
    const { view, model } = renderPanel();
    const main = view.container.querySelector('main');
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    const placeholder = screen.getByTestId('drafts-pending');
    expect(placeholder.querySelector('h2')?.textContent).toBe('Utkast til Oppfølgingsplan på nav.no');
    expect(placeholder.textContent).toContain('Henter utkastene …');
    expect(document.getElementById('drafts-title')).toBeNull();

    fireEvent.keyDown(document, { key: 'u', altKey: true });
    expect(model.focusDrafts.value).toBe(true);
    chunks.open();

    await waitFor(() => expect(document.activeElement?.id).toBe('drafts-title'));
    expect(model.focusDrafts.value).toBe(false);
    expect(screen.queryByTestId('drafts-pending')).toBeNull();
    expect(screen.getByText(/Ingen utkast ennå/)).toBeTruthy();
  });

  // The draft list's code is in by now (the test above let it in): the engine alone is held back.
  it('hold the drafts’ place until the drafting engine is in too; Alt + K before then copies once it is', async () => {
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
    let release: () => void = () => undefined;
    const model = createTestModel(fake, 10, {
      loadDrafting: () =>
        new Promise<DraftingEngine>((resolve) => {
          release = () => resolve(DRAFTING_ENGINE);
        }),
    });
    const view = render(<App model={model} />);
    const main = view.container.querySelector('main');
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    model.setNote('ia-arbeidsdagen', 'lager');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('drafts-pending')).toBeTruthy();
    expect(document.getElementById('drafts-title')).toBeNull();

    fireEvent.keyDown(document, { key: 'k', altKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.copied).toEqual([]);
    release();

    await waitFor(() => expect(document.getElementById('drafts-title')).not.toBeNull());
    expect(screen.queryByTestId('drafts-pending')).toBeNull();
    await waitFor(() => expect(fake.copied).toEqual(['Lager.']));
  });
});
