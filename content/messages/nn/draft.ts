import type { DRAFT as NB_DRAFT } from '../nb/draft';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the draft area's UI text. */
export const DRAFT: AreaCatalogue<typeof NB_DRAFT> = {
  // The draft list
  'draft.title': 'Utkast til {form}',
  'draft.copy': 'Kopier',
  'draft.copy-all': 'Kopier alt',
  'draft.copy-text.label': 'Kopier teksten til feltet «{field}»',
  'draft.copy-text.label-limit': 'Kopier teksten til feltet «{field}» (maks {max} teikn)',
  'draft.copy-value.label': 'Kopier verdien til feltet «{field}»',
  'draft.reword': 'Omformuler',
  'draft.field-id': 'Felt:',
  'draft.readers.employer': 'Arbeidsgivaren ser dette feltet.',
  'draft.readers.nav': 'Berre Nav ser dette feltet.',
  'draft.readers.doctor': 'Legen les dette feltet.',
  'draft.edited': 'Redigert av deg.',
  'draft.edited.stale': 'Notata er endra sidan du redigerte.',
  'draft.redraft': 'Lag nytt utkast frå notata',
  'draft.length.one': '{count} teikn',
  'draft.length.other': '{count} teikn',
  'draft.over.one': '{count} teikn for mykje',
  'draft.over.other': '{count} teikn for mykje',
  'draft.language-model':
    'Tilby omformulering med den innebygde språkmodellen i nettlesaren (køyrer lokalt på maskina)',
  'draft.empty':
    'Ingen utkast enno. Skriv notat under spørsmåla, eller i frie notat med #stikkord, så lagar Følgesvenn tekst til felta i skjemaet.',
  'draft.mismatch': 'Utkastet er til «{form}», men sida du har open, er «{page}». Sjekk at du limer inn i rett skjema.',

  // What still stands between a draft and the form
  'draft.problem.over-limit.one': '{count} teikn for mykje: kort ned teksten før du limer inn.',
  'draft.problem.over-limit.other': '{count} teikn for mykje: kort ned teksten før du limer inn.',
  'draft.problem.date-not-future': 'Datoen må vere frå og med i morgon.',
  'draft.problem.date-too-far': 'Datoen kan vere høgst eitt år fram i tid.',
  'draft.problem.date-missing': 'Skriv datoen de vart einige om, i notatet (dd.mm.åååå).',
  'draft.problem.option-unknown': 'Skjemaet har berre vala {options}.',
  'draft.problem.not-answered': 'Ikkje svart enno.',

  // The privacy guard's findings
  'draft.findings.lead': 'Sjekk teksten før du kopierer. Mottakaren bør ikkje sjå dette:',
  'draft.findings.in-field': '(i «{field}»)',
  'draft.findings.copy-anyway': 'Kopier likevel',
  'draft.findings.cancel': 'Avbryt og rett opp teksten',
  'draft.privacy.id.fnr': 'eit fødselsnummer',
  'draft.privacy.id.dnr': 'eit D-nummer',
  'draft.privacy.id.hnr': 'eit H-nummer (hjelpenummer) eller eit testnummer frå Nav',
  'draft.privacy.id.testnr': 'eit syntetisk testnummer',
  'draft.privacy.national-id.arbeidsgiver':
    'Dette ser ut som {what}. Arbeidsgivaren skal ikkje få det i dette feltet, og nummeret høyrer ikkje heime i fritekst.',
  'draft.privacy.national-id.nav':
    'Dette ser ut som {what}. Nav veit allereie kven saka gjeld, og nummeret høyrer ikkje heime i fritekst.',
  'draft.privacy.diagnosis-code.icpc-2-or-icd-10':
    'Dette ser ut som ein diagnosekode (ICPC-2 eller ICD-10). Arbeidsgivaren har ikkje rett til å få vite diagnosen.',
  'draft.privacy.diagnosis-code.icd-10':
    'Dette ser ut som ein diagnosekode (ICD-10). Arbeidsgivaren har ikkje rett til å få vite diagnosen.',
  'draft.privacy.medical-word.diagnose':
    '«{match}» viser til ein diagnose eller ein sjukdom. Arbeidsgivaren har ikkje krav på medisinske opplysningar.',
  'draft.privacy.medical-word.symptom':
    '«{match}» skildrar symptom. Arbeidsgivaren treng å vite kva som fungerer på jobben, ikkje korleis sjukdommen artar seg.',
  'draft.privacy.medical-word.behandling':
    '«{match}» fortel kva behandling den tilsette får, og kan avsløre diagnosen.',
  'draft.privacy.medical-word.legemiddel':
    '«{match}» er eit legemiddel og kan avsløre diagnosen. Arbeidsgivaren har ikkje krav på å vite kva medisinar den tilsette bruker.',
  'draft.privacy.medical-word.helse':
    '«{match}» er ei helseopplysning. Det er den tilsette sjølv som avgjer om arbeidsgivaren skal få vite dette.',

  // Announcements
  'draft.announce.copied.one': 'Kopiert: «{field}» ({count} teikn). Lim inn i feltet på sida.',
  'draft.announce.copied.other': 'Kopiert: «{field}» ({count} teikn). Lim inn i feltet på sida.',
  'draft.announce.copied-all.one': 'Kopiert: {count} felt saman med overskrifta.',
  'draft.announce.copied-all.other': 'Kopiert: alle dei {count} felta med overskrifter.',
  'draft.announce.blocked':
    'Ikkje kopiert enno: teksten til «{field}» inneheld noko mottakaren ikkje bør sjå. Sjå merknadene.',
  'draft.announce.blocked-all':
    'Ikkje kopiert enno: nokre felt inneheld noko mottakaren ikkje bør sjå. Sjå merknadene.',
  'draft.announce.copy-failed': 'Klarte ikkje å kopiere. Merk teksten og kopier han sjølv.',
  'draft.announce.redrafted': 'Nytt utkast laga frå notata.',
  'draft.announce.reworded': 'Teksten er omformulert. Les han over før du kopierer.',
  'draft.announce.reword-failed': 'Språkmodellen klarte ikkje å omformulere teksten. Utkastet er uendra.',
};
