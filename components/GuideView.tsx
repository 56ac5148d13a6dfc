import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CaseRecord, latestAnswer } from '../domain/case';
import { formatDateNb } from '../domain/dates';
import { unreachable } from '../domain/exhaustive';
import {
  coreItems,
  countProgress,
  type Guide,
  type GuideItem,
  guideTextLanguage,
  hasNoteField,
  isCore,
  isTickable,
  localizeGuide,
  type Source,
} from '../domain/guide';
import { ensureMessages, t, uiLanguage } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';
import { Icon } from './Icon';
import { lazyComponent } from './lazy';

/**
 * A scale's chart of answers, fetched with its text the first time one is shown (a case with answers
 * shows it just after the first view; `preloadGuideParts` fetches it once the panel is ready).
 */
const ScaleChart = lazyComponent(() =>
  Promise.all([import('./ScaleChart'), ensureMessages()]).then(([module]) => module.ScaleChart),
);

/** Starts fetching the guide view's parts that come on demand (the scale chart, the sources' titles, the names). */
export function preloadGuideParts(): Promise<unknown> {
  return Promise.all([ScaleChart.preload(), SourceText.preload(), NameSuggestions.preload()]);
}

/** The parts of a case the guide view reads. */
type GuideState = Pick<CaseRecord, 'ticks' | 'notes' | 'scales' | 'choices'>;

/** Callbacks the guide view raises; the case itself is not held here (only how the view is shown and folded). */
export interface GuideViewActions {
  onNote: (itemId: string, text: string) => void;
  onTick: (itemId: string) => void;
  onScale: (itemId: string, value: number | undefined) => void;
  onChoice: (itemId: string, index: number) => void;
}

/** Rows for a note field: its lines plus one, between 2 and 8 (counts no further than 8, so a huge note costs nothing). */
function noteRows(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && lines < 8; at = text.indexOf('\n', at + 1)) lines += 1;
  return Math.min(8, Math.max(2, lines + 1));
}

/** The language of the guide's own text where it differs from the UI's (for `lang`), else undefined. */
interface ContentLang {
  contentLang?: string | undefined;
}

/** An item's source, named: the titles come on demand (content/sources.ts), as the note is folded. */
const SourceText = lazyComponent(() =>
  import('../content/sources').then(({ sourceLabel }) => (props: { source: Source }) => (
    <p>{sourceLabel(props.source)}</p>
  )),
);

function SourceNote(props: { source: Source }) {
  return (
    <Disclosure class="source" summary={t('guide.source')}>
      <SourceText source={props.source} fallback={<p class="loading">{t('guide.source.loading')}</p>} />
    </Disclosure>
  );
}

/** Whether a guide was last shown whole, per guide id, for as long as the panel is open. */
const shownWhole = new Map<string, boolean>();

function ScaleInput(
  props: { item: Extract<GuideItem, { kind: 'scale' }>; value: number | undefined } & ContentLang & GuideViewActions,
) {
  const { item, value, onScale, contentLang } = props;
  const steps: number[] = [];
  for (let step = item.scale.min; step <= item.scale.max; step += 1) steps.push(step);
  return (
    <fieldset class="scale">
      <legend class="visually-hidden" lang={contentLang}>
        {item.text}
      </legend>
      <div class="scale__steps">
        {steps.map((step) => (
          <label key={step} class="scale__step">
            <input
              type="radio"
              name={`scale-${item.id}`}
              value={step}
              checked={value === step}
              onChange={() => onScale(item.id, step)}
            />
            <span>{step}</span>
          </label>
        ))}
      </div>
      <div class="scale__ends" aria-hidden="true" lang={contentLang}>
        <span>{item.scale.minLabel ?? item.scale.min}</span>
        <span>{item.scale.maxLabel ?? item.scale.max}</span>
      </div>
      {value !== undefined && (
        <button type="button" class="link-button" onClick={() => onScale(item.id, undefined)}>
          {t('guide.scale.clear')}
        </button>
      )}
    </fieldset>
  );
}

