import type { SITE as NB_SITE } from '../nb/site';
import type { SITE_PAGES } from '../nb/site-pages';
import type { AreaCatalogue } from '../types';

/** English: the site area's UI text. */
export const SITE: AreaCatalogue<typeof NB_SITE & typeof SITE_PAGES> = {
  'site.add.region': 'Use Følgesvenn on this page',
  'site.add.suggestion':
    'This page looks like a patient record system (it has fields and headings about sick leave and diagnosis). Do you want to use Følgesvenn here?',
  'site.add.use-on': 'Use Følgesvenn on {origin}',
  'site.add.address': 'Use Følgesvenn on a patient record system: its address (https://…)',
  'site.add.address.placeholder': 'https://journal.eksempel.no',
  'site.add.submit': 'Add',
  'site.add.note':
    'The browser asks for your permission first. Følgesvenn reads only the headings and field names on the page, never what is in the fields or the record.',
  'site.message.address-missing':
    'Type the address of the patient record system, for example https://journal.eksempel.no.',
  'site.message.access-denied': 'Følgesvenn did not get access to {origin}. Nothing has changed.',
  'site.message.added': 'Følgesvenn is now used on {origin}. You can remove the site under Settings.',
  'site.message.request-rejected': 'The browser refused the request for access.',
  'site.message.removed': '{origin} has been removed, and its access revoked.',
  'site.nav-unread':
    'Følgesvenn is not reading this Nav page. If it is a sick-leave page that was open before Følgesvenn was installed or updated, reload it (F5) and Følgesvenn will read it.',
  'site.role': 'Role',
  'site.role.from-page': 'From the page',
  'site.role.from-page.detected': 'From the page ({role})',
  'site.role.leder': 'Manager',
  'site.role.veileder': 'Nav adviser',
  'site.role.lege': 'Doctor',
  'site.settings': 'Settings',
  'site.settings.sites': 'Patient record systems',
  'site.settings.empty':
    'No patient record systems have been added. Open the record, and choose “Use Følgesvenn on this page” in the panel.',
  'site.settings.from-organisation': 'From your organisation',
  'site.settings.added-by-user': 'Added by you',
  'site.settings.granted': 'access granted',
  'site.settings.not-granted': 'no access',
  'site.settings.remove': 'Remove',
  'site.settings.grant': 'Grant access',
  'site.shortcut.title': 'Keyboard shortcuts',
  'site.shortcut.next-previous': 'next / previous item in the guide',
  'site.shortcut.tick': 'tick the item you are on',
  'site.shortcut.note': 'go to the note field of the item',
  'site.shortcut.copy': 'copy the draft you are in (otherwise the first draft)',
  'site.shortcut.drafts': 'go to the drafts',
  'site.shortcut.open-panel':
    'open Følgesvenn (the browser’s shortcut, can be changed under Extensions → Keyboard shortcuts)',
  'site.error.title': 'Something went wrong in Følgesvenn',
  'site.error.body':
    'The panel could not be shown. Your notes are not deleted: they are stored in the browser. Try again. If that does not help, save everything as a file, then delete everything, and the panel starts empty.',
  'site.error.retry': 'Try again',
  'site.error.save-all': 'Save data as a file',
  'site.error.saved':
    'Everything that was stored is saved as a file in your downloads. The file holds your notes: keep it safe.',
  'site.error.action-failed': 'That did not work. Close the browser and try again.',
  'site.print.page-title': 'Følgesvenn – print',
  'site.print.loading': 'Loading the case …',
  'site.print.not-found': 'Case not found. It may have been deleted, or the browser may have been closed.',
  'site.print.handout-not-found': 'The handout was not found. Open it again from the guide in the panel.',
  'site.print.heading': 'Conversation notes: {label}',
  'site.print.printed-on': 'Printed {date} from Følgesvenn.',
  'site.print.first-sick-day': 'First day of sick leave: {date}.',
  'site.print.no-notes': 'No notes in this guide.',
  'site.print.choice': 'Answer: {option}',
  'site.print.answer': 'Answer: {value} ({date})',
  'site.print.free-notes': 'Free notes',
  'site.print.drafts-for': 'Draft for {form}',
  'site.print.footer':
    'Contains personal notes. Keep the printout safe, and throw it away when it is no longer needed.',
  'site.welcome.page-title': 'About Følgesvenn',
  'site.welcome.intro':
    'Følgesvenn is a side panel for you who follow up someone on sick leave: the GP who writes the sick note, the Nav adviser who prepares the dialogue meeting, and the manager who fills in the follow-up plan.',
  'site.welcome.point.page': 'The panel recognises the page you have open and shows the conversation guide that fits.',
  'site.welcome.point.local': 'Your notes stay in the browser. Nothing is sent anywhere.',
  'site.welcome.point.copy':
    'Text reaches the form fields only when you click: “Copy”, or “Insert” on the form’s own page.',
  'site.welcome.open-panel': 'Open the side panel',
  'site.welcome.no-side-panel': 'This browser shows Følgesvenn in the sidebar: use the button on the toolbar.',
  'site.welcome.no-window': 'Could not find the window. Click the Følgesvenn button on the toolbar instead.',
  'site.welcome.opened': 'The side panel is open.',
  'site.welcome.open-failed': 'Could not open the side panel. Click the Følgesvenn button on the toolbar instead.',
  'site.welcome.open-sidebar': 'Open the sidebar',
  'site.welcome.opened-sidebar': 'The sidebar is open.',
  'site.welcome.open-sidebar-failed': 'Could not open the sidebar. Press Alt+Shift+F instead.',
  'site.welcome.firefox.heading': 'Using Følgesvenn in Firefox',
  'site.welcome.firefox.open':
    'Følgesvenn is shown in the sidebar. Open it with the button above, with Alt+Shift+F, or from the menu View → Sidebar → Følgesvenn.',
  'site.welcome.firefox.pin':
    'Its button starts out in the extensions menu (the puzzle piece on the toolbar). Click the gear next to Følgesvenn and choose “Pin to Toolbar” to keep it one click away.',
  'site.welcome.firefox.width': 'The sidebar can be made wider: drag the edge between the sidebar and the page.',
};
