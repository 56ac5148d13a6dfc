import type { Guide, GuideItem, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'den-viktige-samtalen-leder', section });

const GJENNOMFORING = cite('Gjennomføring av den viktige samtalen');
const AKTIV_LYTTING = cite('Aktiv lytting');
const LYTTING = cite('Lytting – viktig og vanskelig');
const SJEKK_UT = cite('Sjekk ut hva den sykmeldte egentlig sier');
const GOD_LYTTER = cite('Vær en god lytter');
const APNE = cite('Åpne spørsmål');
const HVORFOR = cite('Unngå hvorfor-spørsmål');
const RIKTIGE = cite('Still de riktige spørsmålene');
const JOBBHJULET = cite('Jobbhjulet');
const TILBAKEMELDING = cite('Tilbakemelding');
const VEILEDENDE = cite('Veiledende');
const BALANSERTE = cite('Balanserte');
const SAKLIGE = cite('Saklige');
const REALISERBARE = cite('Realiserbare');
const EMPATISKE = cite('Empatiske');
const EMOSJONELL = cite('Emosjonell forståelse');
const MOTIVASJON = cite('Motivasjon');
const MESTRING = cite('Mestring');
const OPPSUMMERING = cite('Oppsummering');
const FALLGRUVER = cite('Fallgruver');

/**
 * The job wheel's eight areas are named in a figure that is not in the seed text, so the user names
 * each area in the note; suggestions from the huskeliste are in `content/scale-suggestions.ts`.
 */
function jobWheelArea(n: number): GuideItem {
  return {
    id: `vsg-hjul-omrade-${n}`,
    kind: 'scale',
    text: `Område ${n} (gi området et navn i notatet): hvor fornøyd er du med det, fra 0 til 8?`,
    source: JOBBHJULET,
    scale: { min: 0, max: 8, maxLabel: 'Optimalt' },
  };
}

/** A pitfall and what to do instead, from the two columns of the seed's pitfall table. */
function pitfall(id: string, pitfallText: string, instead: string): GuideItem {
  return {
    id: `vsg-fallgruve-${id}`,
    kind: 'advice',
    text: `Fallgruve: ${pitfallText} Gjør heller: ${instead}`,
    source: FALLGRUVER,
  };
}

/**
 * Den viktige samtalen, during the conversation: safe frames, active listening, open questions and
 * avoiding why-questions, the 21 open questions, the job wheel (eight areas, 0–8), feedback steps and
 * qualities, strong emotions, the six points to remember and the pitfalls with what to do instead.
 */
