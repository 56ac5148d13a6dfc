import type { COMMON as NB_COMMON } from '../nb/common';
import type { COMMON_LATER } from '../nb/common-later';
import type { AreaCatalogue } from '../types';

/** English: the panel shell's UI text. */
export const COMMON: AreaCatalogue<typeof NB_COMMON & typeof COMMON_LATER> = {
  'common.status.label': 'Status',
  'common.status.deadline': 'Deadline {date}: {title}',
  'common.status.milestone': 'Next {date}: {title}',
  'common.status.undated': 'Next: {title} ({when})',
  'common.status.progress': '{done} of {total} done',
  'common.loading': 'Reading the page …',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save.pending': 'Saving …',
  'common.save.saved': 'Saved',
  'common.save.error': 'Not saved',
  'common.save.quota':
    'Storage is full. What you typed last is not saved; everything saved before is intact. Delete a case you no longer need, or export it.',
  'common.save.failed': 'Could not save. What you typed last is not saved yet.',
  'common.quarantine.one':
    'Some stored data could not be read and has been set aside ({count} entry). Everything else loaded as usual.',
  'common.quarantine.other':
    'Some stored data could not be read and has been set aside ({count} entries). Everything else loaded as usual.',
  'common.quarantine.save': 'Save it as a file',
  'common.confirm.delete-case': 'Delete “{label}” with all its notes? This cannot be undone.',
  'common.confirm.delete-case.yes': 'Yes, delete the case',
  'common.confirm.delete-case.fallback': 'the case',
  'common.confirm.delete-everything':
    'Delete all cases and notes on this computer, and give back the access to the journal sites you added? This cannot be undone.',
  'common.confirm.delete-everything.yes': 'Yes, delete everything',
  'common.confirm.import-conflict':
    'You already have a case called “{label}” from the same file. Do you want to replace it?',
  'common.confirm.import-conflict.replace': 'Replace the case',
  'common.confirm.import-conflict.as-new': 'Import as a new case',
  'common.free-notes': 'Free notes',
  'common.free-notes.help':
    'Anything that does not belong to a particular question. Write #tag on a line to send it to a field, for example #tilrettelegging.',
  'common.no-guide': 'Choose a conversation guide to get started.',
  'common.print': 'Print / save as PDF',
  'common.privacy':
    'Your notes stay in this browser and are never sent anywhere. Other websites and extensions cannot read them.',
  'common.label-looks-like-id':
    'The case name looks like a national identity number. Use a nickname or something else that does not identify the person.',
  'common.case-label': 'Case {number}',
  'common.case-label.imported': '{label} (imported)',
  'common.notice.rules-failed': 'Could not load the timeline rules. Try closing and reopening the panel.',
  'common.notice.cases-failed': 'Could not read the stored cases. Nothing stored earlier has been deleted.',
  'common.notice.expired.one': '{count} case passed its expiry date and has been deleted.',
  'common.notice.expired.other': '{count} cases passed their expiry date and have been deleted.',
  'common.announce.keep-session': 'The case is now kept only until the browser closes.',
  'common.announce.keep-days.one': 'The case is kept on this computer for {count} day.',
  'common.announce.keep-days.other': 'The case is kept on this computer for {count} days.',
  'common.announce.new-case': 'New case: {label}.',
  'common.announce.case-deleted': 'The case has been deleted.',
  'common.announce.everything-deleted': 'Everything has been deleted: all cases and notes.',
  'common.announce.imported': 'Imported the case “{label}”.',
  'common.announce.ics-saved': 'The deadlines are saved as a calendar file.',
  'common.announce.case-saved': 'The case is saved as a file.',
  'common.announce.language': 'The language is now English.',
  'common.language': 'Language',
  'common.language.auto': 'Same as the browser ({language})',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.language.help':
    'Applies to buttons, menus and messages. The conversation guides are written in Norwegian bokmål.',
};
