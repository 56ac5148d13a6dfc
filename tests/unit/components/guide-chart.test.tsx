// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GuideView } from '../../../components/GuideView';
import { GUIDES } from '../../../content/library';
import { coreItems, type GuideItem, listGuideItems } from '../../../domain/guide';

const noop = () => {};

afterEach(cleanup);

describe('the guide’s parts that come on demand: a scale’s chart and the sources', () => {
  it('holds its place while its code comes, then shows the answers', async () => {
    // A scale the guide shows at first (its core path, or the whole guide when it has none).
    const shownAtFirst = (candidate: (typeof GUIDES)[number]): GuideItem[] => {
      const core = coreItems(candidate);
      return core.length > 0 ? core : listGuideItems(candidate).map(({ item }) => item);
    };
    const guide = GUIDES.find((candidate) => shownAtFirst(candidate).some((item) => item.kind === 'scale'));
    const scale = guide && shownAtFirst(guide).find((item) => item.kind === 'scale');
    if (!guide || !scale || scale.kind !== 'scale') throw new Error('no guide with a scale');
    const answers = [
      { value: 4, date: '2026-11-02' },
      { value: 6, date: '2026-11-09' },
    ];
    const view = render(
      <GuideView
        guide={guide}
        state={{ ticks: {}, notes: {}, scales: { [scale.id]: answers }, choices: {} }}
        onNote={noop}
        onTick={noop}
        onScale={noop}
        onChoice={noop}
      />,
    );
    const item = view.container.querySelector(`[data-item="${scale.id}"]`);
    // First the chart's place, hidden from screen readers (nothing to read yet).
    expect(item?.querySelector('.chart--pending')?.getAttribute('aria-hidden')).toBe('true');
    // The item's folded source says it is on its way, until the titles are in.
    expect(item?.querySelector('.source p')?.textContent).toBe('Henter kilden …');
    await waitFor(() => expect(item?.querySelector('figcaption')).not.toBeNull());
    await waitFor(() => expect(item?.querySelector('.source p.loading')).toBeNull());
    expect(item?.querySelector('.source p')?.textContent).not.toBe('');
    expect(item?.querySelector('.chart--pending')).toBeNull();
    expect(item?.querySelector('figcaption')?.textContent).toBe(
      `Siste svar 6 av ${scale.scale.max} (09.11.26), 2 svar i alt.`,
    );
  });
});
