import type { Guide, GuideItem, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'behandlingsveileder-jobbfokusert-terapi', section });

const SKJEMA = cite('Kartleggingsskjemaet «Oversikt over arbeidssituasjonen»');
const A = cite('A. Type jobb og arbeidsbetingelser');
const B = cite('B. Arbeidsrelasjoner');
const C = cite('C. Jobbens egnethet');
const D = cite('D. Jobb og helse');
const E = cite('E. Gjennomførbarheten');
const F = cite('F. Tilleggsopplysninger');

const JA_NEI_VET_IKKE = ['Ja', 'Nei', 'Vet ikke'];

/** Part E rates each task the patient names from 1 (easy) to 5 (not possible). */
function feasibilityItem(n: number): GuideItem {
  return {
    id: `oa-e-oppgave-${n}`,
    kind: 'scale',
    text: `Arbeidsoppgave ${n} (skriv hvilken i notatet): hvor gjennomførbar er den med plagene du har nå?`,
    source: E,
    scale: { min: 1, max: 5, minLabel: 'Lett', maxLabel: 'Ikke mulig' },
  };
}

/**
 * The assessment form «Oversikt over arbeidssituasjonen» (behandlingsveileder, part 3): parts A–F,
 * with the 1–5 feasibility scale and the ja/nei/vet ikke questions, for the patient's homework or
 * for the conversation itself.
 */
