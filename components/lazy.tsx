import type { ComponentChildren, ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A view part whose code is fetched the first time it is shown (or when `preload` is called). */
export interface LazyComponent<P> {
  (props: P & { fallback?: ComponentChildren }): JSX.Element | null;
  /** Starts fetching the code now (after the first view, so it is in before the user scrolls to it). */
  preload: () => Promise<unknown>;
}

/**
 * Wraps a dynamically imported component: renders `fallback` (default nothing) until the code is in,
 * then the component, and from then on at once. A chunk that fails to load is thrown in render, so
 * the panel's error boundary offers its way out instead of a silent gap.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let failure: unknown = null;
  let pending: Promise<unknown> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        failure = error ?? new Error('chunk failed to load');
      },
    );
    return pending;
  };
  function Lazy(props: P & { fallback?: ComponentChildren }): JSX.Element | null {
    const [, setVersion] = useState(0);
    // What this first render showed: the code may come in (a preload) before the effect runs, and a
    // fallback already on screen must still be replaced.
    const [shownAtOnce] = useState(() => loaded !== null || failure !== null);
    useEffect(() => {
      if (shownAtOnce) return;
      let live = true;
      void preload().then(() => {
        if (live) setVersion((version) => version + 1);
      });
      return () => {
        live = false;
      };
    }, [shownAtOnce]);
    if (failure) throw failure;
    if (!loaded) return (props.fallback ?? null) as JSX.Element | null;
    const { fallback: _fallback, ...rest } = props;
    const Component = loaded;
    return <Component {...(rest as P)} />;
  }
  return Object.assign(Lazy, { preload });
}
