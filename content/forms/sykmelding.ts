import type { TargetForm } from '../../domain/target-form';

// From shared/domain/nav-forms.md (b): syk-inn's input (navikt/syk-inn 6f89c2b4) and the classic
// message model (navikt/syfosmregister 7504d9a4). No client-side length limit was found for these
// fields, so none is set: the draft shows its length without a limit. Only the fields that reach the
// employer or NAV as free text are drafted; diagnosis, periods and grade are the GP's own choices.

const TEXT = { type: 'text', required: false } as const;

/** The sykmelding's message fields, as the GP writes them in syk-inn or in a journal's own module. */
export const sykmeldingForm: TargetForm = {
  id: 'sykmelding',
  version: 'syk-inn 6f89c2b4 / klassisk melding',
  title: 'Sykmelding (meldinger)',
  contexts: ['syk-inn-fhir', 'syk-inn-standalone', 'journal'],
  // A journal's own sykmelding module names its fields in its own way (the synthetic journal: `meldingTilArbeidsgiver`),
  // so «Sett inn» is offered only in syk-inn, whose names the form lists; on a journal page the drafts are copied.
  insertContexts: ['syk-inn-fhir', 'syk-inn-standalone'],
  // The page names its fields with `name` (its element ids are generated).
  pageKey: 'name',
  source: 'navikt/syk-inn @ 6f89c2b4 (opprett-sykmelding.graphqls); navikt/syfosmregister @ 7504d9a4 (Sykmelding.kt)',
  fields: [
    {
      ...TEXT,
      id: 'meldinger.tilArbeidsgiver',
      label: 'Melding til arbeidsgiver (vises for arbeidsgiver)',
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      tags: ['arbeidsgiver', 'tilrettelegging'],
      hint: 'Arbeidsgiveren ser dette. Skriv om hva som fungerer på jobb, ikke om diagnose eller behandling.',
    },
    {
      ...TEXT,
      id: 'meldinger.tilNav',
      label: 'Melding til Nav',
      readBy: ['nav'],
      style: 'sentences',
      tags: ['nav'],
      hint: 'Bare Nav leser dette: behov for tiltak, dialogmøte eller annen oppfølging.',
    },
    {
      ...TEXT,
      id: 'arbeidsrelatertArsak',
      label: 'Arbeidsrelatert årsak (vises for arbeidsgiver)',
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      tags: ['arbeidsrelatert'],
    },
    {
      ...TEXT,
      id: 'tiltakArbeidsplassen',
      label: 'Tiltak på arbeidsplassen (klassisk melding)',
      readBy: ['arbeidsgiver'],
      style: 'bullets',
      tags: ['tiltak'],
    },
    {
      ...TEXT,
      id: 'hensynArbeidsplassen',
      label: 'Hensyn på arbeidsplassen (klassisk melding)',
      readBy: ['arbeidsgiver'],
      style: 'bullets',
      tags: ['hensyn'],
    },
    {
      ...TEXT,
      id: 'innspillTilArbeidsgiver',
      label: 'Innspill til arbeidsgiver ved avventende sykmelding (klassisk melding)',
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      tags: ['innspill'],
    },
  ],
};
