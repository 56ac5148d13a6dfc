import { browser, defineBackground } from '#imports';
import { TARGET_FORMS } from '../content/forms';
import { messageTypeOf, type RequestSnapshotMessage, type SnapshotChangedMessage } from '../domain/messages';
import { detectPageContextWithSites } from '../domain/page-context';
import { PAGE_CONTEXTS } from '../domain/page-contexts';
import { purgeExpiredCases } from '../platform/case-store';
import { SYSTEM_CLOCK } from '../platform/clock';
import { createInsertRelay } from '../platform/insert-relay';
import { grantedJournalOrigins, syncContentScripts, watchSites } from '../platform/journal-sites';
import { currentSenderPolicy, listenForMessages } from '../platform/runtime';
import { createSnapshotHub } from '../platform/snapshot-hub';

// Wiring only. The side panel opens from the toolbar button; the hub keeps each tab's latest page
// snapshot in memory and answers the panel.

export default defineBackground(() => {
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {
      // Older Chromium without the behaviour: the action has no other use, nothing to fall back to.
    });
  } else {
    // Firefox: the sidebar is toggled from the toolbar button.
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => {
      sidebar?.toggle().catch(() => undefined);
    });
  }

  // Snapshots are accepted from NAV's pages and from journal sites the user (or the organisation)
  // listed and the user granted. Read once per worker start, and again when the list changes.
  let journalOrigins: Promise<string[]> = grantedJournalOrigins().catch(() => []);
  watchSites(() => {
    journalOrigins = grantedJournalOrigins().catch(() => []);
    void syncContentScripts().catch(() => undefined);
  });

  const hub = createSnapshotHub({
    policy: async () => currentSenderPolicy(await journalOrigins),
    broadcast: (message) => {
      browser.runtime.sendMessage(message satisfies SnapshotChangedMessage).catch(() => {
        // No panel open: nobody to tell.
      });
    },
    requestFromTab: (tabId) =>
      browser.tabs.sendMessage(tabId, { type: 'requestSnapshot' } satisfies RequestSnapshotMessage, { frameId: 0 }),
    contextOf: async (snapshot) => detectPageContextWithSites(snapshot, PAGE_CONTEXTS, await journalOrigins).id,
  });

  // «Sett inn»: the panel's request goes to the content script in the tab's top frame, after every check.
  const relay = createInsertRelay({
    policy: async () => currentSenderPolicy(await journalOrigins),
    journalOrigins: () => journalOrigins,
    contexts: PAGE_CONTEXTS,
    forms: TARGET_FORMS,
    snapshotOf: (tabId) => hub.current(tabId),
    tabExists: (tabId) =>
      browser.tabs.get(tabId).then(
        () => true,
        () => false,
      ),
    sendToTopFrame: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  });

  listenForMessages((raw, sender) =>
    messageTypeOf(raw) === 'insertField' ? relay.handle(raw, sender) : hub.handle(raw, sender),
  );

  // Kept cases past their last day are deleted when the browser starts (and when a panel opens).
  const purge = () => void purgeExpiredCases(SYSTEM_CLOCK.today()).catch(() => undefined);
  browser.runtime.onStartup.addListener(purge);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    purge();
    void syncContentScripts().catch(() => undefined);
    // First install: the welcome page says what Følgesvenn does and how to open it in this browser.
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => hub.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: the old snapshot no longer describes the tab.
    if (change.status === 'loading') hub.forget(tabId);
  });
});
