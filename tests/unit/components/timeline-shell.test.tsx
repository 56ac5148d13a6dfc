// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../components/Timeline';

// The folded timeline is part of the panel's first view; its body (dates, milestones) is fetched on
// demand. This file runs in its own module graph, so the body is not in when the first test renders.

const noop = () => undefined;

function Panel(props: { firstSickDay: string | null; onFocused: () => void }) {
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setFocus(true);
        }}
      >
        Neste frist
      </button>
      <Timeline
        firstSickDay={props.firstSickDay}
        graded={false}
        maksdato={null}
        today="2026-11-23"
        currentWeek={props.firstSickDay ? 4 : null}
        milestones={[]}
        next={null}
        nextSentence="Henter fristene …"
        onFirstSickDay={() => true}
        onGraded={noop}
        onMaksdato={() => true}
        onExportIcs={noop}
        open={open}
        focus={focus}
        onOpen={setOpen}
        onFocused={() => {
          setFocus(false);
          props.onFocused();
        }}
      />
    </>
  );
}

describe('the timeline’s folded shell', () => {
  afterEach(cleanup);

  it('asks for the first sick day at once, says the body is on its way, then shows it', async () => {
    const view = render(<Panel firstSickDay={null} onFocused={noop} />);
    expect(screen.getByTestId('next-deadline').textContent).toBe('Legg inn første sykedag');
    const waiting = view.container.querySelector('.timeline [role="status"]');
    expect(waiting?.textContent).toBe('Henter tidslinjen …');
    expect(await screen.findByLabelText('Første sykedag')).toBeTruthy();
    expect(view.container.querySelector('.timeline [role="status"]')).toBeNull();
  });

  it('opens and focuses its heading when asked, with the next deadline in the summary', async () => {
    const focused = vi.fn();
    const view = render(<Panel firstSickDay="2026-11-02" onFocused={focused} />);
    expect(screen.getByTestId('next-deadline').textContent).toBe('Henter fristene …');
    screen.getByRole('button', { name: 'Neste frist' }).click();
    await vi.waitFor(() => expect(focused).toHaveBeenCalledTimes(1));
    const timeline = view.container.querySelector('.timeline');
    expect(timeline?.getAttribute('data-open')).toBe('true');
    expect(document.activeElement?.classList.contains('timeline__summary')).toBe(true);
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
    const today = await screen.findByText(/^I dag, 23\.11\.2026: uke 4$/);
    expect(today.closest('.timeline')).toBe(timeline);
    expect(today.closest('[hidden]')).toBeNull();
  });
});
