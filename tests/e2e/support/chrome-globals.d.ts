// The few chrome.* calls the tests evaluate inside the extension's service worker.
declare namespace chrome {
  namespace runtime {
    interface ExtensionContext {
      contextType: string;
      documentUrl?: string;
      tabId: number;
    }
    function getContexts(filter: { contextTypes?: string[]; tabIds?: number[] }): Promise<ExtensionContext[]>;
    function reload(): void;
  }
  namespace tabs {
    function query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
  }
}
