// What the Firefox journeys do on a page with puppeteer-core: find by visible text or label, type with
// the keyboard (trusted input over BiDi), and wait for what the panel shows.
import type { Page } from 'puppeteer-core';
import { until } from './firefox.ts';

/** The label of the note under the guide's first question (core question 1). */
export const NOTE = 'Notat: Gå sammen gjennom en vanlig arbeidsdag';

/** The value of an attribute on the first element matching `selector`, or null. */
export function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate((sel, attr) => document.querySelector(sel)?.getAttribute(attr) ?? null, selector, name);
}

/** Waits until the panel root shows `context` (its `data-context`, the testing contract). */
export function waitForContext(page: Page, context: string): Promise<string | null> {
  return until(
    () => attributeOf(page, 'main', 'data-context'),
    (value) => value === context,
    { what: `data-context="${context}"` },
  );
}

/** The text of every element matching `selector`, trimmed. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].map((element) => element.textContent?.trim() ?? ''),
    selector,
  );
}

/** The value of the form control matching `selector`. */
export function controlValue(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (sel) => (document.querySelector(sel) as HTMLTextAreaElement | HTMLInputElement | null)?.value ?? '',
    selector,
  );
}

/** Waits until `read` gives `expected` (compared as JSON). */
export function waitForValue<T>(read: () => Promise<T>, expected: T, what: string): Promise<T> {
  const wanted = JSON.stringify(expected);
  return until(read, (value) => JSON.stringify(value) === wanted, { what });
}

/** The CSS selector of the control named by the first `<label>` (visible or not) whose own text starts with `label`. */
export async function controlFor(page: Page, label: string): Promise<string> {
  const id = await page.evaluate((text) => {
    // A label's own text: without the text of a select, textarea or input inside it.
    const ownText = (label: HTMLLabelElement) => {
      const copy = label.cloneNode(true) as HTMLLabelElement;
      for (const control of copy.querySelectorAll('select, textarea, input')) control.remove();
      return copy.textContent?.trim() ?? '';
    };
    const found = [...document.querySelectorAll('label')].find((element) => ownText(element).startsWith(text));
    const control = found?.control ?? null;
    if (!control) return null;
    if (!control.id) control.id = `ff-${Math.random().toString(36).slice(2)}`;
    return control.id;
  }, label);
  if (id === null) throw new Error(`no control labelled «${label}»`);
  return `#${id}`;
}

/** Types into the control labelled `label` (its old text replaced), as the user would. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const selector = await controlFor(page, label);
  await page.click(selector);
  await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).select(), selector);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Picks the option with `value` in the select labelled `label`. */
export async function selectIn(page: Page, label: string, value: string): Promise<void> {
  await page.select(await controlFor(page, label), value);
}

/** Clicks the first element matching `selector` whose text contains `text`. */
export async function clickText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(`${selector}::-p-text(${JSON.stringify(text)})`).click();
}

/** Waits until the panel says its notes are saved. */
export function waitForSaved(page: Page): Promise<unknown> {
  return page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
}
