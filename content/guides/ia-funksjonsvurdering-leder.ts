import type { Guide } from '../../domain/guide';

const doc = 'ia-funksjonsvurdering' as const;

/**
 * IA-funksjonsvurdering for the leader on the plan form: the three core questions in their fixed
 * order (mapping first, then solutions, then what is agreed), each feeding the plan's fields.
 */
export const iaFunksjonsvurderingLeder: Guide = {
  id: 'ia-funksjonsvurdering-leder',
  title: 'IA-funksjonsvurdering: samtalen om arbeidsmuligheter',
  summary:
    'Tre kjernespørsmål i fast rekkefølge: først hvordan arbeidsdagen er, så hva som kan endres, til slutt hva dere er enige om.',
  roles: ['leder'],
  contexts: ['oppfolgingsplan-leder-ny-plan', 'oppfolgingsplan-leder-oversikt', 'oppfolgingsplan-leder-aktiv-plan'],
  sections: [
    {
      id: 'arbeidsdagen',
      title: '1. Hvordan er arbeidsdagen?',
      items: [
        {
          id: 'ia-arbeidsdagen',
          kind: 'question',
          core: true,
          text: 'Gå sammen gjennom en vanlig arbeidsdag, fra den starter til den slutter. Hva gjør den ansatte, og hva er viktigst å få med?',
          help: 'Målet er en felles forståelse av de områdene som betyr noe for arbeidet framover, ikke en fullstendig stillingsbeskrivelse.',
          source: { document: doc, section: '1. Hvordan er arbeidsdagen?' },
          feeds: ['oppfolgingsplan.typiskArbeidshverdag'],
        },
        {
          id: 'ia-arbeidsdagen-bra-vanskelig',
          kind: 'question',
          core: true,
          text: 'Hvilke deler av jobben går greit nå, og hvilke er vanskelige? Tenk på oppgavene, arbeidstiden og samarbeidet med andre.',
          source: { document: doc, section: '1. Hvordan er arbeidsdagen?' },
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
        },
        {
          id: 'ia-arbeidsdagen-kan-ikke',
          kind: 'question',
          core: true,
          text: 'Hvilke oppgaver går ikke nå, heller ikke med tilrettelegging?',
          help: 'Skriv om oppgavene, ikke om helsen. Den ansatte har ingen plikt til å fortelle om diagnose eller symptomer.',
          source: { document: 'nav-forms', section: 'a1. Current version — navikt/syfo-oppfolgingsplan-frontend' },
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomIkkeKanUtfores'],
        },
        {
          id: 'ia-arbeidsdagen-trivsel',
          kind: 'question',
          text: 'Hvordan trives den ansatte med arbeidsmiljøet, og hvordan er lysten til å gå på jobb?',
          source: { document: doc, section: '1. Hvordan er arbeidsdagen?' },
        },
        {
          id: 'ia-arbeidsdagen-tidligere-tiltak',
          kind: 'question',
          core: true,
          text: 'Har dere prøvd noe før? Hva virket, og hva virket ikke?',
          source: { document: doc, section: '1. Hvordan er arbeidsdagen?' },
          feeds: ['oppfolgingsplan.tidligereTilrettelegging'],
        },
        {
          id: 'ia-arbeidsdagen-andre-forhold',
          kind: 'question',
          text: 'Er det noe annet, på jobben eller utenfor, som gjør situasjonen tyngre eller kan hindre at tiltak virker?',
          help: 'Dette krever tillit. Den ansatte velger selv hva som deles, og har ingen plikt til å fortelle om helse eller privatliv.',
          source: { document: doc, section: '1. Hvordan er arbeidsdagen?' },
        },
      ],
    },
    {
      id: 'endres',
      title: '2. Er det forhold som bør og kan endres?',
      items: [
        {
          id: 'ia-endres-hva-skal-til',
          kind: 'question',
          core: true,
          text: 'Ta utgangspunkt i det som var vanskelig: Hva skal til for at den ansatte kan gjøre mer av jobben?',
          help: 'Se etter det som er ønskelig og mulig, ikke tiltak på flest mulig områder. Både arbeidsplassen og den ansatte kan bidra.',
          source: { document: doc, section: '2. Er det forhold som bør og kan endres?' },
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'ia-endres-forhold',
          kind: 'fact',
          text: 'Forhold dere kan vurdere å endre: oppgaver og arbeidsinnhold; arbeidstid, tidskrav og tempo; hvordan arbeidet er organisert; samhandlingen med andre; status og verdsetting; tilbakemelding fra leder; informasjonsrutiner; sosialt miljø, holdninger og kultur; kompetanse; den fysiske utformingen av arbeidsplassen; tekniske hjelpemidler; og andre forhold som påvirker arbeidssituasjonen.',
          source: { document: doc, section: '2. Er det forhold som bør og kan endres?' },
        },
        {
          id: 'ia-endres-andre-muligheter',
          kind: 'question',
          text: 'Finnes det andre muligheter dere ikke prøver nå, men kan komme tilbake til?',
          source: { document: 'nav-forms', section: 'a1. Current version — navikt/syfo-oppfolgingsplan-frontend' },
          feeds: ['oppfolgingsplan.annenTilrettelegging'],
        },
        {
          id: 'ia-endres-den-ansattes-bidrag',
          kind: 'question',
          core: true,
          text: 'Hva kan den ansatte selv bidra med for at løsningen skal virke?',
          source: { document: doc, section: '2. Er det forhold som bør og kan endres?' },
        },
      ],
    },
    {
      id: 'enige',
      title: '3. Hva er vi enige om?',
      items: [
        {
          id: 'ia-enige-tiltak',
          kind: 'step',
          core: true,
          text: 'Hvilke tiltak dere blir enige om, og om de er midlertidige eller varige.',
          help: 'Seks punkter å avklare: tiltak (midlertidige eller varige), behov for videre avklaring, behov for hjelp fra andre, hvem som gjør hva, frister for tiltakene og tidspunkt for neste oppfølging.',
          source: { document: doc, section: '3. Hva er vi enige om?' },
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'ia-enige-hvem-gjor-hva',
          kind: 'step',
          core: true,
          text: 'Hvem som gjør hva, og innen hvilken frist.',
          source: { document: doc, section: '3. Hva er vi enige om?' },
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        {
          id: 'ia-enige-avklaring-hjelp',
          kind: 'step',
          text: 'Om noe må avklares videre, og om dere trenger hjelp fra andre (for eksempel bedriftshelsetjenesten eller Nav).',
          source: { document: doc, section: '3. Hva er vi enige om?' },
          feeds: ['oppfolgingsplan.annenTilrettelegging'],
        },
        {
          id: 'ia-enige-neste-oppfolging',
          kind: 'step',
          core: true,
          text: 'Når dere følger opp neste gang.',
          source: { document: doc, section: '3. Hva er vi enige om?' },
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        {
          id: 'ia-enige-evaluering',
          kind: 'step',
          core: true,
          text: 'Datoen da dere ser på planen igjen og justerer den.',
          help: 'Skriv datoen i notatet (dd.mm.åååå). Skjemaet godtar fra i morgen til ett år fram.',
          source: { document: 'nav-forms', section: 'a1. Current version — navikt/syfo-oppfolgingsplan-frontend' },
          feeds: ['oppfolgingsplan.evalueringsDato'],
        },
        {
          id: 'ia-enige-medvirkning',
          kind: 'step',
          text: 'At planen er laget sammen med den ansatte. Har dere ikke fått snakket sammen, noter hvorfor – for eksempel at den ansatte er for syk eller ikke er mulig å nå.',
          source: { document: 'nav-forms', section: 'a1. Current version — navikt/syfo-oppfolgingsplan-frontend' },
          feeds: ['oppfolgingsplan.denAnsatteHarIkkeMedvirketBegrunnelse'],
        },
        {
          id: 'ia-enige-medvirket',
          kind: 'choice',
          core: true,
          text: 'Har den ansatte vært med på å lage planen?',
          source: { document: 'nav-forms', section: 'a1. Current version — navikt/syfo-oppfolgingsplan-frontend' },
          options: ['Ja', 'Nei'],
          feeds: ['oppfolgingsplan.harDenAnsatteMedvirket'],
        },
      ],
    },
  ],
};
