import { describe, expect, it } from 'vitest';
import { EMPTY_PANEL_STATE, restorePanelState } from '../../../domain/panel-state';

describe('restorePanelState', () => {
  it('returns an empty state for nothing stored', () => {
    expect(restorePanelState(undefined)).toEqual({ state: EMPTY_PANEL_STATE, quarantined: {} });
  });

  it('keeps what fits and sets aside, field by field, what does not', () => {
    const restored = restorePanelState({
      notes: { a: 'ok', b: 42 },
      ticks: { a: true, b: 'yes' },
      scales: { s: 7, t: 1e9 },
      guideByContext: { unknown: 'ia-funksjonsvurdering-leder' },
      legacy: { something: 1 },
    });
    expect(restored.state).toEqual({
      notes: { a: 'ok' },
      ticks: { a: true },
      scales: { s: 7 },
      guideByContext: { unknown: 'ia-funksjonsvurdering-leder' },
    });
    expect(restored.quarantined).toEqual({
      'notes.b': 42,
      'ticks.b': 'yes',
      'scales.t': 1e9,
      legacy: { something: 1 },
    });
  });

  it('sets aside a root that is not an object', () => {
    expect(restorePanelState('garbage')).toEqual({ state: EMPTY_PANEL_STATE, quarantined: { root: 'garbage' } });
    expect(restorePanelState({ notes: ['x'] }).quarantined).toEqual({ notes: ['x'] });
  });
});
