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
declare namespace chrome {
  namespace storage {
    interface StorageArea {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    }
    const session: StorageArea;
    const local: StorageArea;
  }
}
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
  }
}
declare namespace chrome {
  namespace permissions {
    function contains(permissions: { origins?: string[] }): Promise<boolean>;
  }
}
declare namespace chrome {
  namespace scripting {
    function getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
  }
  namespace storage {
    const managed: StorageArea;
  }
}
