// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { applyLanguage } from '../../../components/i18n';

function Broken(): never {
  throw new Error('boom');
}

describe('ErrorBoundary', () => {
  afterEach(async () => {
    cleanup();
    await applyLanguage('nb');
  });

  it('says plainly that something went wrong, and that the notes are kept', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Notatene dine er ikke slettet');
    expect(document.querySelector('main')?.getAttribute('data-context')).toBe('error');
  });

  it('says it in the chosen language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await applyLanguage('nn');
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Noko gjekk gale i Følgesvenn');
    expect(screen.getByRole('alert').textContent).toContain('Notata dine er ikkje sletta');
    expect(screen.getByRole('button').textContent).toBe('Prøv igjen');
  });
});