export const viktigeSamtalenGjennomforing: Guide = {
  id: 'viktige-samtalen-gjennomforing',
  title: 'Den viktige samtalen: i samtalen',
  summary:
    'Lytt aktivt, spør åpent og unngå hvorfor-spørsmål. Med 21 åpne spørsmål, jobbhjulet (åtte områder fra 0 til 8), råd om tilbakemelding og sterke følelser, seks punkter å huske og fallgruvene – med hva du gjør i stedet.',
  roles: ['leder'],
  contexts: ['oppfolgingsplan-leder-ny-plan', 'dialogmote-leder', 'dine-sykmeldte'],
  sections: [
    {
      id: 'vsg-rammer',
      title: 'Trygge rammer',
      items: [
        {
          id: 'vsg-rammer-lydhor',
          kind: 'advice',
          core: true,
          text: 'Vis at du ikke har bestemt deg på forhånd, men er interessert og lydhør. Tydelige rammer gjør også samtalen tryggere.',
          source: GJENNOMFORING,
        },
        {
          id: 'vsg-rammer-tid',
          kind: 'advice',
          core: true,
          text: 'Sett av nok tid, også til stillhet og ettertanke – og slå av mobilen.',
          source: GJENNOMFORING,
        },
      ],
    },
    {
      id: 'vsg-lytting',
      title: 'Lytt aktivt',
      items: [
        {
          id: 'vsg-lytt-oppmerksomhet',
          kind: 'advice',
          text: 'Demp dine egne tanker og meninger. Det er den ansatte som skal ha all oppmerksomheten, ikke du.',
          source: AKTIV_LYTTING,
        },
        {
          id: 'vsg-lytt-vandre',
          kind: 'advice',
          text: 'Vi tenker fortere enn vi snakker, og tankene vandrer lett. Styr dem tilbake til det den andre sier, ikke til det du selv skal si.',
          source: LYTTING,
        },
        {
          id: 'vsg-lytt-budskap',
          kind: 'question',
          text: 'Spør deg selv: Hva sier den ansatte egentlig – hva er budskapet?',
          source: SJEKK_UT,
        },
        {
          id: 'vsg-lytt-huskeliste',
          kind: 'step',
          core: true,
          text: 'Vis at du lytter: sitt i en avstand som er behagelig for dere begge; vær åpen, engasjert og tålmodig uten å styre; lytt etter sammenhengen i det som blir sagt; gjenta med egne ord det du har forstått; og si hva du ser i kroppsspråket.',
          source: SJEKK_UT,
        },
        {
          id: 'vsg-lytt-speil',
          kind: 'advice',
          text: 'Vær et speil – ikke et siv som vaier urolig, og ikke en mur som ikke gir noe tilbake. Hold øyekontakt, vend kroppen mot den ansatte og la ansiktet vise at du følger med.',
          source: GOD_LYTTER,
        },
      ],
    },
    {
      id: 'vsg-sporsmal',
      title: 'Spør åpent',
      items: [
        {
          id: 'vsg-spm-apne',
          kind: 'advice',
          text: 'Still åpne spørsmål med så få begrensninger som mulig. Ledende spørsmål gir lett misvisende svar, og ja/nei-spørsmål er lette å smette unna.',
          source: APNE,
        },
        {
          id: 'vsg-spm-hvorfor',
          kind: 'advice',
          core: true,
          text: 'Unngå «hvorfor»: det kan høres ut som bebreidelse og tvil, og den ansatte går i forsvar. Spør heller «Hva fikk deg til å …?»',
          source: HVORFOR,
        },
        {
          id: 'vsg-spm-en-om-gangen',
          kind: 'advice',
          text: 'Ett spørsmål om gangen, tilpasset det den ansatte svarer. Står hen fast, hjelper det ikke å gjenta spørsmålet eller heve stemmen.',
          source: RIKTIGE,
        },
        {
          id: 'vsg-spm-stillhet',
          kind: 'advice',
          text: 'Blir den ansatte stille, gi en tenkepause. Ikke fortsett å spørre, og svar aldri på vegne av den ansatte.',
          source: RIKTIGE,
        },
        {
          id: 'vsg-spm-prosess',
          kind: 'advice',
          text: 'Begynn med «hva», «hvilke» eller «hvordan» – de åpner for refleksjon. Spør «Hvordan reagerte du?» heller enn «Var du redd?».',
          help: 'Slike spørsmål viser også at du stoler på at den ansatte kan vurdere sin egen situasjon.',
          source: RIKTIGE,
        },
      ],
    },
    {
      id: 'vsg-21',
      title: '21 åpne spørsmål',
      items: [
        { id: 'vsg-21-01', kind: 'question', core: true, text: 'Hvordan går det med deg?', source: RIKTIGE },
        {
          id: 'vsg-21-02',
          kind: 'question',
          text: 'Hva kan vi gjøre for at du kommer raskere tilbake?',
          source: RIKTIGE,
        },
        {
          id: 'vsg-21-03',
          kind: 'question',
          core: true,
          text: 'Hvordan ser arbeidsdagen din ut?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.typiskArbeidshverdag'],
        },
        {
          id: 'vsg-21-04',
          kind: 'question',
          text: 'Hva kan gjøre arbeidsdagen din enklere eller enda bedre?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsg-21-05',
          kind: 'question',
          core: true,
          text: 'Hvilke av oppgavene dine er vanskelige å gjøre nå?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomIkkeKanUtfores'],
        },
        {
          id: 'vsg-21-06',
          kind: 'question',
          text: 'Hvordan må arbeidsdagen være for at du skal klare den mens du er delvis sykmeldt?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsg-21-07',
          kind: 'question',
          core: true,
          text: 'Hvilke tiltak bør vi prøve ut først?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        { id: 'vsg-21-08', kind: 'question', text: 'Hvordan ser du for deg veien videre?', source: RIKTIGE },
        {
          id: 'vsg-21-09',
          kind: 'question',
          text: 'Hvordan tror du sykmeldingen vil utvikle seg framover?',
          source: RIKTIGE,
        },
        {
          id: 'vsg-21-10',
          kind: 'question',
          text: 'Hva vil du at vi sier til kollegene om den nye fordelingen av arbeidet?',
          source: RIKTIGE,
        },
        { id: 'vsg-21-11', kind: 'question', text: 'Hvordan vil du beskrive arbeidsmiljøet?', source: RIKTIGE },
        {
          id: 'vsg-21-12',
          kind: 'question',
          text: 'Hva er bra, og hva kan bli bedre?',
          source: RIKTIGE,
        },
        { id: 'vsg-21-13', kind: 'question', text: 'Hvordan opplever du stressnivået?', source: RIKTIGE },
        {
          id: 'vsg-21-14',
          kind: 'question',
          text: 'Hvordan virker arbeidsmiljøet inn på fraværet ditt?',
          source: RIKTIGE,
        },
        {
          id: 'vsg-21-15',
          kind: 'question',
          text: 'Hvordan fungerer samarbeidet med kolleger og ledere?',
          source: RIKTIGE,
        },
        { id: 'vsg-21-16', kind: 'question', text: 'Hva motiverer deg mest nå?', source: RIKTIGE },
        {
          id: 'vsg-21-17',
          kind: 'question',
          text: 'Hva ser du som dine styrker akkurat nå?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
        },
        { id: 'vsg-21-18', kind: 'question', core: true, text: 'Hvilke løsninger ser du?', source: RIKTIGE },
        {
          id: 'vsg-21-19',
          kind: 'question',
          text: 'Hvordan ville den beste arbeidssituasjonen for deg vært nå?',
          source: RIKTIGE,
        },
        {
          id: 'vsg-21-20',
          kind: 'question',
          core: true,
          text: 'Hvordan holder vi kontakten mens du er borte?',
          source: RIKTIGE,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        { id: 'vsg-21-21', kind: 'question', core: true, text: 'Hva er vi enige om?', source: RIKTIGE },
      ],
    },
    {
      id: 'vsg-jobbhjulet',
      title: 'Jobbhjulet',
      items: [
        {
          id: 'vsg-hjul-om',
          kind: 'fact',
          text: 'Jobbhjulet ser på åtte sider ved arbeidsforholdet. Den ansatte gir hvert område et tall fra 0 til 8, der 8 er optimalt. Det hjelper når samtalen er vanskelig å få i gang.',
          source: JOBBHJULET,
        },
        {
          id: 'vsg-hjul-navn',
          kind: 'advice',
          text: 'Navnene på de åtte områdene står i en figur som ikke er med i kildeteksten. Gi områdene navn sammen med den ansatte; forslagene er hentet fra huskelisten over arbeidsmiljøfaktorer.',
          source: JOBBHJULET,
        },
        {
          id: 'vsg-hjul-styr',
          kind: 'advice',
          text: 'La den ansatte styre gjennomgangen og velge hvilke områder hen vil snakke om.',
          source: JOBBHJULET,
        },
        jobWheelArea(1),
        jobWheelArea(2),
        jobWheelArea(3),
        jobWheelArea(4),
        jobWheelArea(5),
        jobWheelArea(6),
        jobWheelArea(7),
        jobWheelArea(8),
        {
          id: 'vsg-hjul-annerledes',
          kind: 'question',
          text: 'Hva skal til for at du blir mer fornøyd med dette området?',
          source: JOBBHJULET,
        },
        {
          id: 'vsg-hjul-energi',
          kind: 'question',
          text: 'Hva tar mest energi, og hva gir mest? Hvor opplever du at du får mest gjennomslag?',
          help: 'Finn til slutt de områdene det er viktigst å jobbe videre med. Målet er god balanse mellom dem.',
          source: JOBBHJULET,
        },
      ],
    },
    {
      id: 'vsg-tilbakemelding',
      title: 'Gi tilbakemelding',
      items: [
        {
          id: 'vsg-tb-offensiv',
          kind: 'advice',
          text: 'Gi tilbakemeldinger som viser at du ser den ansatte som en som kan finne gode løsninger, ikke som et offer for omstendighetene. Anerkjennelse betyr ekstra mye for den som er sykmeldt.',
          source: TILBAKEMELDING,
        },
        {
          id: 'vsg-tb-veiledende',
          kind: 'advice',
          text: 'Veiledende: bekreft, anerkjenn og trygg den ansatte, og inviter til å tenke selv om oppgavene framover. Følg trinnene under.',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-situasjonen',
          kind: 'question',
          text: 'Situasjonen: Hvordan ser du på muligheten din til å komme tilbake?',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-mal',
          kind: 'question',
          text: 'Mål: Hvilke oppgaver ønsker du å gjøre?',
          source: VEILEDENDE,
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
        },
        {
          id: 'vsg-tb-alternativer',
          kind: 'question',
          text: 'Alternativer: Hvilke veier finnes til en god arbeidssituasjon?',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-konsekvenser',
          kind: 'question',
          text: 'Konsekvenser: Hva kan bli bra, og hva kan bli vanskelig, med de nye planene?',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-hindringer',
          kind: 'question',
          text: 'Hindringer: Hva kan stå i veien, og hvordan vil du løse det?',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-beslutning',
          kind: 'question',
          text: 'Beslutning: Hva velger du å gjøre?',
          source: VEILEDENDE,
        },
        {
          id: 'vsg-tb-balansert',
          kind: 'advice',
          text: 'Balansert: vær ærlig i stedet for å smigre, og løft fram det den ansatte lykkes med – det er det hen skal bygge videre på.',
          source: BALANSERTE,
        },
        {
          id: 'vsg-tb-saklig',
          kind: 'advice',
          text: 'Saklig: bygg på konkrete observasjoner, ikke på generelle utsagn, og vis at du har forstått hvordan den ansatte ser det.',
          source: SAKLIGE,
        },
        {
          id: 'vsg-tb-realiserbar',
          kind: 'advice',
          text: 'Realiserbar: ikke pek på svakheter den ansatte ikke kan gjøre noe med. Ta utgangspunkt i det den ansatte kan og har forutsetninger for.',
          source: REALISERBARE,
        },
        {
          id: 'vsg-tb-empatisk',
          kind: 'advice',
          text: 'Empatisk: tenk over hvordan den ansatte vil ta imot det du sier, og hvordan du selv ville reagert i samme situasjon. Følg med på reaksjonen.',
          source: EMPATISKE,
        },
      ],
    },
    {
      id: 'vsg-folelser',
      title: 'Sterke følelser og motivasjon',
      items: [
        {
          id: 'vsg-fol-rolig',
          kind: 'advice',
          text: 'Hold deg rolig og balansert, og ikke la deg provosere.',
          source: EMOSJONELL,
        },
        {
          id: 'vsg-fol-hva-skjer',
          kind: 'question',
          text: 'Ta et skritt ut av situasjonen og se på det som skjer: «Hva skjer nå?» Følg opp med: «Hva gjorde at du reagerte slik?»',
          help: 'Slike spørsmål leder ofte mot det som ligger under, uten at du setter merkelapper på den ansatte.',
          source: EMOSJONELL,
        },
        {
          id: 'vsg-fol-konflikt',
          kind: 'advice',
          text: 'Er forholdet mellom dere preget av konflikt, bør den ansatte kunne ta med tillitsvalgt eller verneombud.',
          source: EMOSJONELL,
        },
        {
          id: 'vsg-fol-grat',
          kind: 'advice',
          text: 'Gråter den ansatte: vis at du forstår, vent tålmodig og spør om hen vil ha en pause. Fortsett helst samtalen – ellers avtal et nytt møte.',
          source: EMOSJONELL,
        },
        {
          id: 'vsg-fol-trusler',
          kind: 'fact',
          text: 'Trusler og aggressiv oppførsel godtas ikke. Avbryt samtalen, men avtal et nytt møte snart.',
          source: EMOSJONELL,
        },
        {
          id: 'vsg-motivasjon',
          kind: 'advice',
          text: 'Motiver: formidle positive forventninger, vis at den ansatte hører til i fellesskapet, og anerkjenn de individuelle behovene.',
          source: MOTIVASJON,
        },
        {
          id: 'vsg-motivasjon-fire-grep',
          kind: 'fact',
          text: 'Fire grep for motivasjon: definer mål; stimuler til ansvar, initiativ, kreativitet og samarbeid; inspirer til å nå resultater; fremme vekst ved å ta hensyn til individuelle behov.',
          source: MOTIVASJON,
        },
        {
          id: 'vsg-mestring',
          kind: 'advice',
          text: 'Gi den ansatte oppgaver hen mestrer fram til fraværet er over. Å mestre noe er blant de viktigste helsefremmende faktorene i arbeidslivet.',
          source: MESTRING,
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
        },
      ],
    },
    {
      id: 'vsg-seks-punkter',
      title: 'Seks punkter å huske',
      items: [
        {
          id: 'vsg-seks-inviter',
          kind: 'step',
          text: 'Inviter: lytt oppmerksomt, og still gode, konkrete og relevante spørsmål.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-atmosfaere',
          kind: 'step',
          text: 'Skap en trygg og behagelig stemning.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-refleksjon',
          kind: 'step',
          text: 'Gi rom for refleksjon: bruk pauser og god tid.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-erkjennelse',
          kind: 'step',
          text: 'Erkjennelse.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-valg',
          kind: 'step',
          text: 'Finn alternative løsninger, og ta valg.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-handling',
          kind: 'step',
          text: 'Handling.',
          source: OPPSUMMERING,
        },
        {
          id: 'vsg-seks-positivt',
          kind: 'advice',
          text: 'Snakk om hvordan dere vil ha det, ikke om hvordan det ikke skal være. Det du retter oppmerksomheten mot, er det som fester seg.',
          source: OPPSUMMERING,
        },
      ],
    },
    {
      id: 'vsg-fallgruver',
      title: 'Fallgruver – og hva du gjør i stedet',
      items: [
        pitfall(
          'fortelle',
          'Du begynner å fortelle hva den ansatte bør gjøre.',
          'Få den ansatte til å fortelle, og spør etter meninger, ideer og forslag.',
        ),
        pitfall(
          'nytter-ikke',
          'Den ansatte tror ikke det nytter.',
          'Utforsk: «Hva har du prøvd?» og «Hva gjør at du tror det ikke hjelper?»',
        ),
        pitfall(
          'ros',
          'Den ansatte tar ikke inn positive tilbakemeldinger.',
          'Be hen si med egne ord hva du sa – kanskje kom ikke budskapet fram.',
        ),
        pitfall(
          'fortiden',
          'Den ansatte vil bare snakke om det som har skjedd.',
          'Ta tak i det hen tar opp, og vis hvordan det kan brukes framover.',
        ),
        pitfall(
          'redd',
          'Den ansatte er redd for å prøve nye forslag på grunn av tidligere erfaringer.',
          'Foreslå en prøveperiode.',
        ),
        pitfall(
          'overvurderer',
          'Den ansatte tror hen er flinkere enn hen faktisk er.',
          'Be om eksempler som underbygger bildet, gi tilbakemelding og la det bli stille en stund.',
        ),
        pitfall(
          'uinteressert',
          'Den ansatte virker lite interessert i samtalen.',
          'Finn ut hva som ligger bak. Prøv andre innfallsvinkler og spørsmål som «Hva skal til for at …», «Hva ønsker du …» og «Hvordan vil du …».',
        ),
        pitfall(
          'dytter',
          'Du presser egne meninger og løsninger over på den ansatte.',
          'Oppmuntre den ansatte til å finne sin egen måte å takle situasjonen på. Står det stille, prøv spørsmål som begynner med «Hva om …?».',
        ),
        pitfall(
          'resultat',
          'Du får ikke resultatet du ventet.',
          'Se på din egen måte å kommunisere på, og vurder om målene bør justeres.',
        ),
      ],
    },
  ],
};
