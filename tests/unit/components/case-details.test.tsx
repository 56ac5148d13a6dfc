// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseBar } from '../../../components/CaseBar';
import { createCase } from '../../../domain/case';

afterEach(cleanup);

describe('the case bar’s folded details', () => {
  it('say they are on their way until their code is in, then offer the case’s actions', async () => {
    const record = createCase({ id: 'a', label: 'Sak 1', role: null, now: '2026-11-02T10:00:00Z' });
    const onDelete = vi.fn();
    render(
      <CaseBar
        cases={[record]}
        active={record}
        today="2026-11-02"
        labelWarning={null}
        defaultKeepDays={30}
        onSwitch={vi.fn()}
        onNew={vi.fn()}
        onLabel={vi.fn()}
        onKeep={vi.fn()}
        onExport={vi.fn()}
        onImport={vi.fn()}
        onDelete={onDelete}
        onDeleteEverything={vi.fn()}
      />,
    );
    // Rendered folded: the first view has the toggle, and the details' place says what is coming.
    expect(screen.getByRole('button', { name: 'Om saken og lagring', expanded: false })).toBeTruthy();
    expect(document.querySelector('.case__details [role="status"]')?.textContent).toBe('Henter detaljene om saken …');
    fireEvent.click(screen.getByRole('button', { name: 'Om saken og lagring' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Slett saken' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.case__details [role="status"]')).toBeNull();
    expect((screen.getByLabelText(/Navn på saken/) as HTMLInputElement).value).toBe('Sak 1');
  });
});
