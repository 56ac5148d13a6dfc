import {
  clipText,
  maskNationalIds,
  type PageSnapshot,
  SNAPSHOT_LIMITS,
  type SnapshotField,
  type SnapshotHeading,
} from '../domain/page-snapshot';

// Runs in the content script's isolated world: the page's own overrides of prototypes do not
// reach it. It reads attributes and text of headings and labels only, never a field's value,
// and stops after a fixed number of elements so a huge page costs the same as a small one.

const MAX_FIELDS_SCANNED = 600;
const MAX_LABEL_SOURCE = 2000;

function safeText(node: Node | null | undefined, max: number): string {
  if (!node) return '';
  const raw = node.textContent ?? '';
  // Cut before folding white space so a 100 kB label costs no more than a short one.
  return maskNationalIds(clipText(raw.length > MAX_LABEL_SOURCE ? raw.slice(0, MAX_LABEL_SOURCE) : raw, max));
}

function labelFor(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return maskNationalIds(clipText(aria.slice(0, MAX_LABEL_SOURCE), SNAPSHOT_LIMITS.labelLength));
  const labels = element.labels;
  if (labels && labels.length > 0) return safeText(labels[0], SNAPSHOT_LIMITS.labelLength);
  return '';
}

function readHeadings(root: Document): SnapshotHeading[] {
  const headings: SnapshotHeading[] = [];
  const found = root.querySelectorAll('h1, h2, h3');
  for (let index = 0; index < found.length && headings.length < SNAPSHOT_LIMITS.headings; index += 1) {
    const element = found[index];
    if (!element) continue;
    const level = Number(element.tagName.charAt(1)) as 1 | 2 | 3;
    const text = safeText(element, SNAPSHOT_LIMITS.headingLength);
    if (text) headings.push({ level, text });
  }
  return headings;
}

function readFields(root: Document): SnapshotField[] {
  const fields: SnapshotField[] = [];
  const seenIds = new Set<string>();
  const found = root.querySelectorAll('input, textarea, select');
  const scanned = Math.min(found.length, MAX_FIELDS_SCANNED);
  for (let index = 0; index < scanned && fields.length < SNAPSHOT_LIMITS.fields; index += 1) {
    const element = found[index] as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
    if (!element) continue;
    const tag = element.tagName.toLowerCase() as SnapshotField['tag'];
    // The type attribute, not the value: hidden inputs carry no label worth reading.
    if (tag === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue;
    const id = maskNationalIds((element.getAttribute('id') ?? '').slice(0, SNAPSHOT_LIMITS.nameLength));
    // NAV's plan form renders a hidden twin of every textarea with the same id: count it once.
    if (id && seenIds.has(id)) continue;
    if (id) seenIds.add(id);
    fields.push({
      id,
      name: maskNationalIds((element.getAttribute('name') ?? '').slice(0, SNAPSHOT_LIMITS.nameLength)),
      label: labelFor(element),
      tag,
    });
  }
  return fields;
}

/** Reads the page's structure (URL without query or hash, title, h1–h3, field labels and names). */
export function readPageStructure(root: Document, location: Location): PageSnapshot {
  return {
    url: maskNationalIds(`${location.origin}${location.pathname}`).slice(0, SNAPSHOT_LIMITS.urlLength),
    title: maskNationalIds(clipText((root.title ?? '').slice(0, MAX_LABEL_SOURCE), SNAPSHOT_LIMITS.titleLength)),
    headings: readHeadings(root),
    fields: readFields(root),
  };
}
