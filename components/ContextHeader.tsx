import type { DetectedContext } from '../domain/page-context';

const AUDIENCE_LABEL: Record<string, string> = {
  leder: 'nærmeste leder',
  veileder: 'Nav-veileder',
  lege: 'lege',
  arbeidstaker: 'den sykmeldte',
};

/** Says which page the panel recognised, or plainly that it did not. */
export function ContextHeader(props: { context: DetectedContext; hasTab: boolean }) {
  const { context, hasTab } = props;
  if (context.audience === null) {
    return (
      <section class="context context--unknown" aria-labelledby="context-title">
        <h1 id="context-title" class="context__title">
          Ukjent side
        </h1>
        <p class="context__text">
          {hasTab
            ? 'Følgesvenn kjenner ikke igjen siden du har åpen. Velg en samtaleguide selv nedenfor.'
            : 'Ingen fane å følge. Velg en samtaleguide selv nedenfor.'}
        </p>
      </section>
    );
  }
  return (
    <section class="context" aria-labelledby="context-title">
      <p class="context__kicker">Gjenkjent side</p>
      <h1 id="context-title" class="context__title">
        {context.label}
      </h1>
      {context.audience === 'arbeidstaker' ? (
        <p class="context__text">
          Dette er en side for den sykmeldte selv. Følgesvenn er laget for ledere, Nav-veiledere og leger, men du kan
          fortsatt velge en guide.
        </p>
      ) : (
        <p class="visually-hidden">Rolle fra siden: {AUDIENCE_LABEL[context.audience]}</p>
      )}
    </section>
  );
}
