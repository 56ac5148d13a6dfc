import {
  maskNationalIds,
  type PageSnapshot,
  SNAPSHOT_LIMITS,
  type SnapshotField,
  type SnapshotHeading,
  toSnapshotText,
} from '../domain/page-snapshot';

// Runs in the content script's isolated world: the page's own overrides of prototypes and globals
// do not reach it. It reads attributes and the text of the title, headings and labels only, never
// a field's value, and its work is bounded so a huge or hostile page costs the same as a small one:
//
// - One pass over the top document's elements with a TreeWalker, stopping after MAX_ELEMENTS or once
//   enough fields and headings are found (no full NodeList of every field, no `element.labels`, which
//   Chromium answers by walking the whole document for every field: seconds on a 10 000-field page).
// - Text is gathered node by node and stops after MAX_SOURCE characters, so a 100 kB label costs no
//   more than a short one; what a field holds (textarea and select content) is never part of it.
// - DOM reads only: nothing here asks for style or layout (no innerText, no isContentEditable), which
//   on a very deep tree could cost more than the page itself.
//
// Structure of the top document only: open shadow roots and iframes are not pierced. Their hosts
// and frame elements are ordinary elements to the walker, so 200 nested shadow roots or 50 frames
// cost nothing extra. The content script is not injected into frames (no `allFrames`).

/** Elements looked at in one pass, at most. */
const MAX_ELEMENTS = 50_000;
/** Fields looked at, at most (hidden inputs and repeated ids are skipped, so more than are kept). */
const MAX_FIELDS_SCANNED = 600;
/** Heading elements looked at, at most (those inside editable regions are skipped). */
const MAX_HEADINGS_SCANNED = 200;
/** Labels with a `for` attribute remembered. */
const MAX_LABELS = 1_200;
/** Characters of raw text or attribute read from one source before it is folded, masked and cut. */
const MAX_SOURCE = 1_000;

// What is typed, chosen or computed (textarea and select content, output), code, and editable
// regions (a journal note editor's own headings are journal text, not page structure).
const NEVER_READ =
  'textarea, select, datalist, option, output, script, style, noscript, [contenteditable]:not([contenteditable="false" i])';
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';
// Parts of a page about the person, never read: Modia's person card (name, national ID number).
const PERSON_REGIONS = '[aria-label="Personkort" i]';
// Headings and fields inside these are skipped (checked per element found, not on every element walked).
const SKIPPED_REGIONS = `${EDITABLE}, ${PERSON_REGIONS}`;

type FieldTag = SnapshotField['tag'];
type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What a number cut at the end may consist of: digits (full-width too) and what masking reads between its groups. */
const NUMBER_TAIL = /[\d\s._\u00ad\u2010-\u2015\u2212\u200b-\u200f\u2060\uff10-\uff19-]/;

/** Cuts raw text to MAX_SOURCE; a number cut in half at the end is dropped, so no part of it survives masking. */
function boundSource(raw: string): string {
  if (raw.length <= MAX_SOURCE) return raw;
  const cut = raw.slice(0, MAX_SOURCE);
  let end = cut.length;
  while (end > 0 && NUMBER_TAIL.test(cut.charAt(end - 1))) end--;
  // Only a tail holding a digit is a cut number; trailing white space or dashes alone are kept.
  return /[\d\uff10-\uff19]/.test(cut.slice(end)) ? cut.slice(0, end) : cut;
}

// Methods from this world's prototypes: a form's named controls (`<input name="matches">`) shadow
// the form's own properties even in the isolated world.
const matches = (element: Element, selectors: string): boolean => Element.prototype.matches.call(element, selectors);

/** The text of an element's subtree, without what fields hold, read until MAX_SOURCE characters. */
function readText(element: Element, max: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Text
        ? NodeFilter.FILTER_ACCEPT
        : matches(node as Element, NEVER_READ)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= MAX_SOURCE; node = walker.nextNode()) {
    text += (node as Text).data.slice(0, MAX_SOURCE + 1);
  }
  return toSnapshotText(boundSource(text), max);
}

/** An attribute's value, masked before it is cut. */
function readAttribute(element: Element, name: string, max: number): string {
  const value = element.getAttribute(name);
  return value ? toSnapshotText(boundSource(value), max) : '';
}

