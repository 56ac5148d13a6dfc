import type { DRAFT as NB_DRAFT } from '../nb/draft';
import type { DRAFT_AT_START } from '../nb/draft-start';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the draft area's UI text. */
export const DRAFT: AreaCatalogue<typeof DRAFT_AT_START & typeof NB_DRAFT> = {
  // The draft list
  'draft.title': 'Utkast til {form}',
  'draft.loading': 'Hentar utkasta …',
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

  // «Sett inn» and «Fyll inn alle» (entrypoints/sidepanel/model/insert.ts)
  'draft.insert': 'Set inn',
  'draft.insert.label': 'Set inn i «{field}» på sida',
  'draft.insert-all': 'Fyll inn alle',
  'draft.insert.question.one': '«{field}» har allereie tekst på sida ({count} teikn). Kva vil du gjere?',
  'draft.insert.question.other': '«{field}» har allereie tekst på sida ({count} teikn). Kva vil du gjere?',
  'draft.insert.question-value': '«{field}» er allereie fylt ut på sida. Vil du erstatte det?',
  'draft.insert.question-all.one': '{count} felt på sida har allereie innhald. Kva vil du gjere med det?',
  'draft.insert.question-all.other': '{count} felt på sida har allereie innhald. Kva vil du gjere med dei?',
  'draft.insert.replace': 'Erstatt',
  'draft.insert.append': 'Legg til',
  'draft.insert.cancel': 'Avbryt',
  'draft.findings.insert-anyway': 'Set inn likevel',
  'draft.insert.failed': 'Ikkje sett inn i «{field}»: {reason}',
  'draft.insert.failed.invalid-message': 'førespurnaden var ugyldig. Ingenting er endra.',
  'draft.insert.failed.forbidden-sender': 'berre Følgesvenn sitt eige panel kan setje inn tekst.',
  'draft.insert.failed.field-not-listed': 'skjemaet har ikkje dette feltet.',
  'draft.insert.failed.invalid-value': 'verdien passar ikkje i feltet.',
  'draft.insert.failed.wrong-page': 'sida du har open, er ikkje dette skjemaet.',
  'draft.insert.failed.navigated': 'sida er endra sidan panelet las ho. Prøv igjen.',
  'draft.insert.failed.not-top-frame': 'feltet ligg i ei innebygd ramme, og der set ikkje Følgesvenn inn tekst.',
  'draft.insert.failed.field-missing': 'finn ikkje feltet på sida. Er du på rett steg i skjemaet?',
  'draft.insert.failed.field-ambiguous': 'sida har fleire felt med same namn. Kopier teksten i staden.',
  'draft.insert.failed.field-disabled': 'feltet er ikkje aktivt på sida.',
  'draft.insert.failed.field-readonly': 'feltet kan ikkje redigerast på sida.',
  'draft.insert.failed.option-missing': 'finn ikkje dette valet på sida.',
  'draft.insert.failed.refused': 'sida tok ikkje imot teksten. Kopier han i staden.',
  'draft.insert.failed.no-content-script':
    'Følgesvenn får ikkje kontakt med sida. Last inn sida på nytt og prøv igjen.',
  'draft.insert.failed.tab-gone': 'fana er lukka.',
  'draft.insert.failed.problem': 'rett utkastet først.',
  'draft.announce.inserted': 'Sett inn i «{field}». Sjekk feltet på sida.',
  'draft.announce.inserted-all.one': 'Sett inn {count} felt på sida. Sjekk skjemaet før du sender.',
  'draft.announce.inserted-all.other': 'Sett inn {count} felt på sida. Sjekk skjemaet før du sender.',
  'draft.announce.blocked-insert':
    'Ikkje sett inn enno: teksten inneheld noko mottakaren ikkje bør sjå. Sjå merknadene.',
  'draft.announce.insert-cancelled': 'Ingenting er endra i felta som allereie hadde innhald.',
};
