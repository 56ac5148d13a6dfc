import type { TargetForm } from '../../domain/target-form';

// From shared/domain/nav-forms.md (c2): navikt/syfomodiaperson @ ae8fae6e, Referat.tsx. The referat
// is sent to the employee, to the nærmeste leder registered in Altinn and possibly the GP: every field
// reaches the employer. It is written to the employee in the second person.

const SECOND_PERSON = 'Referatet skrives til den sykmeldte som «du», og arbeidsgiveren får det.';
const ALL = ['arbeidsgiver', 'nav', 'lege'] as const;

/** The veileder's referat from a dialogmøte, in Modia. */
export const referatForm: TargetForm = {
  id: 'referat',
  version: 'syfomodiaperson ae8fae6e',
  title: 'Referat fra dialogmøte',
  contexts: ['modia-dialogmote-referat'],
  // The page names its fields with `name` (its element ids are generated).
  pageKey: 'name',
  source: 'navikt/syfomodiaperson @ ae8fae6e (Referat.tsx)',
  fields: [
    {
      id: 'situasjon',
      label: 'Situasjon og muligheter',
      type: 'text',
      maxLength: 6500,
      required: true,
      readBy: ALL,
      style: 'sentences',
      tags: ['situasjon'],
      hint: SECOND_PERSON,
    },
    {
      id: 'konklusjon',
      label: 'Konklusjon',
      type: 'text',
      maxLength: 1500,
      required: true,
      readBy: ALL,
      style: 'sentences',
      tags: ['konklusjon'],
      hint: SECOND_PERSON,
    },
    {
      id: 'arbeidstakersOppgave',
      label: 'Arbeidstakerens oppgave',
      type: 'text',
      maxLength: 600,
      required: true,
      readBy: ALL,
      style: 'bullets',
      tags: ['arbeidstaker'],
    },
    {
      id: 'arbeidsgiversOppgave',
      label: 'Arbeidsgiverens oppgave',
      type: 'text',
      maxLength: 600,
      required: true,
      readBy: ALL,
      style: 'bullets',
      tags: ['arbeidsgiver'],
    },
    {
      id: 'behandlersOppgave',
      label: 'Behandlerens oppgave',
      type: 'text',
      maxLength: 600,
      required: false,
      readBy: ALL,
      style: 'bullets',
      tags: ['behandler'],
    },
    {
      id: 'veiledersOppgave',
      label: 'Veilederens oppgave',
      type: 'text',
      maxLength: 600,
      required: false,
      readBy: ALL,
      style: 'bullets',
      tags: ['veileder'],
    },
  ],
};