/** An id or name, masked before it is cut, white space kept as it is. */
function readName(element: Element, name: string): string {
  const value = element.getAttribute(name) ?? '';
  return toSnapshotText(boundSource(value), SNAPSHOT_LIMITS.nameLength, false);
}

interface Found {
  headings: Element[];
  fields: [FieldElement, FieldTag][];
  labelsFor: Map<string, Element>;
}

/** One bounded pass over the document's elements, in document order. */
function findElements(root: Document): Found {
  const found: Found = { headings: [], fields: [], labelsFor: new Map() };
  let headingsSeen = 0;
  const walker = root.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let visited = 0; visited < MAX_ELEMENTS; visited += 1) {
    const element = walker.nextNode() as Element | null;
    if (!element) break;
    // A form's `localName` may be a named control instead of a string: it then matches no case.
    switch (element.localName as unknown) {
      case 'h1':
      case 'h2':
      case 'h3':
        if (headingsSeen < MAX_HEADINGS_SCANNED && found.headings.length < SNAPSHOT_LIMITS.headings) {
          headingsSeen += 1;
          if (!element.closest(SKIPPED_REGIONS)) found.headings.push(element);
        }
        break;
      case 'input':
      case 'textarea':
      case 'select':
        if (element.closest(PERSON_REGIONS)) break;
        found.fields.push([element as FieldElement, element.localName as FieldTag]);
        if (found.fields.length >= MAX_FIELDS_SCANNED) return found;
        break;
      case 'label': {
        const target = element.getAttribute('for');
        if (target && found.labelsFor.size < MAX_LABELS && !found.labelsFor.has(target)) {
          found.labelsFor.set(target, element);
        }
        break;
      }
    }
  }
  return found;
}

/** The field's label: aria-label, else `<label for=id>`, else a wrapping `<label>` without `for`. */
function labelOf(element: FieldElement, id: string, labelsFor: Map<string, Element>): string {
  const aria = readAttribute(element, 'aria-label', SNAPSHOT_LIMITS.labelLength);
  if (aria) return aria;
  const byId = id ? labelsFor.get(id) : undefined;
  if (byId) return readText(byId, SNAPSHOT_LIMITS.labelLength);
  const wrapping = element.closest('label');
  return wrapping && !wrapping.hasAttribute('for') ? readText(wrapping, SNAPSHOT_LIMITS.labelLength) : '';
}

function readFields(found: Found): SnapshotField[] {
  const fields: SnapshotField[] = [];
  const seenIds = new Set<string>();
  for (const [element, tag] of found.fields) {
    if (fields.length >= SNAPSHOT_LIMITS.fields) break;
    // The type attribute, not the value: hidden inputs carry no label worth reading.
    if (tag === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue;
    const rawId = element.getAttribute('id') ?? '';
    // NAV's plan form renders a hidden twin of every textarea with the same id: count it once.
    if (rawId && seenIds.has(rawId)) continue;
    if (rawId) seenIds.add(rawId);
    fields.push({
      id: readName(element, 'id'),
      name: readName(element, 'name'),
      label: labelOf(element, rawId, found.labelsFor),
      tag,
    });
  }
  return fields;
}

function readHeadings(found: Found): SnapshotHeading[] {
  const headings: SnapshotHeading[] = [];
  for (const element of found.headings) {
    const text = readText(element, SNAPSHOT_LIMITS.headingLength);
    if (text) headings.push({ level: Number(element.localName.charAt(1)) as 1 | 2 | 3, text });
  }
  return headings;
}

/** Reads the page's structure (URL without query or hash, title, h1–h3, field labels and names). */
export function readPageStructure(root: Document, location: Location): PageSnapshot {
  const title: unknown = root.title;
  const found = findElements(root);
  return {
    url: maskNationalIds(`${location.origin}${location.pathname}`).slice(0, SNAPSHOT_LIMITS.urlLength),
    title: typeof title === 'string' ? toSnapshotText(boundSource(title), SNAPSHOT_LIMITS.titleLength) : '',
    headings: readHeadings(found),
    fields: readFields(found),
  };
}
