// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { applyLanguage, uiLanguage } from '../../../i18n/ui-text';
import { createFakePanelPlatform, createTestModel } from '../platform/fake-panel-platform';

function renderPanel(fake = createFakePanelPlatform()) {
  const model = createTestModel(fake, 10);
  const view = render(<App model={model} />);
  return { model, fake, view };
}

describe('the panel speaks the user’s language', () => {
  afterEach(async () => {
    cleanup();
    await applyLanguage('nb');
  });

  it('follows the browser by default: nynorsk for a nynorsk browser', async () => {
    const fake = createFakePanelPlatform();
    fake.setBrowserLanguages(['nn-NO', 'nb']);
    renderPanel(fake);
    await screen.findByText('Vel ein samtaleguide for å kome i gang.');
    expect(document.documentElement.lang).toBe('nn');
    // The language picker sits in the folded settings, fetched after the first view.
    expect(((await screen.findByLabelText('Språk')) as HTMLSelectElement).value).toBe('auto');
    fireEvent.click(screen.getByRole('button', { name: 'Innstillingar', expanded: false }));
    expect(screen.getByRole('option', { name: 'Som nettlesaren (Nynorsk)' })).toBeTruthy();
  });

  it('speaks bokmål for a browser in a language it does not have', async () => {
    const fake = createFakePanelPlatform();
    fake.setBrowserLanguages(['de-DE', 'fr']);
    renderPanel(fake);
    await screen.findByText('Velg en samtaleguide for å komme i gang.');
    expect(uiLanguage.value).toBe('nb');
  });

  it('switches when the user picks a language, remembers it, and says so in the new language', async () => {
    const { fake } = renderPanel();
    await screen.findByText('Velg en samtaleguide for å komme i gang.');
    fireEvent.change(await screen.findByLabelText('Språk'), { target: { value: 'en' } });
    await screen.findByText('Choose a conversation guide to get started.');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('The language is now English.'));
    expect(fake.storedLanguage()).toBe('en');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'auto' } });
    await screen.findByText('Velg en samtaleguide for å komme i gang.');
    await waitFor(() => expect(fake.storedLanguage()).toBe('auto'));
  });

  it('switches a message already on screen too', async () => {
    const { model } = renderPanel();
    await screen.findByText('Velg en samtaleguide for å komme i gang.');
    await model.importCase('{ not json');
    await screen.findByText(/ikke gyldig JSON/);
    await model.setLanguage('en');
    await screen.findByText(/not valid JSON/);
    expect(screen.queryByText(/ikke gyldig JSON/)).toBeNull();
  });

  it('follows a change made in another panel or page of ours', async () => {
    const { fake } = renderPanel();
    await screen.findByText('Velg en samtaleguide for å komme i gang.');
    fake.languageChanged('nn');
    await screen.findByText('Vel ein samtaleguide for å kome i gang.');
    await waitFor(() => expect((screen.getByLabelText('Språk') as HTMLSelectElement).value).toBe('nn'));
  });

  it('starts in the stored language without a flash of another one', async () => {
    const fake = createFakePanelPlatform();
    fake.languageChanged('en');
    const { view } = renderPanel(fake);
    const main = view.container.querySelector('main');
    await waitFor(() => expect(main?.getAttribute('data-ready')).toBe('true'));
    expect(screen.getByText('Choose a conversation guide to get started.')).toBeTruthy();
    expect(screen.queryByText('Velg en samtaleguide for å komme i gang.')).toBeNull();
  });
});
