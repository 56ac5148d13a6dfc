import type { InsertForm } from '../../domain/insert';

// What the content script needs of the target forms for «Sett inn», and nothing more (its size budget is
// 4 kB gzip): each form's id and how the page names its fields, each field's id and type, a choice's
// legend and options. A unit test keeps it equal to insertTargetsOf(TARGET_FORMS).

/** The target forms as «Sett inn» reads them on the page. */
export const INSERT_TARGETS: readonly InsertForm[] = [
  {
    id: 'oppfolgingsplan',
    fields: [
      { id: 'typiskArbeidshverdag', type: 'text' },
      { id: 'arbeidsoppgaverSomKanUtfores', type: 'text' },
      { id: 'arbeidsoppgaverSomIkkeKanUtfores', type: 'text' },
      { id: 'tidligereTilrettelegging', type: 'text' },
      { id: 'tilretteleggingFremover', type: 'text' },
      { id: 'annenTilrettelegging', type: 'text' },
      { id: 'hvordanFolgeOpp', type: 'text' },
      { id: 'evalueringsDato', type: 'date' },
      {
        id: 'harDenAnsatteMedvirket',
        type: 'radio',
        legend: 'Har du snakket med den ansatte om innholdet i planen?',
        options: ['ja', 'nei'],
      },
      { id: 'denAnsatteHarIkkeMedvirketBegrunnelse', type: 'text' },
    ],
  },
  {
    id: 'sykmelding',
    pageKey: 'name',
    fields: [
      { id: 'meldinger.tilArbeidsgiver', type: 'text' },
      { id: 'meldinger.tilNav', type: 'text' },
      { id: 'arbeidsrelatertArsak', type: 'text' },
      { id: 'tiltakArbeidsplassen', type: 'text' },
      { id: 'hensynArbeidsplassen', type: 'text' },
      { id: 'innspillTilArbeidsgiver', type: 'text' },
    ],
  },
  {
    id: 'referat',
    pageKey: 'name',
    fields: [
      { id: 'situasjon', type: 'text' },
      { id: 'konklusjon', type: 'text' },
      { id: 'arbeidstakersOppgave', type: 'text' },
      { id: 'arbeidsgiversOppgave', type: 'text' },
      { id: 'behandlersOppgave', type: 'text' },
      { id: 'veiledersOppgave', type: 'text' },
    ],
  },
];
