// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The welcome page (opened on first install) in each browser: Chrome opens the side panel from its
// button; Firefox, where the panel is the sidebar, opens the sidebar and says how to reach and pin it.

const HTML = readFileSync('entrypoints/welcome/index.html', 'utf8');
const body = HTML.slice(HTML.indexOf('<body>') + 6, HTML.indexOf('<script'));

async function loadPage(): Promise<void> {
  await fakeBrowser.storage.local.set({ uiLanguage: 'nb' });
  document.body.innerHTML = body;
  vi.resetModules();
  await import('../../../entrypoints/welcome/main');
}

const screen = {
  button: () => document.getElementById('open-panel') as HTMLButtonElement,
  status: () => document.getElementById('status')?.textContent,
  firefoxHelp: () => document.getElementById('firefox-help') as HTMLElement,
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation(async () => ({ id: 7 }) as never);
});

afterEach(() => {
  delete (fakeBrowser as unknown as { sidebarAction?: unknown }).sidebarAction;
});

describe('welcome page', () => {
  it('in Firefox: opens the sidebar from the button and shows how to open and pin it', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidebarAction: unknown }).sidebarAction = { open };
    await loadPage();
    await vi.waitFor(() => expect(screen.button().textContent).toBe('Åpne sidestolpen'));
    expect(screen.firefoxHelp().hidden).toBe(false);
    expect(screen.firefoxHelp().textContent).toContain('Alt+Shift+F');
    expect(screen.firefoxHelp().textContent).toContain('«Fest til verktøylinjen»');
    screen.button().click();
    expect(open).toHaveBeenCalledTimes(1); // In the click itself: Firefox needs the user's gesture.
    await vi.waitFor(() => expect(screen.status()).toBe('Sidestolpen er åpnet.'));
  });

  it('in Firefox: says what to do when the sidebar cannot be opened', async () => {
    const open = vi.fn(async () => Promise.reject(new Error('no gesture')));
    (fakeBrowser as unknown as { sidebarAction: unknown }).sidebarAction = { open };
    await loadPage();
    screen.button().click();
    await vi.waitFor(() => expect(screen.status()).toBe('Kunne ikke åpne sidestolpen. Trykk Alt+Shift+F i stedet.'));
  });

  it('in Chrome: the Firefox help stays hidden and the button opens the side panel', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    await loadPage();
    await vi.waitFor(() => expect(screen.button().textContent).toBe('Åpne sidepanelet'));
    expect(screen.firefoxHelp().hidden).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0)); // The window id is looked up first.
    screen.button().click();
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await vi.waitFor(() => expect(screen.status()).toBe('Sidepanelet er åpnet.'));
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
  });
});
