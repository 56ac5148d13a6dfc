// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, type Recovery } from '../../../components/ErrorBoundary';
import { applyLanguage } from '../../../i18n/ui-text';

function Broken(): never {
  throw new Error('boom');
}

function fakeRecovery(overrides: Partial<Recovery> = {}) {
  const calls: string[] = [];
  const recovery: Recovery = {
    retry: () => calls.push('retry'),
    saveAll: async () => {
      calls.push('saveAll');
    },
    deleteAll: async () => {
      calls.push('deleteAll');
    },
    ...overrides,
  };
  return { recovery, calls };
}

function renderBroken(recovery: Recovery) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return render(
    <ErrorBoundary recovery={recovery}>
      <Broken />
    </ErrorBoundary>,
  );
}

describe('ErrorBoundary', () => {
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    await applyLanguage('nb');
  });

  it('says plainly that something went wrong, and that the notes are kept', () => {
    renderBroken(fakeRecovery().recovery);
    expect(screen.getByRole('alert').textContent).toContain('Notatene dine er ikke slettet');
    const main = document.querySelector('main');
    expect(main?.getAttribute('data-context')).toBe('error');
    expect(main?.getAttribute('data-ready')).toBe('true');
  });

  it('says it in the chosen language', async () => {
    await applyLanguage('nn');
    renderBroken(fakeRecovery().recovery);
    expect(screen.getByRole('heading').textContent).toBe('Noko gjekk gale i Følgesvenn');
    expect(screen.getByRole('alert').textContent).toContain('Notata dine er ikkje sletta');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lagre data som fil' })).toBeTruthy();
  });

  it('«Prøv igjen» starts the panel afresh', () => {
    const { recovery, calls } = fakeRecovery();
    renderBroken(recovery);
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(calls).toEqual(['retry']);
  });

  it('«Lagre data som fil» saves everything and says where it went', async () => {
    const { recovery, calls } = fakeRecovery();
    renderBroken(recovery);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre data som fil' }));
    expect((await screen.findByRole('status')).textContent).toContain('nedlastingene dine');
    expect(calls).toEqual(['saveAll']);
  });

  it('«Slett alt» asks first; «Avbryt» deletes nothing; «Ja, slett alt» deletes', async () => {
    const { recovery, calls } = fakeRecovery();
    renderBroken(recovery);
    const open = screen.getByRole('button', { name: 'Slett alt' });
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('alertdialog').textContent).toContain('Det kan ikke angres');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls).toEqual([]);
    fireEvent.click(open);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slett alt' }));
    await waitFor(() => expect(calls).toEqual(['deleteAll']));
  });

  it('says so when an action fails, and the screen stays usable', async () => {
    const { recovery } = fakeRecovery({
      saveAll: async () => {
        throw new Error('quota');
      },
    });
    renderBroken(recovery);
    const save = screen.getByRole('button', { name: 'Lagre data som fil' });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getAllByRole('alert').at(-1)?.textContent).toContain('Det gikk ikke'));
    expect((save as HTMLButtonElement).disabled).toBe(false);
  });
});
