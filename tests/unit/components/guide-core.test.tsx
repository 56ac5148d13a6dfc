// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '../../../components/GuideView';
import { GUIDES } from '../../../content/library';
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
    <GuideView guide={guide} state={STATE} onNote={noop} onTick={noop} onScale={noop} onChoice={noop} {...more} />,
  );
}

/** Whether a guide section is unfolded: its wrapper's mark, its toggle's state and its region agree. */
function sectionOpen(section: Element): boolean {
  const marked = section.getAttribute('data-open');
  const expanded = section.querySelector(':scope > .section__summary')?.getAttribute('aria-expanded');
  const region = section.querySelector(':scope > .disclosure__region');
  expect(expanded).toBe(marked);
  expect(region?.hasAttribute('hidden')).toBe(marked === 'false');
  return marked === 'true';
}

/** The guide's sections, by id, each with whether it is unfolded. */
function sectionStates(container: Element): Record<string, boolean> {
  return Object.fromEntries(
    Array.from(container.querySelectorAll<HTMLElement>('.section')).map((section) => [
      section.dataset.section ?? '',
      sectionOpen(section),
    ]),
  );
}

/** Shows the whole guide, if it opens on its core items (whether it was shown whole is kept per guide). */
function showWholeGuide(): void {
  const showAll = screen.queryByRole('button', { name: 'Vis alle punktene' });
  if (showAll) fireEvent.click(showAll);
}

/** Unfolds, as a user would, the guide section that holds the item, if it is folded. */
function openSectionOf(itemId: string): void {
  const section = document.querySelector(`[data-item="${itemId}"]`)?.closest('.section');
  const toggle = section?.querySelector<HTMLButtonElement>(':scope > .section__summary');
  if (!toggle) throw new Error(`no section holds ${itemId}`);
  if (toggle.getAttribute('aria-expanded') === 'false') fireEvent.click(toggle);
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
    const coreSections = view.container.querySelectorAll('.section');
    expect(coreSections.length).toBeGreaterThan(0);
    for (const section of coreSections) expect(sectionOpen(section)).toBe(true);

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
    expect(document.activeElement?.closest('[hidden]')).toBeNull();
  });

  it('opens the whole guide on its first section only; the user folds and unfolds each', () => {
    const guide = guideById('sykmelding-lege');
    const view = renderGuide(guide);
    showWholeGuide();
    const [first, second] = guide.sections;
    if (!first || !second) throw new Error('the guide needs two sections');
    expect(sectionStates(view.container)).toEqual(
      Object.fromEntries(guide.sections.map((section, index) => [section.id, index === 0])),
    );
    const toggle = (id: string) =>
      view.container.querySelector(`[data-section="${id}"] > .section__summary`) as HTMLButtonElement;
    fireEvent.click(toggle(second.id));
    fireEvent.click(toggle(first.id));
    expect(sectionStates(view.container)[second.id]).toBe(true);
    expect(sectionStates(view.container)[first.id]).toBe(false);
    // Back to the core path and out again: the defaults, as when the guide was first shown whole.
    fireEvent.click(screen.getByRole('button', { name: 'Vis bare det viktigste' }));
    for (const open of Object.values(sectionStates(view.container))) expect(open).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle punktene' }));
    expect(sectionStates(view.container)[first.id]).toBe(true);
    expect(sectionStates(view.container)[second.id]).toBe(false);
  });

  it('opens the folded section of an item it is asked to focus, and keeps it open once done', () => {
    const guide = guideById('sykmelding-lege');
    const [first, second] = guide.sections;
    const target = second?.items.find((item) => item.core !== true) ?? second?.items[0];
    if (!first || !second || !target) throw new Error('the guide needs two sections');
    const onFocused = vi.fn();
    const view = renderGuide(guide);
    showWholeGuide();
    expect(sectionStates(view.container)[second.id]).toBe(false);
    const props = { state: STATE, onNote: noop, onTick: noop, onScale: noop, onChoice: noop };
    view.rerender(
      <GuideView guide={guide} {...props} focus={{ itemId: target.id, part: 'item' }} onFocused={onFocused} />,
    );
    expect(onFocused).toHaveBeenCalledOnce();
    expect(sectionStates(view.container)[second.id]).toBe(true);
    expect(document.activeElement?.closest('li.item')?.getAttribute('data-item')).toBe(target.id);
    expect(document.activeElement?.closest('[hidden]')).toBeNull();
    // The request is done (the model clears it): the section stays open, and the first is as it was.
    view.rerender(<GuideView guide={guide} {...props} focus={null} onFocused={onFocused} />);
    expect(sectionStates(view.container)[second.id]).toBe(true);
    expect(sectionStates(view.container)[first.id]).toBe(true);
  });

  it('names the law for a rule in force, in Norwegian (the sources’ titles come on demand)', async () => {
    const guide = guideById('sykmelding-lege');
    renderGuide(guide);
    const item = document.querySelector('[data-item="lr-frist-aktivitetskrav"]');
    await waitFor(() =>
      expect(item?.querySelector('.source p')?.textContent).toBe(
        'folketrygdloven §§ 8-7 og 8-8 andre ledd (regler i kraft nå)',
      ),
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

  it('offers the huskeliste’s factors for each area; one click puts the name in the note, first', async () => {
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
        onNote={onNote}
        onTick={noop}
        onScale={noop}
        onChoice={noop}
      />,
    );
    // The areas are past the core path: show the whole guide when it opens on its core items.
    showWholeGuide();
    // The names come on demand, just after the guide.
    expect(await screen.findAllByText('Forslag til navn på området')).toHaveLength(8);
    const area = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;
    // The names are folded under each area, in the areas' section: unfold both, as a user would.
    for (const id of ['vsg-hjul-omrade-1', 'vsg-hjul-omrade-2']) {
      openSectionOf(id);
      const names = within(area(id)).getByRole('button', { name: 'Forslag til navn på området' });
      expect(names.getAttribute('aria-expanded')).toBe('false');
      expect(within(area(id)).queryByRole('button', { name: 'Bruk «Mestring» i notatet' })).toBeNull();
      fireEvent.click(names);
      expect(names.getAttribute('aria-expanded')).toBe('true');
    }
    fireEvent.click(within(area('vsg-hjul-omrade-1')).getByRole('button', { name: 'Bruk «Mestring» i notatet' }));
    expect(onNote).toHaveBeenLastCalledWith('vsg-hjul-omrade-1', 'Mestring');
    fireEvent.click(within(area('vsg-hjul-omrade-2')).getByRole('button', { name: 'Bruk «Mestring» i notatet' }));
    expect(onNote).toHaveBeenLastCalledWith('vsg-hjul-omrade-2', 'Mestring\ntrives');
    // Items other than the wheel's areas offer none.
    expect(document.querySelectorAll('.item__suggestions')).toHaveLength(8);
  });
});
