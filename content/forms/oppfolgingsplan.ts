import type { TargetForm } from '../../domain/target-form';

// From navikt/syfo-oppfolgingsplan-frontend (shared/domain/nav-forms.md a1): form 1.0.0,
// text fields of at most 2000 characters, written by the leader and read by the employer side.
// Labels as the form renders them (shared/nav-rendered/oppf-ny-plan-prodbuild.html); the radio
// group's and the reason's labels are paraphrased from nav-forms.md (not rendered until chosen).
const TEXT = { type: 'text', maxLength: 2000, required: true, readBy: ['arbeidsgiver'] } as const;

/** The new digital oppfølgingsplan on nav.no (formIdentifier `oppfolgingsplan-navno`). */
export const oppfolgingsplanForm: TargetForm = {
  id: 'oppfolgingsplan',
  version: '1.0.0',
  title: 'Oppfølgingsplan på nav.no',
  contexts: ['oppfolgingsplan-leder-ny-plan'],
  source: 'navikt/syfo-oppfolgingsplan-frontend @ 3e68e6a9 (form-labels.ts, app-config.ts)',
  fields: [
    {
      ...TEXT,
      id: 'typiskArbeidshverdag',
      label: 'Hvordan ser en vanlig arbeidsdag ut?',
      style: 'sentences',
      tags: ['arbeidsdag'],
    },
    {
      ...TEXT,
      id: 'arbeidsoppgaverSomKanUtfores',
      label: 'Hvilke arbeidsoppgaver kan fortsatt utføres?',
      style: 'bullets',
      tags: ['kan'],
    },
    {
      ...TEXT,
      id: 'arbeidsoppgaverSomIkkeKanUtfores',
      label: 'Hvilke arbeidsoppgaver kan ikke utføres?',
      style: 'bullets',
      tags: ['kanikke'],
    },
    {
      ...TEXT,
      id: 'tidligereTilrettelegging',
      label: 'Tilrettelegging tidligere i sykefraværet',
      style: 'sentences',
      tags: ['tidligere'],
    },
    {
      ...TEXT,
      id: 'tilretteleggingFremover',
      label: 'Hvordan skal dere tilrettelegge arbeidshverdagen fremover?',
      style: 'bullets',
      tags: ['tilrettelegging'],
    },
    {
      ...TEXT,
      id: 'annenTilrettelegging',
      label: 'Har dere andre muligheter for tilrettelegging som ikke prøves ut nå?',
      style: 'bullets',
      tags: ['annen'],
    },
    {
      ...TEXT,
      id: 'hvordanFolgeOpp',
      label: 'Hvordan skal dere følge opp avtalt tilrettelegging?',
      style: 'bullets',
      tags: ['oppfolging'],
    },
    {
      id: 'evalueringsDato',
      label: 'Når skal dere evaluere planen og eventuelt justere den?',
      type: 'date',
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      // NAV's plan form takes an evaluation date from tomorrow and at most a year ahead.
      dateRange: { fromDays: 1, toDays: 365 },
    },
    {
      id: 'harDenAnsatteMedvirket',
      label: 'Har den ansatte medvirket i planen?',
      type: 'radio',
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      legend: 'Har du snakket med den ansatte om innholdet i planen?',
      options: ['ja', 'nei'],
    },
    {
      ...TEXT,
      id: 'denAnsatteHarIkkeMedvirketBegrunnelse',
      label: 'Hvorfor har dere ikke snakket sammen?',
      required: false,
      style: 'sentences',
      tags: ['medvirkning'],
    },
  ],
};
