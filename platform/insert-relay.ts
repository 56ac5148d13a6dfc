// The background's half of «Sett inn»: take an insert only from our own extension pages, only for a field
// the target form lists, only when the tab's page is of that form's kind and still the page the panel saw,
// then ask the content script in that tab's top frame. Injected, so it is tested without a browser.
import { checkInsert, formBelongsOn, type InsertResult, type PageInsert } from '../domain/insert';
import { parseInsertFieldMessage, parseInsertResult } from '../domain/messages';
import { detectPageContextWithSites, type PageContextDefinition } from '../domain/page-context';
import type { PageSnapshot } from '../domain/page-snapshot';
import { isOwnExtensionPage, type SenderInfo, type SenderPolicy } from '../domain/sender';
import type { TargetForm } from '../domain/target-form';

/** What the relay needs from the browser and the hub. */
export interface InsertRelayDeps {
  readonly policy: () => SenderPolicy | Promise<SenderPolicy>;
  /** Granted journal origins (a journal page is the sykmelding form's kind). */
  readonly journalOrigins: () => readonly string[] | Promise<readonly string[]>;
  readonly contexts: readonly PageContextDefinition[];
  readonly forms: readonly TargetForm[];
  /** The tab's latest snapshot from our content script (null: none there). */
  readonly snapshotOf: (tabId: number) => Promise<PageSnapshot | null>;
  /** True while the tab exists. */
  readonly tabExists: (tabId: number) => Promise<boolean>;
  /** Sends to the content script in the tab's top frame (frame 0) and resolves with its answer. */
  readonly sendToTopFrame: (tabId: number, message: PageInsert) => Promise<unknown>;
}

/** Routes the panel's insert requests to the page, after every check. */
export function createInsertRelay(deps: InsertRelayDeps) {
  return {
    async handle(raw: unknown, sender: SenderInfo): Promise<InsertResult> {
      const request = parseInsertFieldMessage(raw);
      if (!request) return { ok: false, reason: 'invalid-message' };
      if (!isOwnExtensionPage(sender, await deps.policy())) return { ok: false, reason: 'forbidden-sender' };
      const checked = checkInsert(deps.forms, request);
      if ('reason' in checked) return { ok: false, reason: checked.reason };
      if (!(await deps.tabExists(request.tabId).catch(() => false))) return { ok: false, reason: 'tab-gone' };
      const snapshot = await deps.snapshotOf(request.tabId).catch(() => null);
      if (!snapshot) return { ok: false, reason: 'no-content-script' };
      if (snapshot.url !== request.pageUrl) return { ok: false, reason: 'navigated' };
      const context = detectPageContextWithSites(snapshot, deps.contexts, await deps.journalOrigins());
      if (!formBelongsOn(checked.form, context.id)) return { ok: false, reason: 'wrong-page' };
      const { tabId: _tab, ...page } = request;
      try {
        return parseInsertResult(await deps.sendToTopFrame(request.tabId, { ...page, type: 'insertIntoPage' }));
      } catch {
        return { ok: false, reason: 'no-content-script' }; // Not there (after an update) or the tab went away.
      }
    },
  };
}
