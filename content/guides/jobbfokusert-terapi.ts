import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'behandlingsveileder-jobbfokusert-terapi', section });

const BEGRUNNELSEN = cite('Del 1 / Begrunnelsen');
const INTEGRERTE = cite('Integrerte tiltak');
const INTERVENSJONENE = cite('Del 2 / Jobbintervensjonene');
const OVERSIKT = cite('Oversikt over jobbintervensjonene');
const SJEKKLISTE = cite('Sjekkliste for jobbfokusert terapi');
const KARTLEGG = cite('Kartlegg arbeidssituasjonen');
const INFORMASJON = cite('Gi informasjon');
const MESTRING = cite('Mestring, belastning og støtte');
const ANTAKELSER = cite('Kartlegg antakelser');
const FORVENTNINGER = cite('Utforsk forventninger');
const BARRIERER = cite('Utforsk barrierer');
const DIAMANTEN = cite('Bruk av «diamanten»');
const MAL = cite('Lag jobbrelaterte mål');
const DIALOG = cite('Dialog med jobben');
const TILRETTELEGGING = cite('Jobbtilrettelegging');
const TILTAK = cite('Tilretteleggingstiltak');
const INTEGRER = cite('Integrer jobb i terapi');
const TILBAKEFALL = cite('Forebygg tilbakefall');

/**
 * Job-focused therapy (Poliklinikken Raskere tilbake): the ten-step checklist from part 3, each
 * step followed by the questions part 2 gives for it, incl. the eight beliefs about sick leave,
 * the CBT diamond, the adjustment measures and relapse prevention; the information letter is the printable
 * handout (`handout`).
 */
