import { type ComponentChild, render } from 'preact';
import { HandoutView } from '../../components/HandoutView';
import { PrintView } from '../../components/PrintView';
import { TARGET_FORMS } from '../../content/forms';
import { LAZY_LIBRARY } from '../../content/guide-loaders';
import { HANDOUTS } from '../../content/handouts';
import { sourceLabel } from '../../content/sources';
import { TIMELINE_RULES } from '../../content/timeline-rules';
import { draftCase } from '../../domain/draft';
import { choiceItemIdsOf, type Guide, guidesAnswered } from '../../domain/guide';
import { followStoredLanguage, t } from '../../i18n/ui-text';
import { loadCases } from '../../platform/case-store';
import { SYSTEM_CLOCK } from '../../platform/clock';
import { LANGUAGE_STORE } from '../../platform/settings';
import './style.css';

// Wiring only: pick the panel's language, read the case named in the address, render the summary,
// and open the print dialog (unless `noprint` is given, as in the tests that print to PDF themselves).
// With `handout=<id>` the page prints that handout instead; it reads a case only when `case` is given
// too, and then only its first sick day, to date the deadlines.

/** The first sick day of the case `caseId`, or null when there is none (or no such case). */
async function firstSickDayOf(caseId: string | null): Promise<string | null> {
  if (caseId === null) return null;
  const { cases } = await loadCases(SYSTEM_CLOCK, choiceItemIdsOf(LAZY_LIBRARY.index));
  return cases.find((candidate) => candidate.id === caseId)?.firstSickDay ?? null;
}

async function main(root: HTMLElement): Promise<void> {
  // The panel's language, followed while the page is open; the page's static text is marked with its key.
  await followStoredLanguage(LANGUAGE_STORE);
  const show = (view: ComponentChild) => {
    root.replaceChildren(); // The static loading line is not Preact's to replace.
    render(view, root);
  };
  const params = new URLSearchParams(location.search);
  if (params.has('handout')) {
    const handout = HANDOUTS.find((candidate) => candidate.id === params.get('handout'));
    if (!handout) {
      show(<p role="alert">{t('site.print.handout-not-found')}</p>);
      return;
    }
    const firstSickDay = await firstSickDayOf(params.get('case'));
    document.title = handout.title;
    document.documentElement.lang = 'nb';
    show(
      <HandoutView handout={handout} rules={TIMELINE_RULES} firstSickDay={firstSickDay} sourceLabel={sourceLabel} />,
    );
    if (!params.has('noprint')) setTimeout(() => window.print(), 100);
    return;
  }
  // The guides' item ids (which guides the case has answers in) load side by side with the cases.
  const [{ cases }, itemIds] = await Promise.all([
    loadCases(SYSTEM_CLOCK, choiceItemIdsOf(LAZY_LIBRARY.index)),
    LAZY_LIBRARY.loadItemIds(),
  ]);
  const record = cases.find((candidate) => candidate.id === params.get('case'));
  if (!record) {
    show(<p role="alert">{t('site.print.not-found')}</p>);
    return;
  }
  const guideId = params.get('guide');
  const guide = guideId ? await LAZY_LIBRARY.load(guideId) : null;
  const form = TARGET_FORMS.find((candidate) => candidate.id === params.get('form')) ?? null;
  const needed = guidesAnswered(LAZY_LIBRARY.index, itemIds, record).filter((id) => id !== guide?.id);
  const guides = (await Promise.all(needed.map((id) => LAZY_LIBRARY.load(id)))).filter(
    (loaded): loaded is Guide => loaded !== null,
  );
  // The same drafts as the panel shows: fresh from the notes and choices, with the user's edits laid over.
  const drafts = form
    ? draftCase({ guides: guide ? [guide, ...guides] : guides, record, form, today: SYSTEM_CLOCK.today() })
    : [];
  show(<PrintView record={record} guide={guide} form={form} drafts={drafts} printedOn={SYSTEM_CLOCK.today()} />);
  if (!params.has('noprint')) setTimeout(() => window.print(), 100);
}

const root = document.getElementById('app');
if (root) void main(root);
