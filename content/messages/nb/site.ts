/** Bokmål: the site area's UI text shown in the panel's first view (keys start with `site.`): journal sites, role and errors; the rest is in ./site-pages.ts. */
export const SITE = {
  'site.add.region': 'Bruk Følgesvenn på denne siden',
  'site.add.suggestion':
    'Denne siden ser ut som et journalsystem (den har felt og overskrifter om sykmelding og diagnose). Vil du bruke Følgesvenn her?',
  'site.add.use-on': 'Bruk Følgesvenn på {origin}',
  'site.add.address': 'Bruk Følgesvenn på et journalsystem: adressen (https://…)',
  'site.add.address.placeholder': 'https://journal.eksempel.no',
  'site.add.submit': 'Legg til',
  'site.add.note':
    'Nettleseren spør deg om lov først. Følgesvenn leser bare overskrifter og feltnavn på siden, aldri det som står i feltene eller i journalen.',
  'site.message.address-missing': 'Skriv adressen til journalsystemet, for eksempel https://journal.eksempel.no.',
  'site.message.access-denied': 'Følgesvenn fikk ikke tilgang til {origin}. Ingenting er endret.',
  'site.message.added': 'Følgesvenn brukes nå på {origin}. Du kan fjerne siden under Innstillinger.',
  'site.message.request-rejected': 'Nettleseren avviste forespørselen om tilgang.',
  'site.message.removed': '{origin} er fjernet, og tilgangen er gitt tilbake.',
  'site.nav-unread':
    'Følgesvenn leser ikke denne siden hos Nav. Er det en side om sykefravær, og var den åpen før Følgesvenn ble installert eller oppdatert? Last inn siden på nytt (F5), så leser Følgesvenn den.',
  'site.role': 'Rolle',
  'site.role.from-page': 'Fra siden',
  'site.role.from-page.detected': 'Fra siden ({role})',
  'site.role.leder': 'Leder',
  'site.role.veileder': 'Nav-veileder',
  'site.role.lege': 'Lege',
  'site.error.title': 'Noe gikk galt i Følgesvenn',
  'site.error.body':
    'Panelet kunne ikke vises. Notatene dine er ikke slettet: de ligger lagret i nettleseren. Prøv igjen. Hjelper ikke det, kan du lagre alt som en fil og deretter slette alt, så starter panelet tomt.',
  'site.error.retry': 'Prøv igjen',
  'site.error.save-all': 'Lagre data som fil',
  'site.error.saved':
    'Alt som var lagret, er lagret som en fil i nedlastingene dine. Filen inneholder notatene: oppbevar den trygt.',
  'site.error.action-failed': 'Det gikk ikke. Lukk nettleseren og prøv igjen.',
} as const;
