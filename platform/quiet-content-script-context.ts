import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

// WXT builds every content script around its ContentScriptContext, whose constructor announces the
// script to the page: a DOM event on `document` named after the (public) extension id, which any page
// can listen for to learn that Følgesvenn is installed, and dispatch to end the script's context. The
// build (wxt.config.ts) resolves WXT's module to this one, so the context neither announces the
// script nor listens for that event. Our script keeps its own lifetime (page-snapshot.content.ts).

/** WXT's content-script context without the page-visible "script started" event and its listener. */
export class ContentScriptContext extends WxtContentScriptContext {
  /** Does nothing: WXT would dispatch `<id>:<script>:wxt:content-script-started` on the page's document. */
  override stopOldScripts(): void {}

  /** Does nothing: WXT would listen for that event on the page's document and end the context on it. */
  override listenForNewerScripts(): void {}
}