function ChoiceInput(
  props: { item: Extract<GuideItem, { kind: 'choice' }>; value: number | undefined } & ContentLang & GuideViewActions,
) {
  const { item, value, onChoice, contentLang } = props;
  return (
    <fieldset class="choice" lang={contentLang}>
      <legend class="visually-hidden">{item.text}</legend>
      {item.options.map((option, index) => (
        <label key={option} class="choice__option">
          <input
            type="radio"
            name={`choice-${item.id}`}
            checked={value === index}
            onChange={() => onChoice(item.id, index)}
          />
          <span>{option}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The answer an item's kind asks for: a scale (with its history), a choice, or none. */
function ItemAnswer(props: { item: GuideItem; state: GuideState } & ContentLang & GuideViewActions) {
  const { item, state } = props;
  switch (item.kind) {
    case 'scale': {
      const answers = state.scales[item.id] ?? [];
      return (
        <>
          <ScaleInput {...props} item={item} value={latestAnswer(answers)?.value} />
          {answers.length > 0 && (
            <ScaleChart
              title={item.text}
              answers={answers}
              min={item.scale.min}
              max={item.scale.max}
              // The chart's place is kept while it loads, so nothing below it moves.
              fallback={<div class="chart chart--pending" aria-hidden="true" />}
            />
          )}
        </>
      );
    }
    case 'choice':
      return <ChoiceInput {...props} item={item} value={state.choices[item.id]} />;
    case 'question':
    case 'advice':
    case 'step':
    case 'fact':
      return null;
    default:
      return unreachable(item);
  }
}

/**
 * Names to choose from for a scale whose area the user names (the job wheel): one click puts it in the
 * note. Folded, so its code, the names and their text come on demand (components/NameSuggestions.tsx);
 * a scale without names shows nothing.
 */
const NameSuggestions = lazyComponent(() =>
  Promise.all([import('./NameSuggestions'), ensureMessages()]).then(([module]) => module.NameSuggestions),
);

function ItemView(
  props: {
    item: GuideItem;
    state: GuideState;
  } & ContentLang &
    GuideViewActions,
) {
  const { item, state, contentLang } = props;
  const noteId = `note-${item.id}`;
  const textId = `text-${item.id}`;
  const ticked = Boolean(state.ticks[item.id]);
  return (
    <li class={`item item--${item.kind}${ticked ? ' item--done' : ''}`} data-item={item.id}>
      <div class="item__head">
        {isTickable(item) ? (
          <input
            type="checkbox"
            class="item__tick"
            checked={ticked}
            aria-labelledby={textId}
            aria-describedby={`kind-${item.id}`}
            onChange={() => props.onTick(item.id)}
          />
        ) : (
          <span class="item__bullet" aria-hidden="true" />
        )}
        <p class="item__text" id={textId}>
          <span class="visually-hidden" id={`kind-${item.id}`}>
            {t(`guide.kind.${item.kind}`)}:{' '}
          </span>
          {contentLang === undefined ? item.text : <span lang={contentLang}>{item.text}</span>}
        </p>
      </div>
      {item.help && (
        <p class="item__help" lang={contentLang}>
          {item.help}
        </p>
      )}
      <ItemAnswer {...props} />
      {item.kind === 'scale' && (
        <NameSuggestions
          itemId={item.id}
          onUse={(label) => {
            const note = state.notes[item.id] ?? '';
            props.onNote(item.id, note === '' ? label : `${label}\n${note}`);
          }}
        />
      )}
      {hasNoteField(item) && (
        <div class="item__note">
          <label class="visually-hidden" for={noteId}>
            {t('guide.note.label', { item: item.text })}
          </label>
          <textarea
            id={noteId}
            class="note"
            rows={noteRows(state.notes[item.id] ?? '')}
            placeholder={t('guide.note.placeholder')}
            value={state.notes[item.id] ?? ''}
            onInput={(event) => props.onNote(item.id, (event.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
      )}
      <SourceNote source={item.source} />
    </li>
  );
}

/** The guide's sections the user has folded (false) or unfolded (true), for one guide in one view (`layout`). */
interface Folding {
  readonly layout: string;
  readonly open: Readonly<Record<string, boolean>>;
}

/** `folding` with one section folded or unfolded; what was kept for another layout is forgotten. */
function foldSection(folding: Folding, layout: string, sectionId: string, open: boolean): Folding {
  const known = folding.layout === layout ? folding.open : {};
  if (folding.layout === layout && known[sectionId] === open) return folding;
  return { layout, open: { ...known, [sectionId]: open } };
}

/** What the guide's handout button needs: the case's first sick day (null: none) and what printing does. */
export interface HandoutActions {
  readonly firstSickDay: string | null;
  /** Opens the printable handout; `withDates` only when the user chose to fill in the first sick day's dates. */
  readonly onPrint: (withDates: boolean) => void;
}

/**
 * «Skriv ut informasjon til pasienten»: one button, and, when the case has a first sick day, a box to fill
 * the deadlines' dates in from it (off by default: the sheet holds no case data unless the user asks).
 */
function HandoutAction(props: HandoutActions & { guideId: string }) {
  const [withDates, setWithDates] = useState(false);
  const helpId = `guide-handout-help-${props.guideId}`;
  const { firstSickDay } = props;
  return (
    <div class="guide__handout" data-testid="guide-handout">
      <button
        type="button"
        class="button button--secondary"
        aria-describedby={helpId}
        onClick={() => props.onPrint(withDates && firstSickDay !== null)}
      >
        <Icon name="print" />
        {t('guide.handout.print')}
      </button>
      {firstSickDay !== null && (
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={withDates}
            onChange={(event) => setWithDates((event.currentTarget as HTMLInputElement).checked)}
          />
          {t('guide.handout.with-dates', { date: formatDateNb(firstSickDay) })}
        </label>
      )}
      <small id={helpId} class="guide__handout-help">
        {t('guide.handout.help')}
      </small>
    </div>
  );
}

/**
 * The guide: its core items first (one button shows every item, and the choice is kept per guide while
 * the panel is open), or folding sections with progress; items with ticks, scales, notes and sources.
 * With `draftsId`, a button moves focus to the drafts; with `handout`, a guide that names a handout offers
 * to print it.
 */
export function GuideView(
  props: {
    guide: Guide;
    state: GuideState;
    /** Names the user may give a scale item's area, by item id (the job wheel's areas). */
    /** An item to bring into view and focus (its first field, or its note); `onFocused` says it is done. */
    focus?: { itemId: string; part: 'hit' | 'item' | 'note' } | null;
    onFocused?: () => void;
    /** Moves the focus to the drafts; without it (no drafts in the panel) there is no «Til utkastene». */
    onGoToDrafts?: (() => void) | undefined;
    /** Asked to move the focus to the guide's title (the status bar's progress button). */
    focusTitle?: boolean;
    onTitleFocused?: () => void;
    /** Printing the guide's handout, where the guide has one. */
    handout?: HandoutActions | undefined;
  } & GuideViewActions,
) {
  const { state, focus, onFocused, onGoToDrafts, focusTitle, onTitleFocused } = props;
  const focusItemId = focus?.itemId ?? null;
  const focusPart = focus?.part ?? 'hit';
  const root = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusTitle || !title.current) return;
    title.current.tabIndex = -1;
    title.current.focus();
    onTitleFocused?.();
  }, [focusTitle, onTitleFocused]);
  const language = uiLanguage.value;
  // Guide text is bokmål, with nynorsk where it has been written; the view shows the UI language's.
  const guide = useMemo(() => localizeGuide(props.guide, language), [props.guide, language]);
  const textLanguage = useMemo(() => guideTextLanguage(props.guide, language), [props.guide, language]);
  const contentLang = textLanguage === language ? undefined : textLanguage;
  const core = useMemo(() => coreItems(guide), [guide]);
  const [whole, setWhole] = useState(() => shownWhole.get(props.guide.id) ?? false);
  useEffect(() => setWhole(shownWhole.get(props.guide.id) ?? false), [props.guide.id]);
  const showWhole = (value: boolean) => {
    shownWhole.set(props.guide.id, value);
    setWhole(value);
  };
  const allItems = guide.sections.flatMap((section) => section.items);
  // A search hit outside the core path opens the whole guide.
  const focusOutsideCore =
    Boolean(focusItemId) &&
    !core.some((item) => item.id === focusItemId) &&
    allItems.some((item) => item.id === focusItemId);
  useEffect(() => {
    if (focusOutsideCore) {
      shownWhole.set(props.guide.id, true);
      setWhole(true);
    }
  }, [focusOutsideCore, props.guide.id]);
  const coreOnly = core.length > 0 && !whole && !focusOutsideCore;
  const shownSections = coreOnly
    ? guide.sections
        .map((section) => ({ ...section, items: section.items.filter(isCore) }))
        .filter((section) => section.items.length > 0)
    : guide.sections;
  // Which sections the user has folded or unfolded, over the defaults (the core path opens every section
  // it draws on; the whole guide opens its first); forgotten when the guide or the view changes.
  const layout = `${props.guide.id}${coreOnly ? ':core' : ''}`;
  const [folding, setFolding] = useState<Folding>(() => ({ layout, open: {} }));
  // The folding kept names its layout: a render in another layout reads none, and this drops it.
  useEffect(() => setFolding((previous) => (previous.layout === layout ? previous : { layout, open: {} })), [layout]);
  const setSectionOpen = (sectionId: string, open: boolean) =>
    setFolding((previous) => foldSection(previous, layout, sectionId, open));
  // The section of the item to focus is open from the render that asks for the focus (the effect then
  // keeps it open once the request is done).
  const focusSectionId =
    focusItemId === null
      ? undefined
      : shownSections.find((section) => section.items.some((item) => item.id === focusItemId))?.id;
  const sectionOpen = (sectionId: string, index: number) =>
    sectionId === focusSectionId ||
    ((folding.layout === layout ? folding.open[sectionId] : undefined) ?? (coreOnly || index === 0));
  useEffect(() => {
    if (!focusItemId) return;
    const element = root.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(focusItemId)}"]`);
    if (!element) return;
    if (focusSectionId !== undefined) setFolding((previous) => foldSection(previous, layout, focusSectionId, true));
    const target =
      focusPart === 'note'
        ? element.querySelector<HTMLElement>('textarea')
        : (element.querySelector<HTMLElement>('textarea, input') ?? element);
    if (target) {
      // A search hit is marked; moving through the items with the keyboard only moves the focus.
      if (focusPart === 'hit') element.classList.add('item--focus');
      element.scrollIntoView({ block: focusPart === 'hit' ? 'center' : 'nearest' });
      if (target === element) element.tabIndex = -1;
      target.focus();
    }
    onFocused?.();
  }, [focusItemId, focusPart, onFocused, focusSectionId, layout]);
  const overall = countProgress(allItems, state.ticks);
  const itemView = (item: GuideItem) => <ItemView key={item.id} {...props} item={item} contentLang={contentLang} />;
  return (
    <section class="guide" aria-labelledby="guide-title" ref={root}>
      <header class="guide__header">
        {contentLang !== undefined && (
          <p class="guide__summary guide__language" data-testid="guide-language">
            {t('guide.content-in-bokmaal')}
          </p>
        )}
        <h2 id="guide-title" class="guide__title" lang={contentLang} ref={title}>
          {guide.title}
        </h2>
        <p class="guide__summary" lang={contentLang}>
          {guide.summary}
        </p>
        <p class="progress" aria-live="off">
          <progress max={overall.total} value={overall.done} aria-label={t('guide.progress.label')} />
          <span>{t('guide.progress.done', { done: overall.done, total: overall.total })}</span>
        </p>
        <div class="guide__actions">
          {core.length > 0 && (
            <button
              type="button"
              class="link-button"
              aria-controls="guide-items"
              aria-expanded={whole}
              data-testid="guide-show-all"
              onClick={() => showWhole(!whole)}
            >
              {whole ? t('guide.core.show-core') : t('guide.core.show-all')}
            </button>
          )}
          {onGoToDrafts !== undefined && (
            <button type="button" class="link-button" data-testid="guide-to-drafts" onClick={() => onGoToDrafts()}>
              {t('guide.to-drafts')}
            </button>
          )}
        </div>
        {guide.handout !== undefined && props.handout && <HandoutAction {...props.handout} guideId={guide.id} />}
      </header>
      {coreOnly && (
        <p class="guide__summary" data-testid="guide-core-count">
          {t('guide.core.showing', { shown: core.length, total: allItems.length })}
        </p>
      )}
      <div id="guide-items" data-core={coreOnly ? 'true' : undefined}>
        {shownSections.map((section, index) => {
          const progress = countProgress(section.items, state.ticks);
          return (
            <Disclosure
              key={`${section.id}${coreOnly ? '-core' : ''}`}
              class="section"
              toggleClass="section__summary"
              data-section={section.id}
              open={sectionOpen(section.id, index)}
              onToggle={(open) => setSectionOpen(section.id, open)}
              summary={
                <>
                  <span class="section__title" lang={contentLang}>
                    {section.title}
                  </span>
                  <span class="section__count">
                    {progress.done}/{progress.total}
                  </span>
                </>
              }
            >
              <ol class="section__items">{section.items.map(itemView)}</ol>
            </Disclosure>
          );
        })}
      </div>
    </section>
  );
}
