/**
 * Puts text on the clipboard. Called only from a click handler: Chromium lets an extension page write
 * the clipboard without a user gesture, so the click-only rule rests on our own code (and on the
 * clipboard-gesture journey that checks it).
 */
export async function copyToClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // A side panel without focus may be refused: fall back to the selection-based copy below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy-refused');
}
