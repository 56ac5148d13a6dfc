import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'den-viktige-samtalen-leder', section });

const ANGAR = cite('Sykefravær angår arbeidsplassen');
const REDSKAP = cite('Samtalen – et nyttig redskap');
const FORBEREDELSE_VIKTIG = cite('God forberedelse viktig');
const PERSONALOMSORG = cite('God personalomsorg');
const TIDLIG = cite('Tidlig oppfølging');
const ALTERNATIVER = cite('Finne tilretteleggingsmuligheter');
const MAL = cite('Konkrete mål for den viktige samtalen');
const KONTAKT = cite('Ulike typer kontakt');
const BRY_SEG = cite('Bry-seg-om-kontakt');
const DRIFTEN = cite('Sikre-driften-kontakt');
const PROBLEMLOSNING = cite('Problemløsningskontakt');
const HENSIKTEN = cite('Hensikten med den viktige samtalen');
const SAMTALEFORBEREDELSE = cite('Samtaleforberedelse');
const STRUKTUR = cite('Struktur og innhold');
const HELSEFREMMENDE = cite('Helsefremmende faktorer');
const MILJO = cite('Miljø- og arbeidsforhold');
const SAMARBEID = cite('Samarbeidsforhold');
const TILRETTELEGGING = cite('Tilrettelegging av arbeidet');
const TILFREDSHET = cite('Jobbtilfredshet');
const PRIVATE = cite('Private forhold');
const FRAMOVER = cite('Tilrettelegging framover');
const KOMMENTARER = cite('Kommentarer til huskelisten');
const GRAVIDE = cite('Tilrettelegging for gravide');
const MENTAL = cite('Mental forberedelse');
const SIGNALER = cite('Vær oppmerksom på signaler');
const KROPPSSPRAK = cite('Kroppsspråk smitter');
const OPPSUMMERING = cite('Oppsummering');

/**
 * Den viktige samtalen, before the conversation: the three kinds of contact, what the conversation
 * is for, the leader's preparation questions, planlagt/forberedt/forpliktende/jevnlig, the
 * huskeliste of work-environment factors and the leader's self-check.
 */
