// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { createFakePanelPlatform, createTestModel, snapshotAt } from '../platform/fake-panel-platform';

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';

function renderPanel(fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } })) {
  const model = createTestModel(fake, 10);
  const view = render(<App model={model} />);
  return { model, fake, view };
}

describe('App', () => {
  afterEach(cleanup);

  it('marks the root with the context and readiness once rendered', async () => {
    const { view } = renderPanel();
    const main = view.container.querySelector('main');
    expect(main?.hasAttribute('data-ready')).toBe(false);
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    expect(main?.getAttribute('data-context')).toBe('oppfolgingsplan-leder-ny-plan');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Oppfølgingsplan – ny plan, nærmeste leder');
  });

  it('shows an empty draft state, then a draft with its count and a copy button', async () => {
    const { fake } = renderPanel();
    await screen.findByText(/Ingen utkast ennå/);
    const note = screen.getByLabelText(/Notat: Gå sammen gjennom en vanlig arbeidsdag/);
    fireEvent.input(note, { target: { value: 'lager og kontor' } });
    await waitFor(() =>
      expect((screen.getByLabelText('Hvordan ser en vanlig arbeidsdag ut?') as HTMLTextAreaElement).value).toBe(
        'Lager og kontor.',
      ),
    );
    expect(screen.getByText('16/2000')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Kopier teksten til «Hvordan ser en vanlig arbeidsdag ut?» (maks 2000 tegn)',
      }),
    );
    await waitFor(() => expect(fake.copied).toEqual(['Lager og kontor.']));
    expect(screen.getByTestId('announcer').textContent).toContain('Kopiert');
  });

  it('«Til utkastene» and Alt + U put the focus on the drafts; Alt + ↓ and Alt + N on an item and its note', async () => {
    renderPanel();
    const toDrafts = await screen.findByRole('button', { name: 'Til utkastene' });
    fireEvent.click(toDrafts);
    await waitFor(() => expect(document.activeElement?.id).toBe('drafts-title'));
    fireEvent.keyDown(document, { key: 'ArrowDown', altKey: true });
    const first = document.querySelector<HTMLElement>('[data-item]');
    await waitFor(() => expect(first?.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document, { key: 'n', altKey: true });
    await waitFor(() => expect(document.activeElement).toBe(first?.querySelector('textarea')));
    fireEvent.keyDown(document, { key: 'u', altKey: true });
    await waitFor(() => expect(document.activeElement?.id).toBe('drafts-title'));
  });

  it('marks a field over its limit without cutting the text', async () => {
    renderPanel();
    const note = await screen.findByLabelText(/Notat: Gå sammen gjennom en vanlig arbeidsdag/);
    fireEvent.input(note, { target: { value: 'a'.repeat(2100) } });
    await screen.findByText(/2101\/2000/);
    expect(screen.getByText(/101 tegn for mye/)).toBeTruthy();
  });

  it('says plainly when the page is not recognised and offers the picker', async () => {
    renderPanel(createFakePanelPlatform());
    await screen.findByText('Ukjent side');
    expect(screen.getByText(/kjenner ikke igjen siden/)).toBeTruthy();
    expect(screen.getByLabelText('Samtaleguide')).toBeTruthy();
    expect(screen.getByText('Velg en samtaleguide for å komme i gang.')).toBeTruthy();
  });

  it('ticks items and counts progress', async () => {
    renderPanel();
    const box = await screen.findByRole('checkbox', { name: /Gå sammen gjennom en vanlig arbeidsdag/ });
    expect(screen.getByTestId('status-progress').textContent).toMatch(/^0 av \d+ gjort$/);
    fireEvent.click(box);
    // The guide's own header and the status bar at the top both count it.
    await waitFor(() => expect(screen.getAllByText(/^1 av \d+ gjort$/)).toHaveLength(2));
    expect(screen.getByTestId('status-progress').textContent).toMatch(/^1 av \d+ gjort$/);
  });

  it('keeps the next deadline in the status bar, one click from the timeline', async () => {
    const { model } = renderPanel();
    await screen.findByTestId('status-progress');
    expect(screen.queryByTestId('status-next')).toBeNull();
    model.setFirstSickDay('2026-10-05');
    const next = await screen.findByTestId('status-next');
    expect(next.textContent).toBe('Frist 29.11.2026: Aktivitetsplikt');
    expect(next.getAttribute('title')).toBe('Neste frist: Aktivitetsplikt (uke 8, senest 29.11.2026).');
    fireEvent.click(next);
    const timeline = document.querySelector('.timeline');
    expect(timeline?.getAttribute('data-open')).toBe('true');
    expect(document.activeElement).toBe(timeline?.querySelector(':scope > .timeline__summary'));
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByTestId('status-progress'));
    expect(document.activeElement?.id).toBe('guide-title');
  });

  it('folds with its own disclosures: no <details> anywhere, nor any other display lock (issue 18)', async () => {
    // A closed <details> anywhere in the document makes every keystroke in a large note cost ≈ 31 ms
    // instead of ≈ 17 ms in Chromium; so do hidden="until-found" and content-visibility.
    const { model, view } = renderPanel();
    await waitFor(() => expect(view.container.querySelector('main')?.getAttribute('data-ready')).toBe('true'));
    model.setFirstSickDay('2026-10-05');
    fireEvent.click(await screen.findByTestId('status-next'));
    await waitFor(() => expect(document.querySelector('.milestone__details')).not.toBeNull());
    const wrappers = ['section', 'source', 'case__details', 'timeline', 'milestone__details', 'settings'];
    for (const name of wrappers) {
      const found = document.querySelectorAll(`.${name}[data-open]`);
      expect(found.length, `.${name}`).toBeGreaterThan(0);
      for (const wrapper of found) {
        const toggle = wrapper.querySelector(':scope > button.disclosure__toggle');
        expect(toggle?.getAttribute('aria-expanded'), `.${name}`).toBe(wrapper.getAttribute('data-open'));
      }
    }
    expect(document.querySelectorAll('details, summary')).toHaveLength(0);
    expect(document.querySelectorAll('[hidden="until-found"]')).toHaveLength(0);
    for (const element of document.querySelectorAll<HTMLElement>('[style]')) {
      expect(element.style.getPropertyValue('content-visibility')).toBe('');
    }
  });

  it('holds back a copy with a diagnosis word until the user confirms, and shows why', async () => {
    const { fake } = renderPanel();
    const note = await screen.findByLabelText(/Notat: Gå sammen gjennom en vanlig arbeidsdag/);
    fireEvent.input(note, { target: { value: 'har depresjon, jobber halve dager' } });
    const copy = await screen.findByRole('button', {
      name: /Kopier teksten til «Hvordan ser en vanlig arbeidsdag ut\?»/,
    });
    fireEvent.click(copy);
    const findings = await screen.findByTestId('privacy-findings');
    expect(findings.textContent).toContain('depresjon');
    expect(fake.copied).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Kopier likevel' }));
    await waitFor(() => expect(fake.copied).toEqual(['Har depresjon, jobber halve dager.']));
  });
});