export const jobbfokusertTerapi: Guide = {
  id: 'jobbfokusert-terapi',
  title: 'Jobbfokusert terapi: sjekkliste i ti trinn',
  summary:
    'De ti jobbintervensjonene fra behandlingsveilederen, med spørsmål til hvert trinn. Behandling av plagene og tiltak for jobbmestring går side om side, ikke etter hverandre.',
  roles: ['lege'],
  // Offered by hand (the guide picker), not opened on any page: the GP's journal opens the shorter guides.
  contexts: [],
  // The treatment guide's information letter, in our own words (content/handouts.ts).
  handout: 'pasientinformasjon',
  sections: [
    {
      id: 'jft-grunnlag',
      title: 'Grunnlaget',
      items: [
        {
          id: 'jft-grunnlag-parallelt',
          kind: 'fact',
          text: 'Symptombehandling og tiltak for jobbmestring skal gå parallelt, ikke i rekkefølge. Behandling av plagene alene har lite dokumentert effekt på retur til arbeid.',
          source: INTEGRERTE,
        },
        {
          id: 'jft-grunnlag-fire-premisser',
          kind: 'fact',
          text: 'Fire utgangspunkt: lang sykmelding bør møtes med tiltak for både symptommestring og jobbmestring; lang sykmelding skaper nye hindringer; gradert sykmelding er som regel bedre enn full; dialog med og støtte fra arbeidsplassen kan åpne for tilrettelegging.',
          source: BEGRUNNELSEN,
        },
        {
          id: 'jft-grunnlag-modell',
          kind: 'fact',
          text: 'Modellen har tre faser. Kartlegging: arbeidssituasjon, informasjon, antakelser. Intervensjoner: forventninger, barrierer, jobbmål, dialog med jobben, tilrettelegging og jobb i terapien. Avslutning: forebygge tilbakefall.',
          source: OVERSIKT,
        },
        {
          id: 'jft-grunnlag-sykmelder',
          kind: 'advice',
          text: 'Sørg for at rådene om sykmelding og rådene i behandlingen peker i samme retning. Er det en annen enn deg som sykmelder, samarbeid tett med hen.',
          source: INTERVENSJONENE,
        },
        {
          id: 'jft-grunnlag-hver-time',
          kind: 'advice',
          text: 'Gjør jobb til et tema i hver time, og evaluer jobbmålet og planen for retur med jevne mellomrom.',
          source: INTERVENSJONENE,
        },
        {
          id: 'jft-grunnlag-ikke-full-jobb',
          kind: 'question',
          text: 'Når full jobb ikke er realistisk: hvordan kan pasienten beholde en viss tilhørighet til arbeidslivet, struktur i dagen og en meningsfull hverdag? Hvem er jeg nå, uten yrket?',
          source: INTERVENSJONENE,
        },
      ],
    },
    {
      id: 'jft-01',
      title: '1. Kartlegg arbeidssituasjonen',
      items: [
        {
          id: 'jft-01-steg',
          kind: 'step',
          core: true,
          text: 'Se på hva som er vanskelig og hva som er bra i jobben, både miljøet og oppgavene, og hvilke plager som merkes på jobb.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-01-oversikt',
          kind: 'question',
          text: 'Hva slags jobb har pasienten: konkrete oppgaver, arbeidsmengde, sosialt miljø og forholdet til leder og kolleger?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-pavirkning',
          kind: 'question',
          text: 'Hvordan tror pasienten at plagene påvirker arbeidsevnen akkurat nå? Hvilke oppgaver er vanskelige, og hva finnes av muligheter og støtte?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-skjema',
          kind: 'advice',
          text: 'Gi gjerne skjemaet «Oversikt over arbeidssituasjonen» som hjemmeoppgave etter første time, eller bruk noen av spørsmålene i samtalen.',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-gjennomforbarhet',
          kind: 'advice',
          text: 'Vurder sammen hvor gjennomførbare oppgavene er nå, fra 1 (lett) til 5 (umulig). Spør hvor ofte og hvor lenge de krevende oppgavene varer, og hva som skal til for å klare dem.',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-lette-oppgaver',
          kind: 'question',
          text: 'Hvilke oppgaver er lettere nå, og hvorfor? Slike oppgaver passer tidlig i planen for tilbakevending.',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-gode-dager',
          kind: 'question',
          text: 'Hva gjør du på jobben de dagene du får gjort det du ønsker?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-bestemme-selv',
          kind: 'question',
          text: 'Hvis du kunne bestemme selv: hvordan ville en god arbeidssituasjon sett ut nå?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-arbeidstakerrollen',
          kind: 'advice',
          text: 'Snakk også med pasienten som arbeidstaker, ikke bare som pasient: i yrkesrollen ligger kompetanse og ferdigheter.',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-yrkesvalg',
          kind: 'question',
          text: 'Hva fikk deg til å velge dette yrket?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-givende',
          kind: 'question',
          text: 'Hva har vært spennende og givende i arbeidet gjennom årene?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-meningsfullt',
          kind: 'question',
          text: 'Hva ved jobben opplever du som mest meningsfullt?',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-tidslinje',
          kind: 'advice',
          text: 'Tegn gjerne en tidslinje over yrkeslivet med gode og tunge perioder. Da får ikke den siste, vanskelige tiden prege hele bildet.',
          source: KARTLEGG,
        },
        {
          id: 'jft-01-planer',
          kind: 'question',
          text: 'Hvilke yrkesplaner har du på lengre sikt?',
          source: KARTLEGG,
        },
      ],
    },
    {
      id: 'jft-02',
      title: '2. Gi informasjon',
      items: [
        {
          id: 'jft-02-steg',
          kind: 'step',
          core: true,
          text: 'Drøft mulige bivirkninger av lang og full sykmelding, og sammenhengen mellom psykisk helse og arbeid.',
          help: 'Informasjonen til pasienten skriver du ut med knappen øverst i guiden.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-02-arbeid-bra',
          kind: 'fact',
          text: 'Å være i jobb er som regel bra for den psykiske helsen, også når man har plager. De fleste med depresjon eller angst er i arbeid og fungerer godt der.',
          source: INFORMASJON,
        },
        {
          id: 'jft-02-lang-sykmelding',
          kind: 'fact',
          text: 'Lang sykmelding kan gi passivitet, isolasjon og grubling, og gjør terskelen for å komme tilbake høyere.',
          source: INFORMASJON,
        },
        {
          id: 'jft-02-gradert',
          kind: 'fact',
          text: 'Gradert sykmelding: pasienten gjør en del av jobben mot lønn og får sykepenger for resten – enten med kortere arbeidstid, eller på full tid med lavere krav, for eksempel halvparten av det vanlige.',
          source: INFORMASJON,
        },
        {
          id: 'jft-02-kontroll',
          kind: 'question',
          text: 'Kan du selv bestemme tempo og rekkefølge på oppgavene? Har du innflytelse på hvordan arbeidet ditt organiseres? Kan du utsette planlagte oppgaver når noe uventet skjer?',
          help: 'Jo mer selvstendighet og støtte, desto mer kan man ta på seg uten skadelig jobbstress.',
          source: INFORMASJON,
        },
        {
          id: 'jft-02-mestring-og-stotte',
          kind: 'fact',
          text: 'Troen på at man mestrer jobben demper stress og øker sjansen for å komme tilbake etter lengre fravær. Høye krav med liten kontroll øker risikoen for helseplager, mens støtte fra leder og kolleger henger sammen med mindre fravær.',
          source: MESTRING,
        },
        {
          id: 'jft-02-arbeidsgivers-ansvar',
          kind: 'fact',
          text: 'Loven pålegger arbeidsplassen å forebygge skadelig stress. En tydelig rolle, forutsigbarhet og faglig, praktisk og sosial støtte gjør belastningen lettere å mestre.',
          source: INFORMASJON,
        },
        {
          id: 'jft-02-ny-jobb',
          kind: 'advice',
          text: 'Vil pasienten over i en ny jobb? Det kan likevel lønne seg å gå tilbake til den gamle arbeidsplassen mens hen søker: der kan hen øve på mestring og avslutte med hevet hode.',
          source: INFORMASJON,
        },
      ],
    },
    {
      id: 'jft-03',
      title: '3. Kartlegg antakelser',
      items: [
        {
          id: 'jft-03-steg',
          kind: 'step',
          core: true,
          text: 'Kartlegg sykmeldingsgraden, hvordan pasienten opplever å være sykmeldt, og hva hen tror om sykmelding.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-03-rom',
          kind: 'advice',
          text: 'Gi rom for å fortelle hvordan det er å være utslitt, utilstrekkelig eller dårlig behandlet på jobben. Da er det mindre fare for at forslag om alternativer til full sykmelding oppleves som mistro.',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-frisk-forst',
          kind: 'step',
          text: 'Antakelse: «Jeg må gå i behandling og bli helt frisk før jeg kan jobbe.»',
          help: 'Kryss av antakelsene pasienten kjenner seg igjen i.',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-for-syk',
          kind: 'step',
          text: 'Antakelse: «Jeg er for syk til å jobbe.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-for-sliten',
          kind: 'step',
          text: 'Antakelse: «Jeg er for sliten, nedfor eller engstelig til å jobbe.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-ikke-onsket',
          kind: 'step',
          text: 'Antakelse: «De vil ikke ha meg på jobben.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-konflikt',
          kind: 'step',
          text: 'Antakelse: «Jeg er part i en konflikt på jobben.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-signal',
          kind: 'step',
          text: 'Antakelse: «Jeg vil gi ledelsen et signal.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-grenser',
          kind: 'step',
          text: 'Antakelse: «Jeg må lære meg å sette grenser.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-antakelse-hjemme',
          kind: 'step',
          text: 'Antakelse: «Situasjonen hjemme er svært tung.»',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-historien',
          kind: 'question',
          text: 'Hvordan ble sykmeldingen bestemt, og hva skjedde i tiden før?',
          help: 'Mange har hatt plager lenge og likevel vært i full jobb. Noen bruker sykmeldingen som protest, eller for å beskytte seg mot nedbemanning eller omplassering.',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-hjulpet',
          kind: 'question',
          text: 'Hvordan har sykmeldingen hjulpet deg?',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-tapt',
          kind: 'question',
          text: 'Hva har du eventuelt mistet ved å være sykmeldt?',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-skal-til',
          kind: 'question',
          text: 'Hva konkret tror du skal til for at du kommer tilbake i jobb?',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-fordeler-ulemper',
          kind: 'step',
          text: 'Skriv opp fordeler og ulemper ved full sykmelding på et ark eller en tavle, og vurder sammen om gradert sykmelding er et alternativ.',
          source: ANTAKELSER,
          note: true,
        },
        {
          id: 'jft-03-yte-mindre',
          kind: 'question',
          text: 'Går det an å være på jobb uten å yte maksimalt? Hva tror du leder og kolleger mener om det – og hva mener du selv om kolleger som gjør det?',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-sykere',
          kind: 'question',
          text: 'Er du redd for å bli sykere av å jobbe? Eller tenker du at du må bli frisk og få hvile før du kan komme tilbake?',
          source: ANTAKELSER,
        },
        {
          id: 'jft-03-andre',
          kind: 'question',
          text: 'Hvordan tror du andre, på jobben og hjemme, ser på sykmeldingen din? Hvilke råd har du fått, og hva mener du selv?',
          source: ANTAKELSER,
        },
      ],
    },
    {
      id: 'jft-04',
      title: '4. Utforsk forventninger',
      items: [
        {
          id: 'jft-04-steg',
          kind: 'step',
          core: true,
          text: 'Utforsk hva pasienten forventer om å komme tilbake til jobb.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-04-noen-uker',
          kind: 'question',
          text: 'Tror du at du kan komme tilbake til jobben i løpet av noen uker?',
          help: 'Trolig det viktigste spørsmålet tidlig i forløpet. Utforsk hva som ligger bak svaret, enten det er ja eller nei.',
          source: FORVENTNINGER,
        },
        {
          id: 'jft-04-prediktor',
          kind: 'fact',
          text: 'Ved vanlige psykiske lidelser forutsier pasientens forventning om å komme tilbake, og troen på å mestre jobben, om retur faktisk skjer.',
          source: FORVENTNINGER,
        },
      ],
    },
    {
      id: 'jft-05',
      title: '5. Utforsk barrierer',
      items: [
        {
          id: 'jft-05-steg',
          kind: 'step',
          core: true,
          text: 'Spør hva pasienten opplever som hindringer, eller frykter skal skje, om hen begynner å jobbe i løpet av noen uker – helt eller gradert.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-05-vanskelig',
          kind: 'question',
          text: 'Hva er det som gjør det tungt å komme tilbake på jobb?',
          source: BARRIERER,
        },
        {
          id: 'jft-05-storste',
          kind: 'question',
          text: 'Hva er de største hindringene?',
          source: BARRIERER,
        },
        {
          id: 'jft-05-begynne-na',
          kind: 'question',
          text: 'Hva tror du skjer om du begynner å jobbe nå eller ganske snart? Hvilke problemer kan dukke opp?',
          source: BARRIERER,
        },
        {
          id: 'jft-05-utenom',
          kind: 'advice',
          text: 'Spør også om det som ligger utenfor selve oppgavene: konflikter på jobben, familien, reisen til jobb, støy, skift som forstyrrer søvnen og ensomt arbeid som gir rom for grubling.',
          source: BARRIERER,
        },
        {
          id: 'jft-05-unngaelse',
          kind: 'fact',
          text: 'Etter lang sykmelding kan forholdet til jobben bli nærmest fobisk: meldinger fra jobben blir ikke åpnet, og steder der man kan møte kolleger unngås.',
          source: BARRIERER,
        },
      ],
    },
    {
      id: 'jft-diamanten',
      title: 'Diamanten',
      items: [
        {
          id: 'jft-diamant-bruk',
          kind: 'advice',
          text: 'Tegn diamanten sammen med pasienten for én konkret jobbhendelse, for eksempel et møte med leder. Vis med piler hvordan hjørnene forsterker hverandre i en ond sirkel, og tegn en ring rundt for omgivelsene.',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-omgivelser',
          kind: 'question',
          text: 'Omgivelsene: Hva var situasjonen? Hva ventet du deg av leder, kolleger eller kunder?',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-tanker',
          kind: 'question',
          text: 'Tanker: Hva gikk gjennom hodet ditt?',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-folelser',
          kind: 'question',
          text: 'Følelser: Hva kjente du – for eksempel frykt, skam, skyld, sinne eller bitterhet?',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-kropp',
          kind: 'question',
          text: 'Kroppen: Merket du reaksjoner som uro, kvalme, hjertebank eller spente muskler?',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-handlinger',
          kind: 'question',
          text: 'Handlinger: Hva gjorde du? Unngikk du noe, eller ble oppgavene vanskelige å gjennomføre?',
          source: DIAMANTEN,
        },
        {
          id: 'jft-diamant-tiltak',
          kind: 'advice',
          text: 'Bruk diamanten til å sortere en kaotisk situasjon og til å finne tiltak for hvert hjørne: tanker, følelser, kropp, handlinger og relasjoner.',
          source: DIAMANTEN,
        },
      ],
    },
    {
      id: 'jft-06',
      title: '6. Lag et jobbrelatert mål',
      items: [
        {
          id: 'jft-06-steg',
          kind: 'step',
          core: true,
          text: 'Se om dere kan lage en opptrappingsplan allerede ved oppstart, eller midtveis hvis det trengs mer forarbeid. Er pasienten uten jobb, lag en plan for jobbsøking.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-06-mal',
          kind: 'question',
          text: 'Hva er målet ditt: full jobb, en ny jobb eller bedre balanse mellom helsen og kravene i jobben?',
          source: MAL,
        },
        {
          id: 'jft-06-tid',
          kind: 'question',
          text: 'Hvor lang tid tror du at du trenger? Når ser du for deg å være helt tilbake?',
          source: MAL,
        },
        {
          id: 'jft-06-start',
          kind: 'advice',
          text: 'Tilpass starten: noen klarer økter på tre–fire timer to–tre dager i uka, andre bør begynne med et besøk, en kaffeprat eller et møte med leder. Spør hva pasienten har erfart ved tidligere sykmeldinger.',
          source: MAL,
        },
        {
          id: 'jft-06-symptomtrykk',
          kind: 'fact',
          text: 'Si fra på forhånd at plagene kan øke en periode når jobben starter igjen. Det betyr ikke at veien er feil; på sikt gir den bedre helse og mer kontroll.',
          source: MAL,
        },
        {
          id: 'jft-06-tempo',
          kind: 'advice',
          text: 'Noen trenger mot til å starte eller trappe opp, andre trenger hjelp til å holde igjen. Minn om at ting tar tid og at små skritt teller.',
          source: MAL,
        },
        {
          id: 'jft-06-elektrikeren',
          kind: 'fact',
          text: 'Eksempel: En elektriker med depresjon begynte med 50 % sykmelding og halve dager på jobb, men rakk bare halvparten av det han vanligvis fikk gjort på den tiden. Med 75 % sykmelding og fortsatt halve dager passet kravene til arbeidsevnen: han mestret mer, og arbeidsgiveren fikk riktig kompensasjon.',
          source: MAL,
        },
      ],
    },
    {
      id: 'jft-07',
      title: '7. Dialog med jobben',
      items: [
        {
          id: 'jft-07-steg',
          kind: 'step',
          core: true,
          text: 'Snakk om hva pasienten vil si på jobben om plagene sine, til hvem og når – og lag en informasjonsstrategi hvis det trengs.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-07-apenhet',
          kind: 'question',
          text: 'Har du vært åpen om plagene før, eller tenker du å være det? Hva kan fordelene og ulempene bli?',
          help: 'Begynn gjerne med ulempene.',
          source: DIALOG,
        },
        {
          id: 'jft-07-ytterpunkter',
          kind: 'fact',
          text: 'To ytterpunkter: å si ingenting gir grobunn for spekulasjoner, å si alt til alle kan bli for personlig. En informasjonsstrategi sier hvem som får vite hva, hvordan og når.',
          source: DIALOG,
        },
        {
          id: 'jft-07-kolleger-vite',
          kind: 'question',
          text: 'Hva vil du at kollegene skal vite om plagene og om vanskene de gir i jobben?',
          source: DIALOG,
        },
        {
          id: 'jft-07-hvem-hva',
          kind: 'question',
          text: 'Hva vil du si til hvem, og i hvilken situasjon?',
          source: DIALOG,
        },
        {
          id: 'jft-07-hensikt',
          kind: 'question',
          text: 'Hva vil du oppnå med det du sier?',
          source: DIALOG,
        },
        {
          id: 'jft-07-tilrettelegging',
          kind: 'question',
          text: 'Hvilken informasjon kan gjøre tilretteleggingen av jobben bedre?',
          source: DIALOG,
        },
        {
          id: 'jft-07-formuleringer',
          kind: 'question',
          text: 'Hvilke formuleringer er du komfortabel med?',
          source: DIALOG,
        },
        {
          id: 'jft-07-hvis-sa',
          kind: 'step',
          text: 'Lag korte, ferdige svar i formen «Hvis noen spør …, så …» til spørsmål fra kolleger, kunder eller samarbeidspartnere.',
          help: 'Svarene skal oppleves sanne, ivareta verdigheten og passe til hvem som spør.',
          source: DIALOG,
          note: true,
        },
        {
          id: 'jft-07-rollespill',
          kind: 'advice',
          text: 'Øv gjerne i rollespill der du spiller leder eller kollega og gir tilbakemelding.',
          source: DIALOG,
        },
        {
          id: 'jft-07-konkret',
          kind: 'advice',
          text: 'I samtalen med leder: vær så konkret som mulig på behovene, og fortell også om ressursene – det som fungerer og oppgavene pasienten kan og vil fortsette med.',
          source: DIALOG,
        },
        {
          id: 'jft-07-arbeidsgiver',
          kind: 'advice',
          text: 'Løft fram arbeidsgiverens behov for forutsigbarhet og vikar. Er dialogen med leder vanskelig, vurder hjelp fra verneombud, HR, bedriftslege, fastlege eller tillitsvalgt – eller bruk dialogmøtet med Nav til å ta opp behovet for tilrettelegging.',
          source: DIALOG,
        },
      ],
    },
    {
      id: 'jft-08',
      title: '8. Jobbtilrettelegging',
      items: [
        {
          id: 'jft-08-steg',
          kind: 'step',
          core: true,
          text: 'Spør hvilke muligheter for tilrettelegging som finnes, og hva pasienten trenger. Målet er mestring og bedre selvfølelse.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-08-provd',
          kind: 'question',
          text: 'Er tilrettelegging prøvd? Finnes det en plan for gradvis tilbakevending, med arbeidsplassen eller med sykmelder?',
          source: TILRETTELEGGING,
        },
        {
          id: 'jft-08-plikter',
          kind: 'fact',
          text: 'Arbeidsgiveren har en omfattende plikt til å tilrettelegge. Den sykmeldte skal være i arbeidsrettet aktivitet så tidlig som mulig og senest innen åtte uker, med mindre tungtveiende medisinske grunner hindrer det eller tilrettelegging ikke er mulig på arbeidsplassen. Gradert sykmelding oppfyller plikten.',
          source: {
            document: 'timeline',
            section: '1. The milestone table',
            law: 'folketrygdloven § 8-8 andre ledd og arbeidsmiljøloven § 4-6',
          },
        },
        {
          id: 'jft-08-meningsfulle',
          kind: 'advice',
          text: 'Tilrettelegging er mer enn å fjerne eller forenkle oppgaver: behold de meningsfulle oppgavene som gir mestring, så pasienten fortsatt opplever seg som en ressurs.',
          source: TILRETTELEGGING,
        },
        {
          id: 'jft-08-faktorer',
          kind: 'fact',
          text: 'Tre forhold å vurdere: hvor mye pasienten selv kan styre tempo, rekkefølge og arbeidssituasjon; hvordan kontakten med kollegene er; og hvordan samarbeidet med leder fungerer.',
          source: TILRETTELEGGING,
        },
        {
          id: 'jft-08-tiltak-lavere-krav',
          kind: 'step',
          text: 'Lavere krav en periode: færre eller oppdelte oppgaver, mindre ansvarsområde, delegering, samarbeid eller en sparringspartner.',
          source: TILTAK,
        },
        {
          id: 'jft-08-tiltak-tydelige-krav',
          kind: 'step',
          text: 'Tydeligere krav og forventninger, og en klar stillingsbeskrivelse.',
          source: TILTAK,
        },
        {
          id: 'jft-08-tiltak-opplaering',
          kind: 'step',
          text: 'Opplæring, støtte til beslutninger eller en mentor som gir faglig trygghet.',
          source: TILTAK,
        },
        {
          id: 'jft-08-tiltak-fleksibilitet',
          kind: 'step',
          text: 'Mer fleksibilitet og egenkontroll en periode: tempo, rekkefølge og struktur på oppgavene, og hvordan arbeidsdagen og arbeidstiden legges opp.',
          source: TILTAK,
        },
        {
          id: 'jft-08-tiltak-stotte',
          kind: 'step',
          text: 'Ekstra praktisk eller sosial støtte en periode, for eksempel faste samtaler med nærmeste leder eller en erfaren kollega.',
          source: TILTAK,
        },
      ],
    },
    {
      id: 'jft-09',
      title: '9. Integrer jobb i terapien',
      items: [
        {
          id: 'jft-09-steg',
          kind: 'step',
          core: true,
          text: 'Knytt terapien til jobb eller jobbsøking der det passer.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-09-energi',
          kind: 'question',
          text: 'Energien er lav nå – hvordan merkes det på jobben?',
          source: INTEGRER,
        },
        {
          id: 'jft-09-mindre-angst',
          kind: 'question',
          text: 'Finnes det situasjoner på jobben der angsten er mindre?',
          source: INTEGRER,
        },
        {
          id: 'jft-09-struktur',
          kind: 'question',
          text: 'Hvordan kunne jobben gitt deg struktur og støtte her?',
          source: INTEGRER,
        },
        {
          id: 'jft-09-hjemmeoppgave',
          kind: 'step',
          text: 'Avtal en jobbrelatert hjemmeoppgave i hver time, lett å gjennomføre og relevant for målet – for eksempel å spise lunsj med kollegene, eller gå til inngangen på jobben og legge merke til tanker, følelser og kroppsreaksjoner.',
          source: INTEGRER,
          note: true,
        },
        {
          id: 'jft-09-heis',
          kind: 'fact',
          text: 'Et bilde å bruke: heisskrekk blir man ikke kvitt ved å snakke om heiser, men ved å øve på å kjøre heis. På samme måte gir jobben erfaringene terapien trenger.',
          source: INTEGRER,
        },
      ],
    },
    {
      id: 'jft-10',
      title: '10. Forebygg tilbakefall',
      items: [
        {
          id: 'jft-10-steg',
          kind: 'step',
          core: true,
          text: 'Finn ut hvilke funksjonsproblemer som gjenstår på jobb, og hva som gjør at pasienten fortsatt er sykmeldt. Utforsk problemer som kan komme, og hvordan de kan møtes.',
          source: SJEKKLISTE,
        },
        {
          id: 'jft-10-forvent',
          kind: 'advice',
          text: 'Forbered pasienten på at plager kan dukke opp igjen i en ofte lang overgangsperiode. Det hører med til rehabiliteringen, og det er godt å kunne ta kontakt ved behov.',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-rest',
          kind: 'advice',
          text: 'Står en liten rest av sykmeldingen igjen, for eksempel 20 %, og er den vanskelig å slippe? Utforsk holdningene bak på samme måte som i starten.',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-viktigste',
          kind: 'question',
          text: 'Hva er det viktigste du kan gjøre for å unngå nye plager og ny sykmelding?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-tegn',
          kind: 'question',
          text: 'Hvilke tegn viser at en ny depressiv periode er på vei?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-risiko',
          kind: 'question',
          text: 'Hvilke situasjoner er særlig risikable for deg?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-tidlig',
          kind: 'question',
          text: 'Hva kan du gjøre tidlig for å forebygge?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-snakke-med',
          kind: 'question',
          text: 'Hvem kan du snakke med hvis det blir tungt?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-ta-med',
          kind: 'question',
          text: 'Hva tar du med deg fra behandlingen for å holde deg frisk?',
          source: TILBAKEFALL,
        },
        {
          id: 'jft-10-faresignaler-jobb',
          kind: 'question',
          text: 'Hva er faresignalene på jobben – å utsette oppgaver, bli lett irritert, droppe lunsjen med de andre, ikke klare å sette grenser for mengde og krav? Hvilke tiltak hjelper da, og når bør leder og kolleger få vite?',
          source: TILBAKEFALL,
        },
      ],
    },
  ],
};
