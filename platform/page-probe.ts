import { browser } from '#imports';
import type { PageSnapshot } from '../domain/page-snapshot';
import { pageSnapshotSchema } from '../domain/snapshot';

/**
 * Runs in the page (isolated world) once, on request, to let the panel judge whether an unlisted
 * page looks like a journal. It must be self-contained (it is serialised by the browser): title,
 * h1–h3 and label texts only, capped, with 11-digit numbers masked. Never a field's value.
 */
function readForProbe(): unknown {
  const mask = (text: string) => text.replace(/(?<!\d)\d{6}\s?\d{5}(?!\d)/g, '***********');
  const clip = (text: string, max: number) => mask(text.slice(0, 2000).replace(/\s+/g, ' ').trim()).slice(0, max);
  const headings: { level: 1 | 2 | 3; text: string }[] = [];
  for (const element of Array.from(document.querySelectorAll('h1, h2, h3')).slice(0, 200)) {
    const text = clip(element.textContent ?? '', 200);
    if (text && headings.length < 40) headings.push({ level: Number(element.tagName.charAt(1)) as 1 | 2 | 3, text });
  }
  const fields: { id: string; name: string; label: string; tag: 'input' }[] = [];
  for (const label of Array.from(document.querySelectorAll('label')).slice(0, 400)) {
    // Only the label's own text nodes: a label wrapping a field must not carry the field's content.
    let text = '';
    for (const node of Array.from(label.childNodes)) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    const clipped = clip(text, 200);
    if (clipped && fields.length < 150) fields.push({ id: '', name: '', label: clipped, tag: 'input' });
  }
  return {
    url: mask(`${location.origin}${location.pathname}`).slice(0, 2048),
    title: clip(document.title, 300),
    headings,
    fields,
  };
}

/** Reads an unlisted page's structure once, where the browser allows it (a granted site, or after the toolbar click). */
export async function probePage(tabId: number): Promise<PageSnapshot | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readForProbe });
    const parsed = pageSnapshotSchema.safeParse(result?.result);
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // No access to this page: no suggestion, and nothing else happens.
  }
}
