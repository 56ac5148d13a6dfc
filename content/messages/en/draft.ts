import type { DRAFT as NB_DRAFT } from '../nb/draft';
import type { DRAFT_AT_START } from '../nb/draft-start';
import type { AreaCatalogue } from '../types';

/** English: the draft area's UI text. */
export const DRAFT: AreaCatalogue<typeof DRAFT_AT_START & typeof NB_DRAFT> = {
  // The draft list
  'draft.title': 'Draft for {form}',
  'draft.loading': 'Fetching the drafts …',
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

  // «Sett inn» and «Fyll inn alle» (entrypoints/sidepanel/model/insert.ts)
  'draft.insert': 'Insert',
  'draft.insert.label': 'Insert into “{field}” on the page',
  'draft.insert-all': 'Fill in all',
  'draft.insert.question.one': '“{field}” already has text on the page ({count} character). What do you want to do?',
  'draft.insert.question.other': '“{field}” already has text on the page ({count} characters). What do you want to do?',
  'draft.insert.question-value': '“{field}” is already filled in on the page. Replace it?',
  'draft.insert.question-all.one': '{count} field on the page already has content. What do you want to do with it?',
  'draft.insert.question-all.other':
    '{count} fields on the page already have content. What do you want to do with them?',
  'draft.insert.replace': 'Replace',
  'draft.insert.append': 'Add',
  'draft.insert.cancel': 'Cancel',
  'draft.findings.insert-anyway': 'Insert anyway',
  'draft.insert.failed': 'Not inserted into “{field}”: {reason}',
  'draft.insert.failed.invalid-message': 'the request was invalid. Nothing has changed.',
  'draft.insert.failed.forbidden-sender': 'only Følgesvenn’s own panel can insert text.',
  'draft.insert.failed.field-not-listed': 'the form has no such field.',
  'draft.insert.failed.invalid-value': 'the value does not fit the field.',
  'draft.insert.failed.wrong-page': 'the page you have open is not this form.',
  'draft.insert.failed.navigated': 'the page has changed since the panel read it. Try again.',
  'draft.insert.failed.not-top-frame': 'the field is inside an embedded frame, where Følgesvenn does not insert text.',
  'draft.insert.failed.field-missing': 'the field is not on the page. Are you on the right step of the form?',
  'draft.insert.failed.field-ambiguous': 'the page has several fields with the same name. Copy the text instead.',
  'draft.insert.failed.field-disabled': 'the field is not active on the page.',
  'draft.insert.failed.field-readonly': 'the field cannot be edited on the page.',
  'draft.insert.failed.option-missing': 'this option is not on the page.',
  'draft.insert.failed.refused': 'the page did not take the text. Copy it instead.',
  'draft.insert.failed.no-content-script': 'Følgesvenn cannot reach the page. Reload the page and try again.',
  'draft.insert.failed.tab-gone': 'the tab is closed.',
  'draft.insert.failed.problem': 'correct the draft first.',
  'draft.announce.inserted': 'Inserted into “{field}”. Check the field on the page.',
  'draft.announce.inserted-all.one': 'Inserted {count} field on the page. Check the form before you send it.',
  'draft.announce.inserted-all.other': 'Inserted {count} fields on the page. Check the form before you send it.',
  'draft.announce.blocked-insert':
    'Not inserted yet: the text contains something the recipient should not see. See the notes.',
  'draft.announce.insert-cancelled': 'Nothing changed in the fields that already had content.',
};
