// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../platform/quiet-content-script-context';

// WXT's own class, which the quiet one extends. The build resolves every other import of
// 'wxt/utils/content-script-context' to the quiet class; the content-script journey proves the built
// script dispatches nothing the page can see.
const WxtContentScriptContext = Object.getPrototypeOf(ContentScriptContext) as typeof ContentScriptContext;

// The content script's context must not show itself to the page: WXT's own class dispatches a DOM event
// named after the extension id when it starts, and ends its context when the page dispatches one.

/** The event's name as WXT builds it (`<extension id>:<entrypoint>:wxt:content-script-started`). */
const STARTED = (WxtContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

describe('quiet content-script context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('dispatches nothing on the document or window when it starts (WXT’s own class does)', () => {
    const seen: string[] = [];
    document.addEventListener(STARTED, (event) => seen.push(event.type));
    const onWindow = vi.spyOn(window, 'postMessage');
    new WxtContentScriptContext('page-snapshot', { noScriptStartedPostMessage: true });
    expect(seen).toEqual([STARTED]); // The control: the event we keep from the page.
    new ContentScriptContext('page-snapshot', { noScriptStartedPostMessage: true });
    expect(seen).toEqual([STARTED]);
    expect(onWindow).not.toHaveBeenCalled();
  });

  it('adds no listener to the page’s document, so the page cannot end the context', () => {
    const listen = vi.spyOn(document, 'addEventListener');
    const context = new ContentScriptContext('page-snapshot', {});
    expect(listen).not.toHaveBeenCalled();
    document.dispatchEvent(
      new CustomEvent(STARTED, {
        detail: { contentScriptName: 'page-snapshot', messageId: 'forged' },
      }),
    );
    expect(context.signal.aborted).toBe(false);
  });
});
