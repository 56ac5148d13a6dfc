/**
 * Bokmål: the draft area's UI text (keys start with `draft.`), loaded on demand; the two lines shown
 * while the draft list loads are in draft-start.ts.
 */
export const DRAFT = {
  // The draft list
  'draft.copy': 'Kopier',
  'draft.copy-all': 'Kopier alt',
  'draft.copy-text.label': 'Kopier teksten til «{field}»',
  'draft.copy-text.label-limit': 'Kopier teksten til «{field}» (maks {max} tegn)',
  'draft.copy-value.label': 'Kopier verdien til «{field}»',
  'draft.reword': 'Omformuler',
  'draft.field-id': 'Felt:',
  'draft.readers.employer': 'Arbeidsgiveren ser dette feltet.',
  'draft.readers.nav': 'Bare Nav ser dette feltet.',
  'draft.readers.doctor': 'Leses av legen.',
  'draft.edited': 'Redigert av deg.',
  'draft.edited.stale': 'Notatene er endret siden du redigerte.',
  'draft.redraft': 'Lag nytt utkast fra notatene',
  'draft.length.one': '{count} tegn',
  'draft.length.other': '{count} tegn',
  'draft.over.one': '{count} tegn for mye',
  'draft.over.other': '{count} tegn for mye',
  'draft.language-model': 'Tilby omformulering med nettleserens innebygde språkmodell (kjører på maskinen)',
  'draft.empty':
    'Ingen utkast ennå. Skriv notater under spørsmålene, eller i frie notater med #stikkord, så lager Følgesvenn tekst til feltene i skjemaet.',
  'draft.mismatch':
    'Utkastet er til «{form}», men siden du har åpen er «{page}». Sjekk at du limer inn i riktig skjema.',

  // What still stands between a draft and the form (domain/draft.ts DraftProblem)
  'draft.problem.over-limit.one': '{count} tegn for mye: korte ned før du limer inn.',
  'draft.problem.over-limit.other': '{count} tegn for mye: korte ned før du limer inn.',
  'draft.problem.date-not-future': 'Datoen må være fra og med i morgen.',
  'draft.problem.date-too-far': 'Datoen kan være høyst ett år fram i tid.',
  'draft.problem.date-missing': 'Skriv datoen dere ble enige om i notatet (dd.mm.åååå).',
  'draft.problem.option-unknown': 'Skjemaet har bare valgene {options}.',
  'draft.problem.not-answered': 'Ikke svart ennå.',

  // The privacy guard's findings (domain/privacy-guard.ts PrivacyReason)
  'draft.findings.lead': 'Sjekk teksten før du kopierer. Mottakeren bør ikke se dette:',
  'draft.findings.in-field': '(i «{field}»)',
  'draft.findings.copy-anyway': 'Kopier likevel',
  'draft.findings.cancel': 'Avbryt og rett teksten',
  'draft.privacy.id.fnr': 'et fødselsnummer',
  'draft.privacy.id.dnr': 'et D-nummer',
  'draft.privacy.id.hnr': 'et H-nummer (hjelpenummer) eller et testnummer fra Nav',
  'draft.privacy.id.testnr': 'et syntetisk testnummer',
  'draft.privacy.national-id.arbeidsgiver':
    'Dette ser ut som {what}. Arbeidsgiveren skal ikke få det i dette feltet, og nummeret hører ikke hjemme i fritekst.',
  'draft.privacy.national-id.nav':
    'Dette ser ut som {what}. Nav vet allerede hvem saken gjelder, og nummeret hører ikke hjemme i fritekst.',
  'draft.privacy.diagnosis-code.icpc-2-or-icd-10':
    'Dette ser ut som en diagnosekode (ICPC-2 eller ICD-10). Arbeidsgiveren har ikke rett til å kjenne diagnosen.',
  'draft.privacy.diagnosis-code.icd-10':
    'Dette ser ut som en diagnosekode (ICD-10). Arbeidsgiveren har ikke rett til å kjenne diagnosen.',
  'draft.privacy.medical-word.diagnose':
    '«{match}» viser til en diagnose eller sykdom. Arbeidsgiveren har ikke krav på medisinske opplysninger.',
  'draft.privacy.medical-word.symptom':
    '«{match}» beskriver symptomer. Arbeidsgiveren trenger å vite hva som fungerer på jobb, ikke hvordan sykdommen arter seg.',
  'draft.privacy.medical-word.behandling':
    '«{match}» forteller hvilken behandling den ansatte får, og kan avsløre diagnosen.',
  'draft.privacy.medical-word.legemiddel':
    '«{match}» er et legemiddel og kan avsløre diagnosen. Arbeidsgiveren har ikke krav på å vite hvilke medisiner den ansatte bruker.',
  'draft.privacy.medical-word.helse':
    '«{match}» er en helseopplysning som den ansatte selv bestemmer om arbeidsgiveren skal få.',

  // Announcements (read out by the live region after a copy, redraft or rewording)
  'draft.announce.copied.one': 'Kopiert: «{field}» ({count} tegn). Lim inn i feltet på siden.',
  'draft.announce.copied.other': 'Kopiert: «{field}» ({count} tegn). Lim inn i feltet på siden.',
  'draft.announce.copied-all.one': 'Kopiert: {count} felt med overskrift.',
  'draft.announce.copied-all.other': 'Kopiert: alle {count} feltene med overskrifter.',
  'draft.announce.blocked':
    'Ikke kopiert ennå: teksten til «{field}» inneholder noe mottakeren ikke bør se. Se merknadene.',
  'draft.announce.blocked-all': 'Ikke kopiert ennå: noen felt inneholder noe mottakeren ikke bør se. Se merknadene.',
  'draft.announce.copy-failed': 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
  'draft.announce.redrafted': 'Nytt utkast laget fra notatene.',
  'draft.announce.reworded': 'Teksten er omformulert. Les den over før du kopierer.',
  'draft.announce.reword-failed': 'Språkmodellen kunne ikke omformulere teksten. Utkastet er uendret.',

  // «Sett inn» and «Fyll inn alle» (entrypoints/sidepanel/model/insert.ts)
  'draft.insert': 'Sett inn',
  'draft.insert.label': 'Sett inn i «{field}» på siden',
  'draft.insert-all': 'Fyll inn alle',
  'draft.insert.question.one': '«{field}» har allerede tekst på siden ({count} tegn). Hva vil du gjøre?',
  'draft.insert.question.other': '«{field}» har allerede tekst på siden ({count} tegn). Hva vil du gjøre?',
  'draft.insert.question-value': '«{field}» er allerede fylt ut på siden. Vil du erstatte det?',
  'draft.insert.question-all.one': '{count} felt på siden har allerede innhold. Hva vil du gjøre med det?',
  'draft.insert.question-all.other': '{count} felt på siden har allerede innhold. Hva vil du gjøre med dem?',
  'draft.insert.replace': 'Erstatt',
  'draft.insert.append': 'Legg til',
  'draft.insert.cancel': 'Avbryt',
  'draft.findings.insert-anyway': 'Sett inn likevel',
  'draft.insert.failed': 'Ikke satt inn i «{field}»: {reason}',
  'draft.insert.failed.invalid-message': 'forespørselen var ugyldig. Ingenting er endret.',
  'draft.insert.failed.forbidden-sender': 'bare Følgesvenns eget panel kan sette inn tekst.',
  'draft.insert.failed.field-not-listed': 'skjemaet har ikke dette feltet.',
  'draft.insert.failed.invalid-value': 'verdien passer ikke i feltet.',
  'draft.insert.failed.wrong-page': 'siden du har åpen, er ikke dette skjemaet.',
  'draft.insert.failed.navigated': 'siden er endret siden panelet leste den. Prøv igjen.',
  'draft.insert.failed.not-top-frame': 'feltet ligger i en innebygd ramme, og der setter Følgesvenn ikke inn tekst.',
  'draft.insert.failed.field-missing': 'finner ikke feltet på siden. Er du på riktig steg i skjemaet?',
  'draft.insert.failed.field-ambiguous': 'siden har flere felt med samme navn. Kopier teksten i stedet.',
  'draft.insert.failed.field-disabled': 'feltet er ikke aktivt på siden.',
  'draft.insert.failed.field-readonly': 'feltet kan ikke redigeres på siden.',
  'draft.insert.failed.option-missing': 'finner ikke dette valget på siden.',
  'draft.insert.failed.refused': 'siden tok ikke imot teksten. Kopier den i stedet.',
  'draft.insert.failed.no-content-script':
    'Følgesvenn får ikke kontakt med siden. Last inn siden på nytt og prøv igjen.',
  'draft.insert.failed.tab-gone': 'fanen er lukket.',
  'draft.insert.failed.problem': 'rett utkastet først.',
  'draft.announce.inserted': 'Satt inn i «{field}». Sjekk feltet på siden.',
  'draft.announce.inserted-all.one': 'Satt inn {count} felt på siden. Sjekk skjemaet før du sender.',
  'draft.announce.inserted-all.other': 'Satt inn {count} felt på siden. Sjekk skjemaet før du sender.',
  'draft.announce.blocked-insert': 'Ikke satt inn ennå: teksten inneholder noe mottakeren ikke bør se. Se merknadene.',
  'draft.announce.insert-cancelled': 'Ingenting er endret i feltene som allerede hadde innhold.',
} as const;