export const oversiktOverArbeidssituasjonen: Guide = {
  id: 'oversikt-over-arbeidssituasjonen',
  title: 'Oversikt over arbeidssituasjonen (kartleggingsskjema)',
  summary:
    'Kartleggingsskjemaet fra behandlingsveilederen, del A–F: jobb og arbeidsbetingelser, relasjoner, hvor godt jobben passer, jobb og helse, gjennomførbarhet fra 1 til 5, og det som mangler.',
  roles: ['lege'],
  contexts: ['journal'],
  sections: [
    {
      id: 'oa-om',
      title: 'Om skjemaet',
      items: [
        {
          id: 'oa-om-bruk',
          kind: 'advice',
          core: true,
          text: 'Skjemaet handler om hva slags jobb pasienten har, hva som kjennetegner den, og hvor godt den passer. Er pasienten ikke i arbeid nå, svarer hen ut fra situasjonen før sykmeldingen.',
          help: 'Kan gis som hjemmeoppgave etter første time, eller brukes som utgangspunkt i samtalen.',
          source: SKJEMA,
        },
      ],
    },
    {
      id: 'oa-a',
      title: 'A. Type jobb og arbeidsbetingelser',
      items: [
        {
          id: 'oa-a-jobb',
          kind: 'question',
          text: 'Hva slags jobb har du, og hva leverer virksomheten eller enheten du jobber i?',
          source: A,
        },
        {
          id: 'oa-a-oppgaver',
          kind: 'question',
          core: true,
          text: 'Hva består jobben av? Hvilke oppgaver er viktigst, og hva bruker du mest tid på?',
          source: A,
        },
        {
          id: 'oa-a-krav',
          kind: 'question',
          core: true,
          text: 'Hvilke krav stilles til deg, og er forventningene tydelige? Hvordan får du tilbakemelding på arbeidet?',
          source: A,
        },
        {
          id: 'oa-a-kontrakt',
          kind: 'question',
          text: 'Hva slags ansettelse har du – fast, vikariat eller engasjement – og hvordan er arbeidstiden, med eller uten skift?',
          source: A,
        },
        {
          id: 'oa-a-ansiennitet',
          kind: 'question',
          text: 'Hvor lenge har du hatt denne jobben?',
          source: A,
        },
        {
          id: 'oa-a-kolleger',
          kind: 'question',
          text: 'Hvordan er kollegagruppen din: hvor stort er teamet, hvem består det av, og hvor hører det hjemme i organisasjonen?',
          source: A,
        },
        {
          id: 'oa-a-arbeidsbyrde',
          kind: 'question',
          text: 'Opplever du at arbeidsbyrden er stor, fordi du må jobbe mye eller fordi jobben tar på følelsesmessig?',
          source: A,
        },
        {
          id: 'oa-a-pavirke',
          kind: 'question',
          core: true,
          text: 'Kan du påvirke arbeidssituasjonen, for eksempel dagsplanen eller hvordan arbeidet legges opp?',
          source: A,
        },
        {
          id: 'oa-a-fysisk',
          kind: 'question',
          text: 'Hvordan er de fysiske forholdene – åpent landskap, dagslys, støy og lignende?',
          source: A,
        },
        {
          id: 'oa-a-miste-jobben',
          kind: 'question',
          text: 'Er du redd for å miste jobben, for eksempel ved oppsigelse?',
          source: A,
        },
        {
          id: 'oa-a-jobb-familie',
          kind: 'question',
          text: 'Er det vanskelig å få jobb og familie til å gå opp?',
          source: A,
        },
      ],
    },
    {
      id: 'oa-b',
      title: 'B. Arbeidsrelasjoner',
      items: [
        {
          id: 'oa-b-sosialt',
          kind: 'question',
          core: true,
          text: 'Hvordan er det sosiale miljøet på jobben?',
          source: B,
        },
        {
          id: 'oa-b-ledelse',
          kind: 'question',
          text: 'Hvordan synes du enheten din blir ledet, for eksempel når det gjelder likebehandling og tilbakemelding?',
          source: B,
        },
        {
          id: 'oa-b-konflikter',
          kind: 'question',
          text: 'Har du vært i konflikter, blitt urettferdig behandlet, trakassert eller mobbet på jobben?',
          source: B,
        },
      ],
    },
    {
      id: 'oa-c',
      title: 'C. Jobbens egnethet',
      items: [
        {
          id: 'oa-c-interessant',
          kind: 'question',
          text: 'Hvilke sider ved jobben, virksomheten eller organisasjonen synes du er særlig interessante?',
          source: C,
        },
        {
          id: 'oa-c-flink',
          kind: 'question',
          core: true,
          text: 'Hva i jobben er du spesielt god til, og hvilke egenskaper gjør at du lykkes med det?',
          source: C,
        },
        {
          id: 'oa-c-samsvar',
          kind: 'question',
          text: 'Passer kompetansen din godt til kravene jobben stiller?',
          source: C,
        },
        {
          id: 'oa-c-motivasjon',
          kind: 'question',
          text: 'Hva motiverer deg i jobben?',
          source: C,
        },
        {
          id: 'oa-c-vanskelig',
          kind: 'question',
          core: true,
          text: 'Hvilke sider ved jobben synes du er vanskelige?',
          source: C,
        },
        {
          id: 'oa-c-lonn',
          kind: 'question',
          text: 'Hvor fornøyd er du med lønnen og mulighetene for utvikling?',
          source: C,
        },
      ],
    },
    {
      id: 'oa-d',
      title: 'D. Jobb og helse',
      items: [
        {
          id: 'oa-d-bidratt',
          kind: 'question',
          core: true,
          text: 'Er det sider ved arbeidssituasjonen som du tror har ført til eller forsterket plagene? Marker dem i skjemaet over, eller skriv stikkord.',
          source: D,
        },
        {
          id: 'oa-d-ledelsen-enig',
          kind: 'choice',
          text: 'Tror du ledelsen på jobben ser årsakene til plagene dine på samme måte som deg?',
          source: D,
          options: JA_NEI_VET_IKKE,
        },
        {
          id: 'oa-d-sykmelder-enig',
          kind: 'choice',
          text: 'Tror du sykmelderen din ser årsakene til plagene dine på samme måte som deg?',
          source: D,
          options: JA_NEI_VET_IKKE,
        },
      ],
    },
    {
      id: 'oa-e',
      title: 'E. Gjennomførbarheten av arbeidsoppgaver',
      items: [
        {
          id: 'oa-e-skala',
          kind: 'fact',
          text: 'Hver arbeidsoppgave vurderes fra 1 til 5: 1 betyr at den er lett å gjøre med plagene du har i dag, 5 at den ikke er mulig.',
          source: E,
        },
        feasibilityItem(1),
        feasibilityItem(2),
        feasibilityItem(3),
        feasibilityItem(4),
        feasibilityItem(5),
        {
          id: 'oa-e-problemer',
          kind: 'question',
          core: true,
          text: 'Med oppgavene rangert slik: hvilke problemer regner du med å møte når du er tilbake på jobben?',
          source: E,
        },
        {
          id: 'oa-e-tilpasninger',
          kind: 'question',
          core: true,
          text: 'Trenger du tilpasninger på jobben for å kunne komme tilbake? Hvilke?',
          source: E,
        },
      ],
    },
    {
      id: 'oa-f',
      title: 'F. Tilleggsopplysninger',
      items: [
        {
          id: 'oa-f-mangler',
          kind: 'question',
          core: true,
          text: 'Nå som du har fått oversikt over jobbsituasjonen: er det viktige områder vi ikke har snakket om?',
          source: F,
        },
      ],
    },
  ],
};
