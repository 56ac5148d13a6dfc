import type { DRAFT as NB_DRAFT } from '../nb/draft';
import type { AreaCatalogue } from '../types';

/** English: the draft area's UI text. */
export const DRAFT: AreaCatalogue<typeof NB_DRAFT> = {
  // The draft list
  'draft.title': 'Draft for {form}',
  'draft.copy': 'Copy',
  'draft.copy-all': 'Copy all',
  'draft.copy-text.label': 'Copy the text for “{field}”',
  'draft.copy-text.label-limit': 'Copy the text for “{field}” (max {max} characters)',
  'draft.copy-value.label': 'Copy the value for “{field}”',
  'draft.reword': 'Reword',
  'draft.field-id': 'Field:',
  'draft.readers.employer': 'The employer sees this field.',
  'draft.readers.nav': 'Only Nav sees this field.',
  'draft.readers.doctor': 'Read by the doctor.',
  'draft.edited': 'Edited by you.',
  'draft.edited.stale': 'The notes have changed since you edited.',
  'draft.redraft': 'Make a new draft from the notes',
  'draft.length.one': '{count} character',
  'draft.length.other': '{count} characters',
  'draft.over.one': '{count} character too many',
  'draft.over.other': '{count} characters too many',
  'draft.language-model': 'Offer rewording with the browser’s built-in language model (runs on this computer)',
  'draft.empty':
    'No drafts yet. Write notes under the questions, or in the free notes with #tags, and Følgesvenn drafts text for the fields of the form.',
  'draft.mismatch':
    'This draft is for “{form}”, but the page you have open is “{page}”. Check that you paste into the right form.',

  // What still stands between a draft and the form
  'draft.problem.over-limit.one': '{count} character too many: shorten the text before you paste it.',
  'draft.problem.over-limit.other': '{count} characters too many: shorten the text before you paste it.',
  'draft.problem.date-not-future': 'The date must be tomorrow or later.',
  'draft.problem.date-too-far': 'The date can be at most one year ahead.',
  'draft.problem.date-missing': 'Write the date you agreed on in the note (dd.mm.yyyy).',
  'draft.problem.option-unknown': 'The form only has the options {options}.',
  'draft.problem.not-answered': 'Not answered yet.',

  // The privacy guard's findings
  'draft.findings.lead': 'Check the text before you copy it. The recipient should not see this:',
  'draft.findings.in-field': '(in “{field}”)',
  'draft.findings.copy-anyway': 'Copy anyway',
  'draft.findings.cancel': 'Cancel and correct the text',
  'draft.privacy.id.fnr': 'a national identity number (fødselsnummer)',
  'draft.privacy.id.dnr': 'a D number',
  'draft.privacy.id.hnr': 'an H number (help number) or a test number from Nav',
  'draft.privacy.id.testnr': 'a synthetic test number',
  'draft.privacy.national-id.arbeidsgiver':
    'This looks like {what}. The employer must not get it in this field, and the number does not belong in free text.',
  'draft.privacy.national-id.nav':
    'This looks like {what}. Nav already knows who the case is about, and the number does not belong in free text.',
  'draft.privacy.diagnosis-code.icpc-2-or-icd-10':
    'This looks like a diagnosis code (ICPC-2 or ICD-10). The employer has no right to know the diagnosis.',
  'draft.privacy.diagnosis-code.icd-10':
    'This looks like a diagnosis code (ICD-10). The employer has no right to know the diagnosis.',
  'draft.privacy.medical-word.diagnose':
    '“{match}” refers to a diagnosis or an illness. The employer has no right to medical information.',
  'draft.privacy.medical-word.symptom':
    '“{match}” describes symptoms. The employer needs to know what works on the job, not how the illness shows itself.',
  'draft.privacy.medical-word.behandling':
    '“{match}” tells which treatment the employee gets, and can reveal the diagnosis.',
  'draft.privacy.medical-word.legemiddel':
    '“{match}” is a medicine and can reveal the diagnosis. The employer has no right to know which medicines the employee takes.',
  'draft.privacy.medical-word.helse':
    '“{match}” is health information: the employee decides whether the employer gets it.',

  // Announcements
  'draft.announce.copied.one': 'Copied: “{field}” ({count} character). Paste it into the field on the page.',
  'draft.announce.copied.other': 'Copied: “{field}” ({count} characters). Paste it into the field on the page.',
  'draft.announce.copied-all.one': 'Copied: {count} field with its heading.',
  'draft.announce.copied-all.other': 'Copied: all {count} fields with headings.',
  'draft.announce.blocked':
    'Not copied yet: the text for “{field}” contains something the recipient should not see. See the warnings.',
  'draft.announce.blocked-all':
    'Not copied yet: some fields contain something the recipient should not see. See the warnings.',
  'draft.announce.copy-failed': 'Could not copy. Select the text and copy it yourself.',
  'draft.announce.redrafted': 'New draft made from the notes.',
  'draft.announce.reworded': 'The text has been reworded. Read it through before you copy it.',
  'draft.announce.reword-failed': 'The language model could not reword the text. The draft is unchanged.',
};
