// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createRef } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disclosure } from '../../../components/Disclosure';

// The panel's own disclosure (not <details>: a closed one makes typing in a large note slow, issue 18).

/** The parts of the one disclosure rendered under `container`. */
function partsOf(container: Element) {
  const wrapper = container.firstElementChild as HTMLElement;
  const toggle = wrapper.querySelector(':scope > button') as HTMLButtonElement;
  const region = wrapper.querySelector(':scope > .disclosure__region') as HTMLElement;
  return { wrapper, toggle, region };
}

/** A child with state of its own: whether it survives folding shows that the region stays mounted. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Talt {count}
    </button>
  );
}

describe('Disclosure', () => {
  afterEach(cleanup);

  it('is a button that controls a hidden region, folded by default', () => {
    const view = render(
      <Disclosure class="settings" summary="Innstillinger">
        <p>Innhold</p>
      </Disclosure>,
    );
    const { wrapper, toggle, region } = partsOf(view.container);
    expect(wrapper.tagName).toBe('DIV');
    expect(wrapper.className).toBe('settings');
    expect(wrapper.getAttribute('data-open')).toBe('false');
    // A real button (not a div with a role): Enter and Space activate it natively; it submits nothing.
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.type).toBe('button');
    expect(toggle.className).toBe('disclosure__toggle');
    expect(toggle.textContent).toBe('Innstillinger');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region.id).not.toBe('');
    expect(toggle.getAttribute('aria-controls')).toBe(region.id);
    expect(region.hidden).toBe(true);
    expect(region.textContent).toBe('Innhold');
    expect(screen.getByRole('button', { name: 'Innstillinger', expanded: false })).toBe(toggle);
    // No display lock of any kind: no <details>, no hidden="until-found", no content-visibility.
    expect(view.container.querySelector('details, summary')).toBeNull();
    expect(region.getAttribute('hidden')).toBe('');
    expect(region.getAttribute('style')).toBeNull();
  });

  it('on its own: unfolds and folds on each click, and keeps its content (and its state) mounted', () => {
    const onToggle = vi.fn();
    const view = render(
      <Disclosure class="source" summary="Kilde" onToggle={onToggle}>
        <Counter />
      </Disclosure>,
    );
    const { wrapper, toggle, region } = partsOf(view.container);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(wrapper.getAttribute('data-open')).toBe('true');
    expect(region.hidden).toBe(false);
    expect(onToggle).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Talt 0' }));
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(wrapper.getAttribute('data-open')).toBe('false');
    expect(region.hidden).toBe(true);
    expect(onToggle).toHaveBeenLastCalledWith(false);
    expect(region.textContent).toBe('Talt 1');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Talt 1' })).toBeTruthy();
  });

  it('on its own, unfolded at first with defaultOpen', () => {
    const view = render(
      <Disclosure class="case__details" summary="Om saken" defaultOpen>
        <p>Innhold</p>
      </Disclosure>,
    );
    const { toggle, region } = partsOf(view.container);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(region.hidden).toBe(true);
  });

  it('controlled: reports the wish and shows only what `open` says', () => {
    const onToggle = vi.fn();
    const view = render(
      <Disclosure class="timeline" summary="Tidslinje" open={false} onToggle={onToggle}>
        <p>Innhold</p>
      </Disclosure>,
    );
    const { toggle, region } = partsOf(view.container);
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(true);
    // The caller has not opened it: still folded.
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    view.rerender(
      <Disclosure class="timeline" summary="Tidslinje" open onToggle={onToggle}>
        <p>Innhold</p>
      </Disclosure>,
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenLastCalledWith(false);
    expect(region.hidden).toBe(false);
  });

  it('controlled by a parent’s state, as the timeline is', () => {
    function Parent() {
      const [open, setOpen] = useState(false);
      return (
        <Disclosure class="timeline" summary="Tidslinje" open={open} onToggle={setOpen}>
          <p>Innhold</p>
        </Disclosure>
      );
    }
    const view = render(<Parent />);
    const { toggle, region } = partsOf(view.container);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
  });

  it('passes data-* on to the wrapper, adds the toggle class, and gives the toggle to a ref', () => {
    const ref = createRef<HTMLButtonElement>();
    const view = render(
      <Disclosure class="section" toggleClass="section__summary" data-section="endres" toggleRef={ref} summary="Endres">
        <p>Innhold</p>
      </Disclosure>,
    );
    const { wrapper, toggle } = partsOf(view.container);
    expect(wrapper.dataset.section).toBe('endres');
    expect(toggle.className).toBe('disclosure__toggle section__summary');
    expect(ref.current).toBe(toggle);
    ref.current?.focus();
    expect(document.activeElement).toBe(toggle);
  });

  it('gives each disclosure its own region id', () => {
    render(
      <>
        <Disclosure class="source" summary="Kilde A">
          <p>A</p>
        </Disclosure>
        <Disclosure class="source" summary="Kilde B">
          <p>B</p>
        </Disclosure>
      </>,
    );
    const toggles = screen.getAllByRole('button');
    const ids = toggles.map((toggle) => toggle.getAttribute('aria-controls') ?? '');
    expect(new Set(ids).size).toBe(2);
    for (const [index, id] of ids.entries()) {
      expect(document.getElementById(id)?.textContent).toBe(['A', 'B'][index]);
    }
  });
});
