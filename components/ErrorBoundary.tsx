import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';

/** Catches a rendering error in the panel and says so plainly, instead of leaving a half-drawn panel. */
export function ErrorBoundary(props: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <main class="panel" data-context="error" data-ready="true">
        <section class="notice notice--warning" role="alert">
          <h1 class="context__title">Noe gikk galt i Følgesvenn</h1>
          <p>
            Panelet kunne ikke vises. Notatene dine er ikke slettet: de ligger lagret i nettleseren. Prøv igjen, eller
            lukk og åpne panelet.
          </p>
          <button type="button" class="button" onClick={reset}>
            Prøv igjen
          </button>
        </section>
      </main>
    );
  }
  return <>{props.children}</>;
}
