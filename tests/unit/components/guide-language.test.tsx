// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextHeader } from '../../../components/ContextHeader';
import { GuideView } from '../../../components/GuideView';
import type { Guide } from '../../../domain/guide';
import type { Language } from '../../../domain/i18n';
import { detectPageContext, JOURNAL_CONTEXT } from '../../../domain/page-context';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import { contextLabel } from '../../../i18n/context-label';
import { applyLanguage } from '../../../i18n/ui-text';
import { BOTH, IA, IA_NN, NN_TEXT } from '../domain/guide-language-fixtures';

const STATE = { ticks: {}, notes: {}, scales: {}, choices: {} };
const noop = () => {};

function renderGuide(guide: Guide) {
  return render(<GuideView guide={guide} state={STATE} onNote={noop} onTick={noop} onScale={noop} onChoice={noop} />);
}

async function inLanguage(language: Language) {
  await applyLanguage(language);
}

describe('GuideView in the UI languages', () => {
  afterEach(async () => {
    cleanup();
    await applyLanguage('nb');
  });

  it('shows bokmål as before, with no language line', () => {
    const view = renderGuide(IA);
    expect(view.container.querySelector('[data-testid="guide-language"]')).toBeNull();
    expect(screen.getByText(/^0 av \d+ gjort$/)).toBeTruthy();
    expect(screen.getByLabelText(/^Notat: Gå sammen gjennom en vanlig arbeidsdag/)).toBeTruthy();
    expect(view.container.querySelector('[lang]')).toBeNull();
  });

  it('in English: English chrome, bokmål guide text marked lang="nb", and one line saying so', async () => {
    await inLanguage('en');
    const view = renderGuide(IA);
    expect(screen.getByTestId('guide-language').textContent).toBe('The guide text is in Norwegian (bokmål).');
    expect(screen.getByText(/^0 of \d+ done$/)).toBeTruthy();
    expect(view.container.querySelector('.guide__title')?.getAttribute('lang')).toBe('nb');
    expect(view.container.querySelector('#kind-ia-arbeidsdagen')?.textContent).toBe('Question: ');
    expect(screen.getByLabelText(/^Note: Gå sammen gjennom en vanlig arbeidsdag/)).toBeTruthy();
  });

  it('in nynorsk: the item written in nynorsk shows it, the rest is bokmål, and the line says so', async () => {
    await inLanguage('nn');
    const view = renderGuide(IA_NN);
    expect(screen.getByTestId('guide-language').textContent).toBe('Teksten i guiden er førebels på bokmål.');
    expect(view.container.querySelector('#text-ia-arbeidsdagen')?.textContent).toBe(`Spørsmål: ${NN_TEXT}`);
    expect(screen.getByText(/^Gjort: 0 av \d+$/)).toBeTruthy();
  });

  it('in nynorsk, for a guide wholly in nynorsk: no language line and no lang marks', async () => {
    await inLanguage('nn');
    const view = renderGuide(BOTH);
    expect(view.container.querySelector('[data-testid="guide-language"]')).toBeNull();
    expect(screen.getAllByText('Kor godt går det?').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Har de snakka saman?').length).toBeGreaterThan(0);
    expect(screen.getByRole('radio', { name: 'Veit ikkje' })).toBeTruthy();
    expect(screen.getByText('Ein guide med tekst på begge målformene.')).toBeTruthy();
    expect(view.container.querySelector('[lang]')).toBeNull();
  });
});

describe('ContextHeader in the UI languages', () => {
  afterEach(async () => {
    cleanup();
    await applyLanguage('nb');
  });

  const NY_PLAN = detectPageContext(
    {
      url: 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan',
      title: '',
      headings: [],
      fields: [],
    },
    PAGE_CONTEXTS,
  );

  it('names the page from the catalogue in each language', async () => {
    render(<ContextHeader context={NY_PLAN} hasTab={true} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Oppfølgingsplan – ny plan, nærmeste leder');
    expect(screen.getByText('Rolle fra siden: nærmeste leder')).toBeTruthy();
    cleanup();
    await inLanguage('nn');
    render(<ContextHeader context={NY_PLAN} hasTab={true} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Oppfølgingsplan – ny plan, nærmaste leiar');
    expect(screen.getByText('Rolle frå sida: nærmaste leiar')).toBeTruthy();
  });

  it('falls back to the bokmål label for an id the catalogue lacks', () => {
    expect(contextLabel({ id: 'not-in-the-catalogue', label: 'Ny side' })).toBe('Ny side');
    expect(contextLabel(JOURNAL_CONTEXT)).toBe('Journalsystem (lagt til av deg)');
  });
});
