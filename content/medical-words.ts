import type { MedicalWord } from '../domain/privacy-guard';

// Words an employer has no right to see: diagnoses, telling symptoms, treatments and medicines
// (ia-funksjonsvurdering, "Plikter og rettigheter": there is no duty to share medical information;
// the employer needs to know what the employee can do). Bokmål and nynorsk. The guard only asks
// before copying, so the list leans towards catching, but a word that fires on ordinary workplace
// text teaches users to click past the warning, so those are left out on purpose.
//
// Matching (see `medicalWordSchema`): whole words, case-insensitive; `prefix` also catches
// inflections and compounds that start with the term (depresjonen, kreftsyk); `part` catches the
// term anywhere in a compound (brystkreft, fødselsdepresjon) and is used only for terms long and
// rare enough not to hide inside ordinary words.
//
// Left out on purpose, because they are ordinary workplace words or name workplaces:
// - syk, sjuk, sykdom, sykmeldt, sykefravær, lege, fastlege: the sick leave itself is known to the employer;
// - vondt, smerter, plager, sliten, trøtt, stress, hodepine: everyday words, and a plan may describe
//   limits in plain terms ("kan ikke løfte tungt");
// - helse (HMS, bedriftshelsetjenesten), medisin (arbeidsmedisin), behandling (saksbehandling),
//   terapi (fysioterapi and ergoterapi help adjust workplaces), rehabilitering (NAV's "arbeidsrettet
//   rehabilitering"), psykisk and psykologisk ("psykisk arbeidsmiljø", "psykologisk trygghet");
// - operasjon (operasjonsleder), brudd (avtalebrudd), slag, anfall, flimmer (skjermflimmer),
//   avhengighet and misbruk (project and legal language), beroligende ("det var beroligende"),
//   innlegging (nynorsk hospital stay, but also data entry in both written forms);
// - sykehus, sjukehus, psykiatri, blodprøve: many people on sick leave work there or do that work;
// - MS, ME, ADD: ordinary words or abbreviations (millisekund, nynorsk "me", English "add");
//   multippel sklerose and ME/CFS are caught by "sklerose" and "cfs";
// - covid, korona: workplaces write infection-control routines.
// Verb forms and phrases are listed too (deprimerer, opereres, "psykiske plager": `followedBy`), and
// ordinary uses are excepted where they are common: the workplace's drug policy (rusmiddelpolitikk),
// Kreftforeningen, "ADHD-vennlig", a machine being diagnosed ("diagnose av serveren": `exceptBefore`).
// Included after weighing it: "utbrent/utbrenthet" (ICD-10 Z73.0, and it tells of mental health),
// pregnancy words (the sykmelding hides "svangerskapsrelatert" from the employer; telling is the
// employee's choice) and common painkillers (any medicine tells of treatment, and they rarely
// appear in workplace text otherwise).

