import type { ComponentChildren, Ref } from 'preact';
import { useId, useState } from 'preact/hooks';

// The panel's own disclosure: a button that says whether it is expanded, and a region that is `hidden`
// (display: none) while folded. Not <details>: in Chromium any closed <details> in the document (a display
// lock, as are `hidden="until-found"` and `content-visibility`) makes every keystroke in a large note cost
// ≈ 31 ms instead of ≈ 17 ms (issue 18; docs/decisions.md, 2026-12-08).

/** `data-*` attributes, passed on to the wrapper (the guide's `data-section`). */
type DataAttributes = { [name: `data-${string}`]: string | undefined };

/** What a disclosure shows and how it is folded: controlled (`open` with `onToggle`) or on its own (`defaultOpen`). */
export type DisclosureProps = DataAttributes & {
  /** The wrapper's class (`section`, `timeline`, `settings`, …): what the styles and the tests know it by. */
  class: string;
  /** What the toggle button shows. */
  summary: ComponentChildren;
  /** A class for the toggle button besides `disclosure__toggle` (`section__summary`, `timeline__summary`). */
  toggleClass?: string | undefined;
  /** Unfolded, when the caller holds the state; `onToggle` then reports the user's wish. */
  open?: boolean | undefined;
  /** Unfolded at first, when the disclosure holds its own state (folded by default). */
  defaultOpen?: boolean | undefined;
  /** The user unfolded (true) or folded (false) it. */
  onToggle?: ((open: boolean) => void) | undefined;
  /** The toggle button, for a caller that moves the focus there. */
  toggleRef?: Ref<HTMLButtonElement> | undefined;
  /** The region's content: kept mounted while folded, so its state is kept and lazy parts still load. */
  children?: ComponentChildren;
};

/**
 * A button with `aria-expanded` and `aria-controls`, and the region it folds; the wrapper carries
 * `data-open="true|false"`. The triangle is drawn by the styles (.disclosure__toggle::before).
 */
export function Disclosure(props: DisclosureProps) {
  const {
    class: className,
    summary,
    toggleClass,
    open: controlled,
    defaultOpen = false,
    onToggle,
    toggleRef,
    children,
    ...data
  } = props;
  const [own, setOwn] = useState(defaultOpen);
  const open = controlled ?? own;
  const regionId = `disclosure-${useId()}`;
  return (
    <div {...data} class={className} data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        class={toggleClass ? `disclosure__toggle ${toggleClass}` : 'disclosure__toggle'}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={regionId}
        ref={toggleRef}
        onClick={() => {
          if (controlled === undefined) setOwn(!open);
          onToggle?.(!open);
        }}
      >
        {summary}
      </button>
      <div id={regionId} class="disclosure__region" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
