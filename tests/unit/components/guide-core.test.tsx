// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '../../../components/GuideView';
import { GUIDES } from '../../../content/library';
import { scaleNameSuggestions } from '../../../content/scale-suggestions';
import { sourceLabel } from '../../../content/sources';
import { coreItems, type Guide, listGuideItems } from '../../../domain/guide';

const STATE = { ticks: {}, notes: {}, scales: {}, choices: {} };
const noop = () => {};

function guideById(id: string): Guide {
  const guide = GUIDES.find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`no guide ${id}`);
  return guide;
}

function renderGuide(
  guide: Guide,
  more: {
    focus?: { itemId: string; part: 'hit' | 'item' | 'note' };
    onFocused?: () => void;
    onGoToDrafts?: () => void;
  } = {},
) {
  return render(
    <GuideView
      guide={guide}
      state={STATE}
      sourceLabel={sourceLabel}
      onNote={noop}
      onTick={noop}
      onScale={noop}
      onChoice={noop}
      {...more}
    />,
  );
}

function shownIds(container: Element): string[] {
  return Array.from(container.querySelectorAll<HTMLElement>('li.item')).map((item) => item.dataset.item ?? '');
}

describe('GuideView: the core path first', () => {
  afterEach(cleanup);

  it('opens on the core items, in order, and one button shows every item and back', () => {
    const guide = guideById('jobbmestringssamtalen-fastlege');
    const view = renderGuide(guide);
    const core = coreItems(guide).map((item) => item.id);
    expect(shownIds(view.container)).toEqual(core);
    expect(screen.getByTestId('guide-core-count').textContent).toBe(
      `Viser ${core.length} av ${listGuideItems(guide).length} punkter: det viktigste nå.`,
    );
    // Every section the core path draws on is open.
    for (const section of view.container.querySelectorAll('details.section'))
      expect((section as HTMLDetailsElement).open).toBe(true);

    const button = screen.getByRole('button', { name: 'Vis alle punktene' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(shownIds(view.container)).toEqual(listGuideItems(guide).map(({ item }) => item.id));
    expect(screen.queryByTestId('guide-core-count')).toBeNull();
    const back = screen.getByRole('button', { name: 'Vis bare det viktigste' });
    expect(back.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(back);
    expect(shownIds(view.container)).toEqual(core);
  });

  it('remembers per guide that the whole guide was shown', () => {
    const guide = guideById('sykmelding-lege');
    const first = renderGuide(guide);
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle punktene' }));
    first.unmount();
    const again = renderGuide(guide);
    expect(shownIds(again.container)).toHaveLength(listGuideItems(guide).length);
    again.unmount();
    const other = renderGuide(guideById('dialogmote-veileder'));
    expect(shownIds(other.container)).toEqual(coreItems(guideById('dialogmote-veileder')).map((item) => item.id));
  });

  it('shows the whole guide when a search hit outside the core path is opened', () => {
    const guide = guideById('viktige-samtalen-gjennomforing');
    const outside = listGuideItems(guide).find(({ item }) => item.core !== true)?.item.id ?? '';
    const view = renderGuide(guide, { focus: { itemId: outside, part: 'hit' } });
    expect(shownIds(view.container)).toContain(outside);
    expect(document.activeElement?.closest('li.item')?.getAttribute('data-item')).toBe(outside);
  });

  it('names the law for a rule in force, in Norwegian', () => {
    const guide = guideById('sykmelding-lege');
    renderGuide(guide);
    const item = document.querySelector('[data-item="lr-frist-aktivitetskrav"]');
    expect(item?.querySelector('.source p')?.textContent).toBe(
      'folketrygdloven §§ 8-7 og 8-8 andre ledd (regler i kraft nå)',
    );
  });
});

describe('GuideView: the drafts in one action', () => {
  afterEach(cleanup);

  it('asks the model to move the focus to the drafts', () => {
    const onGoToDrafts = vi.fn();
    renderGuide(guideById('ia-funksjonsvurdering-leder'), { onGoToDrafts });
    fireEvent.click(screen.getByRole('button', { name: 'Til utkastene' }));
    expect(onGoToDrafts).toHaveBeenCalledOnce();
  });

  it('focuses an item’s first field, or its note, when asked, and says it is done', () => {
    const guide = guideById('ia-funksjonsvurdering-leder');
    const [first] = coreItems(guide);
    if (!first) throw new Error('no core item');
    const onFocused = vi.fn();
    renderGuide(guide, { focus: { itemId: first.id, part: 'note' }, onFocused });
    const row = document.querySelector(`[data-item="${first.id}"]`);
    expect(document.activeElement).toBe(row?.querySelector('textarea'));
    expect(row?.classList.contains('item--focus')).toBe(false);
    expect(onFocused).toHaveBeenCalledOnce();
  });

  it('offers no drafts button when the panel has no drafts', () => {
    renderGuide(guideById('ia-funksjonsvurdering-leder'));
    expect(screen.queryByRole('button', { name: 'Til utkastene' })).toBeNull();
  });
});

describe('GuideView: names to choose from for the job wheel’s areas', () => {
  afterEach(cleanup);

  it('offers the huskeliste’s factors for each area; one click puts the name in the note, first', () => {
    const guide = GUIDES.find((candidate) =>
      listGuideItems(candidate).some(({ item }) => item.id === 'vsg-hjul-omrade-1'),
    );
    if (!guide) throw new Error('no job wheel');
    const onNote = vi.fn();
    const notes: Record<string, string> = { 'vsg-hjul-omrade-2': 'trives' };
    render(
      <GuideView
        guide={guide}
        state={{ ...STATE, notes }}
        sourceLabel={sourceLabel}
        suggestionsFor={scaleNameSuggestions}
        onNote={onNote}
        onTick={noop}
        onScale={noop}
        onChoice={noop}
      />,
    );
    // The areas are past the core path: show the whole guide when it opens on its core items.
    const showAll = screen.queryByRole('button', { name: 'Vis alle punktene' });
    if (showAll) fireEvent.click(showAll);
    expect(screen.getAllByText('Forslag til navn på området')).toHaveLength(8);
    const area = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;
    fireEvent.click(within(area('vsg-hjul-omrade-1')).getByRole('button', { name: 'Bruk «Mestring» i notatet' }));
    expect(onNote).toHaveBeenLastCalledWith('vsg-hjul-omrade-1', 'Mestring');
    fireEvent.click(within(area('vsg-hjul-omrade-2')).getByRole('button', { name: 'Bruk «Mestring» i notatet' }));
    expect(onNote).toHaveBeenLastCalledWith('vsg-hjul-omrade-2', 'Mestring\ntrives');
    // Items other than the wheel's areas offer none.
    expect(document.querySelectorAll('.item__suggestions')).toHaveLength(8);
  });
});
