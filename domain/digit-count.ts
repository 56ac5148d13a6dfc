/**
 * True when a text holds at least 11 digits (ASCII or full-width): fewer hold no national ID number
 * however it is written, so the checks that look for one can return at once.
 */
export function hasElevenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length && digits < 11; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) digits++;
  }
  return digits >= 11;
}
