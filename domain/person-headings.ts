import type { PageSnapshot, SnapshotHeading } from './page-snapshot';

// On the leader's pages on nav.no (the oppfølgingsplan and dialogmøte apps for the employer) the page
// header is the employee: the `h1` is the name, the side menu's `h2` is «<first name>s sideoversikt»,
// and a plan's heading reads «Oppfølgingsplan for <name>» (shared/nav-rendered/README.md: never keep
// it). Detection needs none of them (the address says which page it is; «Oppfølgingsplan for» stays as
// the signal). The employee's own pages (`/sykmeldt`) carry no name in their headings.
const LEADER_PAGES =
  /^https:\/\/www\.nav\.no\/syk\/(oppfolgingsplan\/(?!sykmeldt(?:[/?#]|$))|dialogmoter\/arbeidsgiver(?:[/?#]|$))/;
const SIDE_MENU = /sideoversikt$/i;
const PLAN_FOR = /^(Oppfølgingsplan for)\s.*$/i;

function withoutName(heading: SnapshotHeading): SnapshotHeading | null {
  if (heading.level === 1 || SIDE_MENU.test(heading.text)) return null;
  const planFor = PLAN_FOR.exec(heading.text);
  return planFor ? { level: heading.level, text: `${planFor[1]} …` } : heading;
}

/** The snapshot without the headings that name the employee on the leader's nav.no pages (other pages as they are). */
export function withoutPersonHeadings(snapshot: PageSnapshot): PageSnapshot {
  if (!LEADER_PAGES.test(snapshot.url)) return snapshot;
  const headings = snapshot.headings.flatMap((heading) => withoutName(heading) ?? []);
  return { ...snapshot, headings };
}
