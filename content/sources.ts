import type { SOURCE_DOCUMENTS, Source } from '../domain/guide';

type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number];

/** A source document as the library cites it; `shown` names a section for users where its title is not Norwegian. */
export interface SourceDocument {
  readonly title: string;
  readonly sections: readonly string[];
  readonly shown?: Readonly<Record<string, string>>;
}

/**
 * The sections each source document has, as cited by guide items. The meta-test checks every
 * citation against this list, and checks that each section title can be found in the seed text
 * (`shared/seeds/<document>.txt`, or `shared/domain/timeline.md` for `timeline`), ignoring case,
 * whitespace, punctuation and line-break hyphenation. Titles are quoted as the seed spells them,
 * typos included, so that they can be found.
 */
export const SOURCE_SECTIONS: Record<SourceDocumentId, SourceDocument> = {
  'ia-funksjonsvurdering': {
    title: 'IA-funksjonsvurdering – en samtale om arbeidsmuligheter',
    sections: [
      'En samtale om arbeidsmuligheter',
      'Kjernespørsmålene',
      '1. Hvordan er arbeidsdagen?',
      '2. Er det forhold som bør og kan endres?',
      '3. Hva er vi enige om?',
      'Oppfølgingsplan',
      'Forberedelser',
      'Gjennomføring av samtalen',
      'Plikter og rettigheter',
      'Hjelp og bistand',
      'Behandlende leges rolle',
    ],
  },
  'den-viktige-samtalen-leder': {
    title: 'Den viktige samtalen',
    sections: [
      'Sykefravær angår arbeidsplassen',
      'Samtalen – et nyttig redskap',
      'God forberedelse viktig',
      'God personalomsorg',
      'Tidlig oppfølging',
      'Finne tilretteleggingsmuligheter',
      'Konkrete mål for den viktige samtalen',
      'Ulike typer kontakt',
      'Bry-seg-om-kontakt',
      'Sikre-driften-kontakt',
      'Problemløsningskontakt',
      'Hensikten med den viktige samtalen',
      'Samtaleforberedelse',
      'Struktur og innhold',
      'Helsefremmende faktorer',
      'Miljø- og arbeidsforhold',
      'Samarbeidsforhold',
      'Tilrettelegging av arbeidet',
      'Jobbtilfredshet',
      'Private forhold',
      'Tilrettelegging framover',
      'Kommentarer til huskelisten',
      'Tilrettelegging for gravide',
      'Mental forberedelse',
      'Vær oppmerksom på signaler',
      'Kroppsspråk smitter',
      'Gjennomføring av den viktige samtalen',
      'Aktiv lytting',
      'Lytting – viktig og vanskelig',
      'Sjekk ut hva den sykmeldte egentlig sier',
      'Vær en god lytter',
      'Åpne spørsmål',
      'Unngå hvorfor-spørsmål',
      'Still de riktige spørsmålene',
      'Jobbhjulet',
      'Tilbakemelding',
      'Veiledende',
      'Balanserte',
      'Saklige',
      'Realiserbare',
      'Empatiske',
      'Emosjonell forståelse',
      'Motivasjon',
      'Mestring',
      'Oppfølgingsplan',
      'Kommentarer til oppfølgingsplanen',
      'Bedriftens oppfølgingsplan for den viktige samtalen',
      'Oppfølging av den viktige samtalen',
      'Oppsummering',
      'Fallgruver',
    ],
  },
  'jobbmestringssamtalen-fastlege': {
    title: 'Jobbmestringssamtalen – for fastleger',
    sections: [
      'Bakgrunn for denne brosjyren',
      'Legens dobbeltrolle i sykefraværsarbeidet',
      'Innledning til jobbmestringssamtalen',
      'Eksempler på spørsmål som kan stilles for å utforske pasientens forståelse av egen livs- og helsesituasjon',
      'Eksempler på spørsmål som kan stilles for å utforske pasientens tro på egen mestring',
      'Avslutning på konsultasjonen',
      '3 minutters refleksjon etter samtale',
    ],
  },
  'kartlegging-arr-jobbforventninger': {
    title: 'Kartlegging i arbeidsrettet rehabilitering – jobbforventninger',
    sections: [
      'Kartlegging som start på selve rehabiliteringsprosessen',
      'Rehabiliteringsprosessen starter allerede i kartleggingen',
      'Tidsfaktoren – prognose – sammensatt situasjon',
      'Pasienten aktør eller brikke – asymmetri i relasjonen',
      'Motivasjon og trivsel i arbeidet',
      'Egenvurdert helse',
      'Forventninger og mål',
      'To ulike måter å spørre på',
      'Beskriver litteraturen hvordan den sykmeldtes jobbforventninger blir benyttet i oppfølgingen?',
      'Variasjon i spørsmålsformuleringer',
      'Drøfting – hvordan bruke den sykmeldtes jobbforventninger',
      'Drøfting – helhetlig vurdering',
      'Konklusjon',
      'Arbeidsevne i arbeidsrettet rehabilitering',
      // Spelled as in the seed.
      'Kartlegginsgprosessen krever gjensidig tillit',
      'Tillit som premiss i møte med deltaker',
      'Hjelpekunst',
    ],
  },
  'behandlingsveileder-jobbfokusert-terapi': {
    title: 'Behandlingsveileder for jobbfokusert terapi',
    sections: [
      'Del 1 / Begrunnelsen',
      'Integrerte tiltak',
      'Gradering av sykmelding',
      'Jobbtilrettelegging',
      'Mestring, belastning og støtte',
      'Del 2 / Jobbintervensjonene',
      'Oversikt over jobbintervensjonene',
      'Kartlegg arbeidssituasjonen',
      'Gi informasjon',
      'Kartlegg antakelser',
      'Utforsk forventninger',
      'Utforsk barrierer',
      'Bruk av «diamanten»',
      'Lag jobbrelaterte mål',
      'Dialog med jobben',
      'Tilretteleggingstiltak',
      'Integrer jobb i terapi',
      'Forebygg tilbakefall',
      'Sjekkliste for jobbfokusert terapi',
      'Psykisk helse og arbeid',
      'Hvordan er dette på jobben din?',
      'Problemene med lang tids sykefravær',
      'Plan for tilbakevending til arbeid',
      'Kartleggingsskjemaet «Oversikt over arbeidssituasjonen»',
      'A. Type jobb og arbeidsbetingelser',
      'B. Arbeidsrelasjoner',
      'C. Jobbens egnethet',
      'D. Jobb og helse',
      // The seed's layout splits this heading ("E. Gjennomførbarheten … av arbeidsoppgaver").
      'E. Gjennomførbarheten',
      'F. Tilleggsopplysninger',
      'Jobb kan styrke helsen',
      'Samarbeid med NAV',
      'Virkemidler i NAV',
    ],
  },
  // Items citing the rules in force also name the law (`source.law`): users see the law, not these headings.
  timeline: {
    title: 'Regler i kraft nå',
    sections: ['1. The milestone table', '2. Where the seed documents state older (superseded) rules'],
    shown: {
      '1. The milestone table': 'frister og plikter',
      '2. Where the seed documents state older (superseded) rules': 'regler som er endret siden kilden ble skrevet',
    },
  },
  'nav-forms': {
    title: 'Navs skjemaer',
    sections: [
      'a1. Current version — navikt/syfo-oppfolgingsplan-frontend',
      'b2. NAV\'s new web sykmelding "syk-inn"',
      'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`',
    ],
    shown: {
      'a1. Current version — navikt/syfo-oppfolgingsplan-frontend': 'oppfølgingsplanen på nav.no',
      'b2. NAV\'s new web sykmelding "syk-inn"': 'sykmeldingen (syk-inn)',
      'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`': 'referatet fra dialogmøtet (Modia)',
    },
  },
  // NAV's pages and their addresses (shared/domain/pages.md): the patient handout's «Les mer».
  pages: {
    title: 'Navs sider',
    sections: ['1. NAV public pages (www.nav.no) — employee and leader'],
    shown: { '1. NAV public pages (www.nav.no) — employee and leader': 'sidene for sykmeldte på nav.no' },
  },
};

/**
 * How a source is named to users, in Norwegian: the law for a rule in force («arbeidsmiljøloven § 4-6
 * tredje ledd – Regler i kraft nå»), else the document and its section as users can look it up.
 */
export function sourceLabel(source: Source): string {
  const document = SOURCE_SECTIONS[source.document];
  const section = document.shown?.[source.section] ?? source.section;
  if (source.law !== undefined) return `${source.law} (${document.title.toLocaleLowerCase('nb')})`;
  return `${document.title}, ${section}`;
}
