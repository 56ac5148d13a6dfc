// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { messagesComplete } from '../../../i18n/ui-text';
import { createFakePanelPlatform, createTestModel, snapshotAt } from '../platform/fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';

// Bokmål's on-demand messages (the draft list's and the open timeline's text): counted when asked
// for, and held back until a test lets them in (as a chunk still on its way in the browser).
const area = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened, fetched: 0, listCodeIn: false };
});
// The draft list's own code, marked when in (it comes in long before its text here).
vi.mock('../../../components/DraftList', async (importOriginal) => {
  const module = await importOriginal();
  area.listCodeIn = true;
  return module;
});
vi.mock('../../../content/messages/nb/on-demand', async (importOriginal) => {
  area.fetched += 1;
  await area.opened;
  return importOriginal();
});

/** Every text and attribute value in `root` that reads like a message key of the on-demand areas. */
function rawKeys(root: Element): string[] {
  const said = [root.textContent ?? ''];
  for (const element of root.querySelectorAll('*')) said.push(...[...element.attributes].map((attr) => attr.value));
  return said.flatMap((text) => text.match(/\b(?:draft|timeline)\.[a-z][\w.-]*/g) ?? []);
}

describe('bokmål’s draft text, loaded on demand', () => {
  afterEach(cleanup);

  // The tests run in order: the area stays out until the second one lets it in.
  it('is asked for as the panel starts, and the panel is ready without waiting for it', async () => {
    const model = createTestModel(createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } }), 10);
    expect(area.fetched).toBe(0);
    void model.start();
    await waitFor(() => expect(area.fetched).toBe(1));
    await waitFor(() => expect(model.ready.value).toBe(true));
    expect(messagesComplete()).toBe(false);
    model.stop();
  });

  it('never shows a draft key raw: the list waits for its text, and so does what a shortcut copy says', async () => {
    const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
    const model = createTestModel(fake, 10);
    const view = render(<App model={model} />);
    const main = view.container.querySelector('main');
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    model.setNote('ia-arbeidsdagen', 'kundemøter om morgenen');

    // Before the area is in (the list's code is): the drafts' place is held with start-up text, and
    // Alt + K copies but says nothing yet.
    await waitFor(() => expect(area.listCodeIn).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const placeholder = screen.getByTestId('drafts-pending');
    expect(placeholder.textContent).toContain('Henter utkastene …');
    fireEvent.keyDown(document, { key: 'k', altKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(model.announcement.value).not.toMatch(/draft\./);
    expect(rawKeys(view.container)).toEqual([]);
    expect(messagesComplete()).toBe(false);

    expect(fake.copied).toEqual([]);

    area.open();
    await waitFor(() => expect(model.announcement.value).toMatch(/^Kopiert: «.+» \(\d+ tegn\)/));
    expect(fake.copied).toEqual(['Kundemøter om morgenen.']);
    await waitFor(() => expect(document.getElementById('drafts-title')).not.toBeNull());
    expect(messagesComplete()).toBe(true);
    expect(screen.getByText('Kopier alt')).toBeTruthy();
    expect(rawKeys(view.container)).toEqual([]);
  });
});
