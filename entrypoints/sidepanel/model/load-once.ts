/** What a load tells its owner: once per load that ends, never per call. */
export interface LoadHandlers<T> {
  readonly loaded?: (value: T) => void;
  readonly failed?: (error: unknown) => void;
}

/**
 * A load started by the first call and shared by the calls while it runs or once it is in (code that
 * comes on demand: an engine, the item ids). A failed load is forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>, on: LoadHandlers<T> = {}): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().then(
      (value) => {
        on.loaded?.(value);
        return value;
      },
      (error: unknown) => {
        pending = null;
        on.failed?.(error);
        throw error;
      },
    );
    return pending;
  };
}
