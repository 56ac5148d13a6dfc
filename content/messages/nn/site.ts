import type { SITE as NB_SITE } from '../nb/site';
import type { SITE_PAGES } from '../nb/site-pages';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the site area's UI text. */
export const SITE: AreaCatalogue<typeof NB_SITE & typeof SITE_PAGES> = {
  'site.add.region': 'Bruk Følgesvenn på denne sida',
  'site.add.suggestion':
    'Denne sida ser ut som eit journalsystem (ho har felt og overskrifter om sjukmelding og diagnose). Vil du bruke Følgesvenn her?',
  'site.add.use-on': 'Ta i bruk Følgesvenn på {origin}',
  'site.add.address': 'Bruk Følgesvenn på eit journalsystem: adressa (https://…)',
  'site.add.address.placeholder': 'https://journal.eksempel.no',
  'site.add.submit': 'Legg til',
  'site.add.note':
    'Nettlesaren spør deg om lov først. Følgesvenn les berre overskrifter og feltnamn på sida, aldri det som står i felta eller i journalen.',
  'site.message.address-missing': 'Skriv adressa til journalsystemet, til dømes https://journal.eksempel.no.',
  'site.message.access-denied': 'Følgesvenn fekk ikkje tilgang til {origin}. Ingenting er endra.',
  'site.message.added': 'Følgesvenn blir no brukt på {origin}. Du kan fjerne sida under Innstillingar.',
  'site.message.request-rejected': 'Nettlesaren avviste førespurnaden om tilgang.',
  'site.message.removed': '{origin} er teken bort frå lista, og Følgesvenn har gjeve frå seg tilgangen.',
  'site.nav-unread':
    'Følgesvenn les ikkje denne sida hos Nav. Er det ei side om sjukefråvær, og var ho open før Følgesvenn vart installert eller oppdatert? Last inn sida på nytt (F5), så les Følgesvenn ho.',
  'site.role': 'Rolle',
  'site.role.from-page': 'Frå sida',
  'site.role.from-page.detected': 'Frå sida ({role})',
  'site.role.leder': 'Leiar',
  'site.role.veileder': 'Nav-rettleiar',
  'site.role.lege': 'Lege',
  'site.settings': 'Innstillingar',
  'site.settings.sites': 'Journalsystem',
  'site.settings.empty':
    'Ingen journalsystem er lagde til. Opne journalen, og vel «Bruk Følgesvenn på denne sida» i panelet.',
  'site.settings.from-organisation': 'Frå organisasjonen din',
  'site.settings.added-by-user': 'Lagd til av deg',
  'site.settings.granted': 'tilgang gitt',
  'site.settings.not-granted': 'manglar tilgang',
  'site.settings.remove': 'Fjern',
  'site.settings.grant': 'Gi tilgang',
  'site.shortcut.title': 'Snøggtastar',
  'site.shortcut.next-previous': 'neste / førre punkt i guiden',
  'site.shortcut.tick': 'kryss av for punktet du står i',
  'site.shortcut.note': 'gå til notatfeltet til punktet',
  'site.shortcut.copy': 'kopier utkastet du står i (elles det første utkastet)',
  'site.shortcut.drafts': 'gå til utkasta',
  'site.shortcut.open-panel': 'opne Følgesvenn (snarvegen i nettlesaren, kan endrast under Utvidingar → Snøggtastar)',
  'site.error.title': 'Noko gjekk gale i Følgesvenn',
  'site.error.body':
    'Panelet kunne ikkje visast. Notata dine er ikkje sletta: dei ligg lagra i nettlesaren. Prøv igjen. Hjelper ikkje det, kan du lagre alt som ei fil og deretter slette alt, så startar panelet tomt.',
  'site.error.retry': 'Prøv igjen',
  'site.error.save-all': 'Lagre data som fil',
  'site.error.saved':
    'Alt som var lagra, er lagra som ei fil i nedlastingane dine. Fila inneheld notata: ta vare på ho på ein trygg stad.',
  'site.error.action-failed': 'Det gjekk ikkje. Lukk nettlesaren og prøv igjen.',
  'site.print.page-title': 'Følgesvenn – utskrift',
  'site.print.loading': 'Hentar saka …',
  'site.print.not-found': 'Fann ikkje saka. Ho kan vere sletta, eller nettlesaren kan ha vore lukka.',
  'site.print.handout-not-found': 'Fann ikkje informasjonsarket. Opna det på nytt frå guiden i panelet.',
  'site.print.heading': 'Samtalenotat: {label}',
  'site.print.printed-on': 'Skrive ut {date} frå Følgesvenn.',
  'site.print.first-sick-day': 'Første sjukedag: {date}.',
  'site.print.no-notes': 'Ingen notat i denne guiden.',
  'site.print.choice': 'Svar: {option}',
  'site.print.answer': 'Svar: {value} ({date})',
  'site.print.free-notes': 'Frie notat',
  'site.print.drafts-for': 'Utkast til {form}',
  'site.print.footer': 'Inneheld personlege notat. Oppbevar utskrifta trygt, og kast ho når ho ikkje trengst lenger.',
  'site.welcome.page-title': 'Om Følgesvenn',
  'site.welcome.intro':
    'Følgesvenn er eit sidepanel for deg som følgjer opp nokon som er sjukmeld: fastlegen som skriv sjukmeldinga, Nav-rettleiaren som førebur dialogmøtet, og leiaren som fyller ut oppfølgingsplanen.',
  'site.welcome.point.page': 'Panelet kjenner att sida du har open, og viser samtaleguiden som passar.',
  'site.welcome.point.local': 'Notata dine blir verande i nettlesaren. Ingenting blir sendt nokon stad.',
  'site.welcome.point.copy':
    'Tekst kjem i skjemafelta berre når du klikkar: «Kopier», eller «Set inn» på skjemaet si eiga side.',
  'site.welcome.open-panel': 'Opne sidepanelet',
  'site.welcome.no-side-panel': 'Denne nettlesaren viser Følgesvenn i sidestolpen: bruk knappen på verktøylinja.',
  'site.welcome.no-window': 'Fann ikkje vindauget. Klikk på Følgesvenn-knappen på verktøylinja i staden.',
  'site.welcome.opened': 'Sidepanelet er opna.',
  'site.welcome.open-failed': 'Kunne ikkje opne sidepanelet. Klikk på Følgesvenn-knappen på verktøylinja i staden.',
  'site.welcome.open-sidebar': 'Opne sidestolpen',
  'site.welcome.opened-sidebar': 'Sidestolpen er opna.',
  'site.welcome.open-sidebar-failed': 'Kunne ikkje opne sidestolpen. Trykk Alt+Shift+F i staden.',
  'site.welcome.firefox.heading': 'Slik brukar du Følgesvenn i Firefox',
  'site.welcome.firefox.open':
    'Følgesvenn blir vist i sidestolpen. Opne han med knappen over, med Alt+Shift+F, eller frå menyen Vis → Sidestolpe → Følgesvenn.',
  'site.welcome.firefox.pin':
    'Knappen ligg først i utvidingsmenyen (puslespelbrikka på verktøylinja). Klikk på tannhjulet ved Følgesvenn og vel «Fest til verktøylinja», så er han eitt klikk unna.',
  'site.welcome.firefox.width': 'Sidestolpen kan gjerast breiare: dra i kanten mellom sidestolpen og sida.',
};