export const viktigeSamtalenForberedelse: Guide = {
  id: 'viktige-samtalen-forberedelse',
  title: 'Den viktige samtalen: før dere møtes',
  summary:
    'Hvilken kontakt dere skal ha, hva samtalen skal oppnå, hvordan du forbereder deg, og hvordan samtalen bør være: planlagt, forberedt, forpliktende og jevnlig. Med huskeliste over arbeidsmiljøfaktorer og en sjekk av deg selv.',
  roles: ['leder'],
  contexts: ['dine-sykmeldte'],
  sections: [
    {
      id: 'vsf-utgangspunkt',
      title: 'Utgangspunktet',
      items: [
        {
          id: 'vsf-angar-arbeidsplassen',
          kind: 'fact',
          text: 'Å være sykmeldt er ikke lenger bare en privatsak. Den ansatte skal melde fra tidlig og si hva hen kan og ikke kan gjøre, og dere skal sammen finne og prøve ut løsninger.',
          source: ANGAR,
        },
        {
          id: 'vsf-ikke-sykdommen',
          kind: 'fact',
          core: true,
          text: 'Samtalen handler ikke om sykdommen. Den ansatte har rett til å verne om helsen og privatlivet sitt; dere snakker om tiltak på arbeidsplassen som kan hindre eller korte ned fraværet.',
          source: ANGAR,
        },
        {
          id: 'vsf-verktoykassen',
          kind: 'fact',
          text: 'Verktøykassen på arbeidsplassen: tilby, endre, tilpasse, bytte, justere, trygge, delegere, omfordele.',
          source: ANGAR,
        },
        {
          id: 'vsf-prosess',
          kind: 'fact',
          text: 'Den viktige samtalen er en prosess som fortsetter, ikke ett enkelt møte. Den kan også brukes til å vurdere arbeidsinnsatsen, legge forholdene til rette og utvikle den ansatte videre.',
          source: REDSKAP,
        },
        {
          id: 'vsf-muligheter',
          kind: 'advice',
          core: true,
          text: 'Finn ut på forhånd hvilke muligheter virksomheten har for å tilpasse arbeidet. Først da blir samtalen et nyttig redskap.',
          source: FORBEREDELSE_VIKTIG,
        },
        {
          id: 'vsf-tidlig',
          kind: 'advice',
          text: 'Jo tidligere, jo bedre. Planen skal være på plass innen fire uker, men vent ikke så lenge med å snakke sammen – få blir bedre av å gå alene hjemme.',
          source: TIDLIG,
        },
        {
          id: 'vsf-savnet',
          kind: 'fact',
          text: 'Å få vite at man er savnet, og å kunne følge med på hva som skjer på jobben, senker terskelen for å komme tilbake.',
          source: PERSONALOMSORG,
        },
        {
          id: 'vsf-for-legen',
          kind: 'advice',
          text: 'Se gjerne på alternativer sammen før den ansatte går til legen. Kjenner legen dem, kan sykmeldingen tilpasses det som faktisk går an på jobben.',
          source: ALTERNATIVER,
        },
      ],
    },
    {
      id: 'vsf-kontakt',
      title: 'Tre typer kontakt',
      items: [
        {
          id: 'vsf-kontakt-avstand',
          kind: 'fact',
          text: 'Kontakten er mest krevende når den ansatte er helt sykmeldt og ikke på jobb. Tenk gjennom hvor mye kontakt dere skal ha.',
          source: KONTAKT,
        },
        {
          id: 'vsf-kontakt-bry-seg',
          kind: 'step',
          core: true,
          text: 'Bry-seg-om-kontakt: vis omsorg på en måte som passer den ansatte – et kort, en telefon, en melding eller blomster. Spør hvordan hen vil ha kontakten. Ingen kontakt er ikke et alternativ.',
          help: 'Det viktigste er at omsorgen er ekte, og at den ansatte forstår at hen er ønsket tilbake.',
          source: BRY_SEG,
        },
        {
          id: 'vsf-kontakt-driften',
          kind: 'step',
          text: 'Sikre-driften-kontakt: avtal tidlig hvordan dere holder hverandre orientert om arbeidet, så kollegene ikke blir overbelastet. Ved lang sykmelding: hold dere oppdatert om varighet og muligheter for tilrettelegging.',
          source: DRIFTEN,
        },
        {
          id: 'vsf-kontakt-problemlosning',
          kind: 'step',
          text: 'Problemløsningskontakt: skyldes fraværet mobbing eller konflikter på jobben, må problemet fram i lyset og få en løsning før den ansatte kan komme tilbake.',
          source: PROBLEMLOSNING,
        },
      ],
    },
    {
      id: 'vsf-mal',
      title: 'Hva samtalen skal oppnå',
      items: [
        {
          id: 'vsf-mal-forventninger',
          kind: 'step',
          text: 'Avklare hva dere forventer av hverandre når det gjelder arbeidet og resultatene.',
          source: MAL,
        },
        {
          id: 'vsf-mal-planer',
          kind: 'step',
          text: 'Planlegge hvordan den ansatte skal utvikles, støttes og følges opp.',
          source: MAL,
        },
        {
          id: 'vsf-mal-tillit',
          kind: 'step',
          text: 'Bygge tillit og åpenhet, og kommunisere og samarbeide godt.',
          source: MAL,
        },
        {
          id: 'vsf-mal-tilbakemelding',
          kind: 'step',
          text: 'Gi hverandre tilbakemelding på hvordan samarbeidet og resultatene oppleves.',
          source: MAL,
        },
        {
          id: 'vsf-mal-utvikling',
          kind: 'step',
          text: 'Legge til rette for den ansattes faglige utvikling.',
          source: MAL,
        },
        {
          id: 'vsf-mal-tilbake',
          kind: 'step',
          text: 'Finne ut hva som skal til for at den ansatte kan komme tilbake – eller slippe å bli sykmeldt.',
          source: MAL,
        },
        {
          id: 'vsf-mal-oppmerksom',
          kind: 'advice',
          text: 'Følg med på målene, arbeidsforholdene, kulturen og samspillet – og på om noe bør endres eller justeres.',
          source: MAL,
        },
      ],
    },
    {
      id: 'vsf-forberedelse',
      title: 'Forbered deg',
      items: [
        {
          id: 'vsf-forb-mal',
          kind: 'question',
          core: true,
          text: 'Hva vil jeg oppnå med samtalen?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-tilrettelegge',
          kind: 'question',
          core: true,
          text: 'Hvor kan jeg legge noe til rette?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-best',
          kind: 'question',
          text: 'Hvordan forbereder jeg meg best?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-samme-situasjon',
          kind: 'question',
          text: 'Hvordan ville jeg hatt det i samme situasjon?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-trygghet',
          kind: 'question',
          core: true,
          text: 'Hva kan jeg gjøre for at den ansatte skal føle seg trygg?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-mote',
          kind: 'question',
          text: 'Hvordan vil jeg møte den ansatte?',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-ressurs',
          kind: 'advice',
          text: 'Den ansatte skal kjenne seg som en viktig ressurs, ikke som en byrde. Sett også grenser: du er leder, ikke terapeut.',
          source: HENSIKTEN,
        },
        {
          id: 'vsf-forb-huskeliste',
          kind: 'advice',
          text: 'Bruk gjerne den samme huskelisten begge to, og gi den ansatte muligheten til å forberede seg med den. Jo mer hen vet om samtalen på forhånd, desto tryggere.',
          source: SAMTALEFORBEREDELSE,
        },
        {
          id: 'vsf-forb-rom',
          kind: 'advice',
          core: true,
          text: 'Sett av god tid, og velg et skjermet møterom framfor kontoret ditt, så ingen føler seg «kalt inn på teppet».',
          source: SAMTALEFORBEREDELSE,
        },
        {
          id: 'vsf-forb-mental',
          kind: 'advice',
          text: 'Forbered deg mentalt: se hele mennesket, og vær klar til å lese og håndtere følelser med tillit, respekt og anerkjennelse.',
          source: MENTAL,
        },
        {
          id: 'vsf-forb-signaler',
          kind: 'advice',
          text: 'Merker du at den ansatte er nedfor eller snakker seg selv ned, ikke avrund møtet for å slippe ubehaget. Gi tid, og hjelp hen til å få lyst til å komme tilbake.',
          source: SIGNALER,
        },
        {
          id: 'vsf-forb-kroppssprak',
          kind: 'advice',
          text: 'Kroppsspråk smitter. Bruk ditt eget bevisst: et vennlig ansikt og et ekte smil kan gjøre den andre tryggere og mer åpen for muligheter.',
          source: KROPPSSPRAK,
        },
      ],
    },
    {
      id: 'vsf-struktur',
      title: 'Fire kjennetegn ved samtalen',
      items: [
        {
          id: 'vsf-struktur-planlagt',
          kind: 'step',
          core: true,
          text: 'Planlagt: begge kjenner tid og sted minst én uke i forveien.',
          source: STRUKTUR,
        },
        {
          id: 'vsf-struktur-forberedt',
          kind: 'step',
          core: true,
          text: 'Forberedt: begge har tenkt gjennom hva de vil ta opp. Du sier tydelig og konstruktivt hva du forventer.',
          source: STRUKTUR,
        },
        {
          id: 'vsf-struktur-forpliktende',
          kind: 'step',
          text: 'Forpliktende: samtalen ender i en realistisk handlingsplan – en avtale mellom dere to som settes ut i livet.',
          source: STRUKTUR,
        },
        {
          id: 'vsf-struktur-jevnlig',
          kind: 'step',
          text: 'Jevnlig: dere gjentar samtalen med jevne mellomrom til arbeidsdagen går greit igjen.',
          source: STRUKTUR,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
      ],
    },
    {
      id: 'vsf-huskeliste',
      title: 'Huskeliste: arbeidsmiljøfaktorer',
      items: [
        {
          id: 'vsf-hl-bruk',
          kind: 'advice',
          text: 'Plukk ut det som er relevant fra listen, og lag en egen huskeliste sammen med den ansatte.',
          source: SAMTALEFORBEREDELSE,
        },
        {
          id: 'vsf-hl-helsefremmende',
          kind: 'step',
          text: 'Helsefremmende faktorer: mestring, meningsfulle oppgaver, klare roller og ansvar, sosial støtte, utviklingsmuligheter og balanse mellom krav og kontroll.',
          source: HELSEFREMMENDE,
          note: true,
        },
        {
          id: 'vsf-hl-mestrer',
          kind: 'question',
          text: 'Er arbeidet meningsfylt, og mestrer den ansatte oppgavene? Passer arbeidet til den ansattes arbeidsevne, kunnskaper og alder?',
          source: KOMMENTARER,
        },
        {
          id: 'vsf-hl-fysisk',
          kind: 'step',
          text: 'Fysiske forhold: lokaler, møbler, teknisk utstyr og hjelpemidler. Avlastning ved stillesittende arbeid (pauser, bevegelse) og ved tunge løft (hjelpemidler, skjerming, hjelp fra kolleger).',
          help: 'Trengs noe nytt eller bedre? Er arbeidsplassen fornuftig innredet?',
          source: MILJO,
          note: true,
        },
        {
          id: 'vsf-hl-samarbeid',
          kind: 'step',
          text: 'Samarbeid: arbeidskultur, kolleger, ledere, andre avdelinger og samarbeidspartnere.',
          help: 'Svikter samarbeidet, og når begynte det? Ta også med det som fungerer – det er det som viser veien videre.',
          source: SAMARBEID,
          note: true,
        },
        {
          id: 'vsf-hl-tilrettelegging',
          kind: 'step',
          text: 'Tilrettelegging av arbeidet: planlegging, arbeidsbeskrivelse og rutiner – tempo og fleksibel arbeidstid, flere pauser, lettere oppgaver, endret skift eller turnus, annet arbeid, kompetanseutvikling.',
          help: 'Er rutinene klare nok? Har mengden, oppgavene eller ansvarsfordelingen vært for tung? La den ansatte komme med forslag.',
          source: TILRETTELEGGING,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsf-hl-tilfredshet',
          kind: 'step',
          text: 'Jobbtilfredshet: anerkjennelse og oppfølging, informasjon, utviklingsmuligheter og variasjon.',
          help: 'Bør noen oppgaver få mer plass og andre mindre? Finnes realistiske mål på kort eller lang sikt?',
          source: TILFREDSHET,
          note: true,
        },
        {
          id: 'vsf-hl-private',
          kind: 'step',
          text: 'Private forhold som den ansatte selv vil ta opp fordi de påvirker arbeidet – for eksempel at situasjonen hjemme gjør det nødvendig å endre arbeidstiden.',
          help: 'Du har ikke rett til å vite hvorfor den ansatte er sykmeldt. Det er den ansatte som bestemmer om noe tas opp her.',
          source: PRIVATE,
        },
        {
          id: 'vsf-hl-rus',
          kind: 'advice',
          text: 'Har du klare signaler om rusproblemer, ta det opp. Samtalen er fortrolig og kan være et sted å snakke om det.',
          source: PRIVATE,
        },
        {
          id: 'vsf-hl-framover',
          kind: 'step',
          text: 'Tilrettelegging framover: behov framover, arbeidsoppgaver, ansvarsområde, kurs og opplæring, forslag til utvikling og til endrede rutiner.',
          help: 'La den ansatte foreslå først. Er endringene nødvendige, realistiske og mulige å nå? Så kommer du med dine forslag.',
          source: FRAMOVER,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsf-hl-gravide',
          kind: 'fact',
          text: 'Gjelder samtalen en gravid medarbeider, finnes det egne råd om tilrettelegging for gravide, blant annet fra Idébanken.',
          source: GRAVIDE,
        },
      ],
    },
    {
      id: 'vsf-selvsjekk',
      title: 'Sjekk deg selv',
      items: [
        {
          id: 'vsf-selv-tro',
          kind: 'step',
          text: 'Jeg har tro på at jeg kan gjennomføre samtalen på en god måte.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-unnga',
          kind: 'step',
          text: 'Jeg vet hva jeg ikke bør si eller gjøre.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-lykkes',
          kind: 'step',
          text: 'Jeg tror på den ansatte og vil at hen skal lykkes.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-empati',
          kind: 'step',
          text: 'Jeg kan vise empati og se situasjonen fra den ansattes side.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-tolke',
          kind: 'step',
          text: 'Jeg kan legge merke til og tolke riktig det som skjer underveis.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-tie',
          kind: 'step',
          text: 'Jeg merker når jeg bør ta ordet, og når jeg bør tie.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsf-selv-talmodig',
          kind: 'step',
          text: 'Jeg kan være tålmodig og gi den ansatte tid til å tenke.',
          source: OPPSUMMERING,
        },
      ],
    },
  ],
};
