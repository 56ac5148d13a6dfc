// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, type Recovery } from '../../../components/ErrorBoundary';
import { CASE_SCHEMA_VERSION, createCase, restoreCase } from '../../../domain/case';
import { App } from '../../../entrypoints/sidepanel/App';
import { createFakePanelPlatform, createTestModel, snapshotAt } from '../platform/fake-panel-platform';

// Issue 14.1: a stored date must never lock the user out. Every date field a case stores is tried at the
// edges of the allowed range (1900-01-01 … 2200-12-31), just outside it, far outside it and malformed; the
// stored case goes through the same restore as the browser store, and the whole panel renders.

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const CONTEXT = { now: '2026-11-23T10:00:00.000Z', today: '2026-11-23', newId: () => 'new-id' };
const INSIDE = ['1900-01-01', '2200-12-31', '2026-02-28', '2024-02-29'];
const OUTSIDE = ['1899-12-31', '2201-01-01', '9999-12-31', '0001-01-01', '10000-01-15', '2026-02-30', '31.12.2026', ''];
const FIELDS = ['firstSickDay', 'maksdato', 'keepUntil', 'scaleDate'] as const;

function storedCase(field: (typeof FIELDS)[number], value: string): Record<string, unknown> {
  const base: Record<string, unknown> = {
    ...createCase({ id: 'edge', label: 'Kantsak', role: 'leder', now: CONTEXT.now }),
    schemaVersion: CASE_SCHEMA_VERSION,
    firstSickDay: '2026-10-05',
  };
  if (field === 'scaleDate') base.scales = { 'ia-mestringstro': [{ value: 6, date: value }] };
  else base[field] = value;
  return base;
}

const recovery: Recovery = { retry: () => undefined, saveAll: async () => undefined, deleteAll: async () => undefined };

async function renderStored(raw: Record<string, unknown>) {
  const restored = restoreCase(raw, CONTEXT);
  if (!restored.record) throw new Error('the case itself should be readable');
  const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) }, stored: [restored.record] });
  const model = createTestModel(fake, 10);
  const view = render(
    <ErrorBoundary recovery={recovery}>
      <App model={model} />
    </ErrorBoundary>,
  );
  const main = () => view.container.querySelector('main');
  await waitFor(() => expect(main()?.getAttribute('data-ready')).toBe('true'));
  // The timeline rules load after the first view: wait until the sentence is computed from them.
  await waitFor(() => expect(screen.getByTestId('next-deadline').textContent).not.toBe('Henter fristene …'));
  // The timeline's body (dates and milestones) is loaded on demand, once the panel is ready.
  await screen.findByLabelText('Første sykedag');
  return { main, restored, model };
}

describe('stored dates at the edges never lock the user out', () => {
  afterEach(cleanup);

  for (const field of FIELDS) {
    for (const value of INSIDE) {
      it(`${field} = ${value}: kept, and the panel renders`, async () => {
        const { main, restored } = await renderStored(storedCase(field, value));
        expect(main()?.getAttribute('data-context')).toBe('oppfolgingsplan-leder-ny-plan');
        expect(Object.keys(restored.quarantined)).toEqual([]);
      });
    }
    for (const value of OUTSIDE) {
      it(`${field} = ${JSON.stringify(value)}: set aside in quarantine, and the panel renders`, async () => {
        const { main, restored } = await renderStored(storedCase(field, value));
        expect(main()?.getAttribute('data-context')).toBe('oppfolgingsplan-leder-ny-plan');
        expect(Object.keys(restored.quarantined).length).toBeGreaterThan(0);
      });
    }
  }

  it('renders the timeline from the last allowed first sick day and maksdato (milestones fall in 2201–2202)', async () => {
    const { main } = await renderStored({ ...storedCase('maksdato', '2200-12-31'), firstSickDay: '2200-12-31' });
    expect(main()?.getAttribute('data-context')).toBe('oppfolgingsplan-leder-ny-plan');
    const dates = [...document.querySelectorAll('.milestone__when')].map((node) => node.textContent ?? '');
    expect(dates.some((text) => text.includes('2201'))).toBe(true);
  });

  it('refuses a typed first sick day in year 9999 with a message, keeps the old date, and the panel stays up', async () => {
    const { main, model } = await renderStored(storedCase('firstSickDay', '2026-10-05'));
    const input = screen.getByLabelText('Første sykedag') as HTMLInputElement;
    expect(input.min).toBe('1900-01-01');
    expect(input.max).toBe('2200-12-31');
    fireEvent.change(input, { target: { value: '9999-12-31' } });
    const message = await screen.findByText('Datoen må være mellom 01.01.1900 og 31.12.2200. Den er ikke lagret.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(message.id);
    expect(model.activeCase.value?.firstSickDay).toBe('2026-10-05');
    expect(main()?.getAttribute('data-context')).toBe('oppfolgingsplan-leder-ny-plan');
    fireEvent.change(input, { target: { value: '2026-10-12' } });
    await waitFor(() => expect(screen.queryByText(/Datoen må være mellom/)).toBeNull());
    expect(model.activeCase.value?.firstSickDay).toBe('2026-10-12');
  });

  it('refuses a maksdato outside the range in the model too (no component needed)', async () => {
    const { model } = await renderStored(storedCase('firstSickDay', '2026-10-05'));
    expect(model.setMaksdato('0001-01-01')).toBe(false);
    expect(model.setFirstSickDay('10000-01-15')).toBe(false);
    expect(model.setMaksdato('2027-10-01')).toBe(true);
    expect(model.activeCase.value?.maksdato).toBe('2027-10-01');
    vi.restoreAllMocks();
  });
});