/** The curated list of diagnosis and medical words checked in text the employer will read. */
export const medicalWords: readonly MedicalWord[] = [
  // Diagnoses: mental health
  { word: 'depresjon', category: 'diagnose', match: 'part' },
  { word: 'depressiv', category: 'diagnose', match: 'part' },
  { word: 'deprimert', forms: ['deprimerte', 'deprimerer', 'deprimeres', 'deprimere'], category: 'symptom' },
  // "angst" hides inside many ordinary compounds (fangst, overgangstid, omgangstone, tvangstiltak,
  // gangster), so it is matched at the start of a word, and compounds ending in it are listed.
  { word: 'angst', category: 'diagnose', match: 'prefix' },
  {
    word: 'panikkangst',
    forms: [
      'prestasjonsangst',
      'helseangst',
      'sosialangst',
      'separasjonsangst',
      'dødsangst',
      'livsangst',
      'plassangst',
      'sjeleangst',
      'hjerteangst',
      'tannlegeangst',
      'berøringsangst',
      'eksamensangst',
      'sykdomsangst',
      'sjukdomsangst',
      'flyangst',
    ],
    category: 'diagnose',
    match: 'part',
  },
  { word: 'panikklidelse', forms: ['panikkliding'], category: 'diagnose', match: 'part' },
  { word: 'psykose', category: 'diagnose', match: 'part' },
  { word: 'psykotisk', category: 'diagnose', match: 'part' },
  { word: 'schizofren', forms: ['skizofren'], category: 'diagnose', match: 'part' },
  { word: 'bipolar', category: 'diagnose', match: 'part' },
  { word: 'manisk', forms: ['maniske'], category: 'diagnose' },
  // "ADHD-vennlig" describes a workplace made easier for anyone, not a person's diagnosis.
  { word: 'adhd', category: 'diagnose', match: 'part', except: ['adhdvennl'] },
  { word: 'autisme', category: 'diagnose', match: 'part' },
  { word: 'autist', category: 'diagnose', match: 'part' },
  { word: 'asperger', category: 'diagnose', match: 'part' },
  { word: 'tourette', category: 'diagnose', match: 'part' },
  { word: 'ptsd', category: 'diagnose', match: 'part' },
  { word: 'posttraumatisk', category: 'diagnose', match: 'part' },
  { word: 'ocd', category: 'diagnose' },
  { word: 'tvangslidelse', forms: ['tvangsliding'], category: 'diagnose', match: 'part' },
  { word: 'tvangstank', forms: ['tvangshandling'], category: 'symptom', match: 'part' },
  { word: 'spiseforstyrr', forms: ['eteforstyrr'], category: 'diagnose', match: 'part' },
  { word: 'anoreksi', category: 'diagnose', match: 'part' },
  { word: 'bulimi', category: 'diagnose', match: 'part' },
  { word: 'personlighetsforstyrr', forms: ['personlegdomsforstyrr'], category: 'diagnose', match: 'part' },
  { word: 'utbrent', category: 'diagnose', match: 'part' },
  { word: 'dyslek', category: 'diagnose', match: 'part' },
  { word: 'demens', category: 'diagnose', match: 'part', except: ['tandem'] },
  { word: 'alzheimer', category: 'diagnose', match: 'part' },
  { word: 'parkinson', category: 'diagnose', match: 'part' },
  { word: 'spilleavhengig', forms: ['spillavhengig'], category: 'diagnose', match: 'part' },

  // Diagnoses: cancer
  // Not cancer: "krefter" (forces: arbeidskrefter, drivkrefter), "bekrefte" (confirm), "avkrefte",
  // and "kreftfremkallende"/"cancerogen", which describe chemicals at work (HMS), not the employee.
  {
    word: 'kreft',
    category: 'diagnose',
    match: 'part',
    except: [
      'krefter',
      'kreftene',
      'bekreft',
      'avkreft',
      'kreftfremkall',
      'kreftframkall',
      'kreftforen',
      'kreftforein',
    ],
  },
  { word: 'cancer', category: 'diagnose', match: 'prefix', except: ['cancerogen'] },
  { word: 'tumor', category: 'diagnose', match: 'part' },
  { word: 'svulst', category: 'diagnose', match: 'part', except: ['svulstig'] },
  { word: 'leukemi', category: 'diagnose', match: 'part' },
  { word: 'lymfom', category: 'diagnose', match: 'part' },
  { word: 'melanom', category: 'diagnose', match: 'part' },
  { word: 'sarkom', category: 'diagnose', match: 'part' },
  { word: 'myelom', category: 'diagnose', match: 'part' },
  { word: 'metastase', category: 'diagnose', match: 'part' },

  // Diagnoses: body
  { word: 'migrene', category: 'diagnose', match: 'prefix' },
  { word: 'diabet', category: 'diagnose', match: 'part' },
  { word: 'sukkersyk', forms: ['sukkersjuk'], category: 'diagnose', match: 'part' },
  { word: 'epilep', category: 'diagnose', match: 'part' },
  { word: 'hjerneslag', category: 'diagnose', match: 'part' },
  { word: 'hjerneblødning', category: 'diagnose', match: 'part' },
  { word: 'infarkt', category: 'diagnose', match: 'part' },
  { word: 'hjertesvikt', forms: ['hjartesvikt'], category: 'diagnose', match: 'part' },
  {
    word: 'hjerteflimmer',
    forms: ['hjarteflimmer', 'atrieflimmer', 'forkammerflimmer'],
    category: 'diagnose',
    match: 'part',
  },
  { word: 'hjertestans', forms: ['hjartestans'], category: 'diagnose', match: 'part' },
  { word: 'angina', category: 'diagnose', match: 'prefix' },
  { word: 'arytmi', category: 'diagnose', match: 'part' },
  { word: 'hypertensjon', category: 'diagnose', match: 'part' },
  { word: 'blodpropp', category: 'diagnose', match: 'part' },
  { word: 'trombose', category: 'diagnose', match: 'part' },
  { word: 'emboli', category: 'diagnose', match: 'part' },
  { word: 'sklerose', category: 'diagnose', match: 'part' },
  { word: 'als', category: 'diagnose' },
  // Prefix only: "plastmappe", "fastmaske" and "plastmateriale" contain the letters.
  { word: 'astma', category: 'diagnose', match: 'prefix' },
  { word: 'kols', forms: ['kolsen'], category: 'diagnose' },
  { word: 'betennelse', category: 'diagnose', match: 'part' },
  { word: 'revmat', category: 'diagnose', match: 'part' },
  { word: 'gikt', category: 'diagnose', match: 'part' },
  { word: 'artrose', category: 'diagnose', match: 'part' },
  { word: 'artritt', category: 'diagnose', match: 'part' },
  { word: 'bekhterev', category: 'diagnose', match: 'part' },
  { word: 'fibromyalgi', category: 'diagnose', match: 'part' },
  { word: 'myalgisk', category: 'diagnose', match: 'part' },
  { word: 'cfs', category: 'diagnose' },
  { word: 'syndrom', category: 'diagnose', match: 'part' },
  { word: 'prolaps', category: 'diagnose', match: 'part' },
  { word: 'isjias', category: 'diagnose', match: 'part' },
  { word: 'lumbago', category: 'diagnose', match: 'prefix' },
  { word: 'whiplash', category: 'diagnose', match: 'part' },
  { word: 'tennisalbue', category: 'diagnose', match: 'part' },
  { word: 'musesyke', forms: ['musesjuke'], category: 'diagnose', match: 'part' },
  { word: 'hjernerystelse', forms: ['hjernerysting'], category: 'diagnose', match: 'part' },
  {
    word: 'beinbrudd',
    forms: ['benbrudd', 'lårhalsbrudd', 'håndleddsbrudd', 'ankelbrudd'],
    category: 'diagnose',
    match: 'part',
  },
  { word: 'tinnitus', category: 'diagnose', match: 'part' },
  { word: 'vertigo', category: 'diagnose', match: 'prefix' },
  { word: 'menière', forms: ['meniere'], category: 'diagnose', match: 'prefix' },
  { word: 'crohn', category: 'diagnose', match: 'part' },
  { word: 'kolitt', category: 'diagnose', match: 'part' },
  { word: 'cøliaki', category: 'diagnose', match: 'part' },
  { word: 'ibs', category: 'diagnose' },
  { word: 'hiv', category: 'diagnose' },
  { word: 'aids', category: 'diagnose' },
  { word: 'hepatitt', category: 'diagnose', match: 'part' },
  { word: 'tuberkulose', category: 'diagnose', match: 'part' },
  { word: 'borreli', category: 'diagnose', match: 'part' },
  { word: 'endometriose', category: 'diagnose', match: 'part' },
  { word: 'lammelse', category: 'diagnose', match: 'part', except: ['handlingslamm', 'beslutningslamm'] },
  {
    word: 'nyresvikt',
    forms: ['leversvikt', 'lungesvikt', 'skrumplever', 'cirrose'],
    category: 'diagnose',
    match: 'part',
  },
  { word: 'hjerneskade', forms: ['hodeskade'], category: 'diagnose', match: 'part' },

  // Diagnosis as such
  // Mechanics and IT diagnose machines, not people.
  {
    word: 'diagnose',
    category: 'diagnose',
    match: 'part',
    except: ['systemdiagnose', 'diagnoseverkt', 'diagnosestasjon', 'diagnoseapparat'],
    exceptBefore: [
      'server',
      'nettverk',
      'system',
      'lønnssystem',
      'fagsystem',
      'datasystem',
      'maskin',
      'datamaskin',
      'motoren',
      'bilen',
      'bilene',
      'kjøretøy',
      'anlegg',
      'program',
      'utstyr',
      'ruter',
      'printer',
      'skriveren',
      'database',
      'nettet',
      'heisen',
      'trucken',
      'feilen',
    ],
  },
  {
    word: 'diagnostisert',
    forms: ['diagnostiserte', 'diagnostiseres', 'diagnostiserer', 'diagnostisere'],
    category: 'diagnose',
  },

  // Symptoms that tell of a diagnosis
  { word: 'panikkanfall', category: 'symptom', match: 'part' },
  { word: 'hallusinasjon', category: 'symptom', match: 'part' },
  { word: 'vrangforestilling', category: 'symptom', match: 'part' },
  { word: 'selvmord', forms: ['sjølvmord', 'suicid'], category: 'symptom', match: 'part' },
  { word: 'selvskad', forms: ['sjølvskad'], category: 'symptom', match: 'part' },
  { word: 'nedstemt', forms: ['nedstemthet', 'nedstemtheit'], category: 'symptom', match: 'prefix' },
  { word: 'søvnløshet', forms: ['søvnløys', 'insomni'], category: 'symptom', match: 'part' },
  { word: 'søvnproblem', forms: ['søvnvansk'], category: 'symptom', match: 'part' },
  { word: 'overdose', category: 'symptom', match: 'part' },
  { word: 'abstinens', category: 'symptom', match: 'part' },
  // "utmattende" (an exhausting week) is ordinary; the noun tells of a condition (ME, long covid).
  { word: 'utmattelse', category: 'symptom', match: 'part' },
  { word: 'senfølge', forms: ['seinfølgje', 'senfølgje', 'senskade', 'seinskade'], category: 'helse', match: 'part' },
  // "Psykisk helse" and "psykisk arbeidsmiljø" are workplace topics: only the phrases that tell of illness.
  {
    word: 'psykisk',
    forms: ['psykiske'],
    category: 'helse',
    followedBy: [
      'lidels',
      'liding',
      'plage',
      'helseplage',
      'helseproblem',
      'sykdom',
      'sjukdom',
      'syk',
      'sjuk',
      'uhelse',
      'problem',
      'vansk',
      'dårlig',
      'dårleg',
    ],
  },

  // Substance use
  { word: 'rus', forms: ['rusen', 'ruset', 'ruspåvirket', 'ruspåverka'], category: 'helse' },
  {
    word: 'rusmisbruk',
    forms: ['rusproblem', 'rusavhengig', 'rusbehandling', 'rusmiddel', 'rusmidl'],
    category: 'helse',
    match: 'part',
    // The workplace's drug and alcohol policy (AKAN) is about everyone.
    except: ['rusmiddelpolit', 'rusmiddelpolic', 'rusmiddelforebygg', 'rusmiddelreglement'],
  },
  { word: 'stoffmisbruk', category: 'helse', match: 'part' },
  {
    word: 'alkoholisme',
    forms: ['alkoholiker', 'alkoholavhengig', 'alkoholproblem', 'alkoholmisbruk'],
    category: 'diagnose',
    match: 'part',
  },

  // Pregnancy and fertility: the employee's own to tell
  { word: 'gravid', category: 'helse', match: 'part' },
  { word: 'svangerskap', category: 'helse', match: 'part' },
  { word: 'bekkenløsning', forms: ['bekkenløysing'], category: 'helse', match: 'part' },
  { word: 'abort', category: 'helse', match: 'part' },
  { word: 'ivf', category: 'helse' },
  { word: 'prøverørsbehandling', category: 'helse', match: 'part' },
  { word: 'infertil', category: 'helse', match: 'part' },
  { word: 'barnløs', category: 'helse', match: 'part' },

  // Health records and hospital stays
  { word: 'innleggelse', forms: ['sjukehusinnlegging', 'tvangsinnlegging'], category: 'helse', match: 'part' },
  { word: 'epikrise', category: 'helse', match: 'part' },

  // Treatment
  { word: 'cellegift', category: 'behandling', match: 'part' },
  { word: 'kjemoterapi', category: 'behandling', match: 'part' },
  { word: 'cytostatika', category: 'behandling', match: 'part' },
  { word: 'strålebehandling', forms: ['stråleterapi'], category: 'behandling', match: 'part' },
  { word: 'immunterapi', category: 'behandling', match: 'part' },
  { word: 'dialyse', category: 'behandling', match: 'part' },
  { word: 'transplantasjon', category: 'behandling', match: 'part' },
  { word: 'operert', category: 'behandling', match: 'part', except: ['kooperer'] },
  { word: 'opereres', category: 'behandling' },
  { word: 'medisinert', forms: ['medisineres', 'medisinerer', 'medisinere'], category: 'behandling' },
  { word: 'innlegges', category: 'helse' },
  { word: 'kirurgi', category: 'behandling', match: 'part' },
  { word: 'psykoterapi', forms: ['samtaleterapi'], category: 'behandling', match: 'part' },
  {
    word: 'psykolog',
    forms: [
      'psykologen',
      'psykologer',
      'psykologtime',
      'psykologtimer',
      'psykologtimen',
      'psykologhjelp',
      'psykologbehandling',
    ],
    category: 'behandling',
  },
  { word: 'psykiater', category: 'behandling', match: 'part' },
  { word: 'dps', category: 'behandling' },

  // Medicines: groups
  { word: 'antidepressiv', category: 'legemiddel', match: 'part' },
  { word: 'antipsykotik', category: 'legemiddel', match: 'part' },
  { word: 'ssri', category: 'legemiddel' },
  { word: 'benzodiazepin', category: 'legemiddel', match: 'part' },
  { word: 'opioid', forms: ['opiat'], category: 'legemiddel', match: 'part' },
  { word: 'sentralstimulerende', forms: ['sentralstimulerande'], category: 'legemiddel', match: 'part' },
  { word: 'stemningsstabiliserende', forms: ['stemningsstabiliserande'], category: 'legemiddel', match: 'part' },
  { word: 'smertestillende', forms: ['smertestillande'], category: 'legemiddel', match: 'part' },
  { word: 'sovemedisin', forms: ['sovepille', 'sovetablett'], category: 'legemiddel', match: 'part' },
  { word: 'blodfortynnende', forms: ['blodfortynnande'], category: 'legemiddel', match: 'part' },
  { word: 'insulin', category: 'legemiddel', match: 'part' },

  // Medicines: antidepressants
  { word: 'sertralin', forms: ['zoloft'], category: 'legemiddel', match: 'prefix' },
  { word: 'escitalopram', forms: ['cipralex'], category: 'legemiddel', match: 'prefix' },
  { word: 'citalopram', forms: ['cipramil'], category: 'legemiddel', match: 'prefix' },
  { word: 'fluoksetin', forms: ['fluoxetin', 'fontex'], category: 'legemiddel', match: 'prefix' },
  { word: 'paroksetin', forms: ['paroxetin', 'seroxat'], category: 'legemiddel', match: 'prefix' },
  { word: 'venlafaksin', forms: ['efexor'], category: 'legemiddel', match: 'prefix' },
  { word: 'duloksetin', forms: ['cymbalta'], category: 'legemiddel', match: 'prefix' },
  { word: 'mirtazapin', forms: ['remeron'], category: 'legemiddel', match: 'prefix' },
  { word: 'bupropion', forms: ['wellbutrin'], category: 'legemiddel', match: 'prefix' },
  { word: 'vortioksetin', forms: ['brintellix'], category: 'legemiddel', match: 'prefix' },
  { word: 'agomelatin', forms: ['valdoxan'], category: 'legemiddel', match: 'prefix' },
  { word: 'amitriptylin', forms: ['sarotex'], category: 'legemiddel', match: 'prefix' },

  // Medicines: mood stabilisers, antipsychotics, antiepileptics
  { word: 'litium', forms: ['lithium', 'litiumbehandling'], category: 'legemiddel' },
  { word: 'lamotrigin', forms: ['lamictal'], category: 'legemiddel', match: 'prefix' },
  { word: 'valproat', forms: ['orfiril'], category: 'legemiddel', match: 'prefix' },
  { word: 'karbamazepin', forms: ['tegretol'], category: 'legemiddel', match: 'prefix' },
  { word: 'levetiracetam', forms: ['keppra'], category: 'legemiddel', match: 'prefix' },
  { word: 'kvetiapin', forms: ['quetiapin', 'seroquel'], category: 'legemiddel', match: 'prefix' },
  { word: 'olanzapin', forms: ['zyprexa'], category: 'legemiddel', match: 'prefix' },
  { word: 'aripiprazol', forms: ['abilify'], category: 'legemiddel', match: 'prefix' },
  { word: 'risperidon', forms: ['risperdal'], category: 'legemiddel', match: 'prefix' },
  { word: 'klozapin', forms: ['leponex'], category: 'legemiddel', match: 'prefix' },
  { word: 'haloperidol', forms: ['haldol'], category: 'legemiddel', match: 'prefix' },

  // Medicines: ADHD
  {
    word: 'metylfenidat',
    forms: ['ritalin', 'concerta', 'medikinet', 'equasym'],
    category: 'legemiddel',
    match: 'prefix',
  },
  { word: 'amfetamin', category: 'legemiddel', match: 'part' },
  { word: 'elvanse', forms: ['attentin'], category: 'legemiddel', match: 'prefix' },
  { word: 'atomoksetin', forms: ['strattera'], category: 'legemiddel', match: 'prefix' },
  { word: 'guanfacin', forms: ['intuniv'], category: 'legemiddel', match: 'prefix' },

  // Medicines: sleep and anxiety
  { word: 'zopiklon', forms: ['imovane'], category: 'legemiddel', match: 'prefix' },
  { word: 'zolpidem', forms: ['stilnoct'], category: 'legemiddel', match: 'prefix' },
  { word: 'melatonin', forms: ['circadin'], category: 'legemiddel', match: 'prefix' },
  { word: 'diazepam', forms: ['valium', 'stesolid'], category: 'legemiddel', match: 'prefix' },
  { word: 'oksazepam', forms: ['sobril'], category: 'legemiddel', match: 'prefix' },
  { word: 'alprazolam', forms: ['xanor'], category: 'legemiddel', match: 'prefix' },
  { word: 'klonazepam', forms: ['rivotril'], category: 'legemiddel', match: 'prefix' },
  { word: 'nitrazepam', forms: ['mogadon'], category: 'legemiddel', match: 'prefix' },
  { word: 'pregabalin', forms: ['lyrica'], category: 'legemiddel', match: 'prefix' },
  { word: 'gabapentin', forms: ['neurontin'], category: 'legemiddel', match: 'prefix' },

  // Medicines: pain, opioid substitution, alcohol
  { word: 'tramadol', forms: ['nobligan'], category: 'legemiddel', match: 'prefix' },
  { word: 'kodein', forms: ['paralgin', 'pinex'], category: 'legemiddel', match: 'prefix' },
  { word: 'oksykodon', forms: ['oxycodon', 'oxycontin', 'oxynorm'], category: 'legemiddel', match: 'prefix' },
  { word: 'morfin', forms: ['dolcontin'], category: 'legemiddel', match: 'prefix' },
  { word: 'fentanyl', category: 'legemiddel', match: 'prefix' },
  { word: 'buprenorfin', forms: ['subutex', 'suboxone'], category: 'legemiddel', match: 'prefix' },
  { word: 'metadon', category: 'legemiddel', match: 'prefix' },
  { word: 'naltrekson', category: 'legemiddel', match: 'prefix' },
  { word: 'disulfiram', forms: ['antabus'], category: 'legemiddel', match: 'prefix' },
  { word: 'paracetamol', forms: ['paracet'], category: 'legemiddel', match: 'prefix' },
  { word: 'ibuprofen', forms: ['ibux'], category: 'legemiddel', match: 'prefix' },
  { word: 'diklofenak', forms: ['voltaren'], category: 'legemiddel', match: 'prefix' },
  { word: 'naproksen', forms: ['naproxen'], category: 'legemiddel', match: 'prefix' },
  { word: 'sumatriptan', forms: ['imigran', 'rizatriptan', 'maxalt'], category: 'legemiddel', match: 'prefix' },

  // Medicines: other long-term treatment
  { word: 'metformin', category: 'legemiddel', match: 'prefix' },
  { word: 'semaglutid', forms: ['ozempic', 'wegovy'], category: 'legemiddel', match: 'prefix' },
  { word: 'levotyroksin', forms: ['levaxin', 'euthyrox'], category: 'legemiddel', match: 'prefix' },
  { word: 'prednisolon', category: 'legemiddel', match: 'prefix' },
  { word: 'kortison', category: 'legemiddel', match: 'prefix' },
  { word: 'metotreksat', category: 'legemiddel', match: 'prefix' },
  { word: 'adalimumab', forms: ['humira'], category: 'legemiddel', match: 'prefix' },
];
