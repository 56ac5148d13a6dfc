// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageSetting } from '../../../domain/i18n';
import {
  applyLanguage,
  fillMarkedText,
  followStoredLanguage,
  shown,
  t,
  tCount,
  uiLanguage,
  uiText,
  uiTextCount,
} from '../../../i18n/ui-text';

afterEach(async () => {
  await applyLanguage('nb');
  document.body.replaceChildren();
});

describe('t and tCount', () => {
  it('fill placeholders and pick the counted form', async () => {
    expect(t('common.announce.new-case', { label: 'Sak 2' })).toBe('Ny sak: Sak 2.');
    expect(tCount('common.notice.expired', 1)).toBe('1 sak passerte utløpsdatoen og er slettet.');
    expect(tCount('common.notice.expired', 3)).toBe('3 saker passerte utløpsdatoen og er slettet.');
    await applyLanguage('nn');
    expect(tCount('common.notice.expired', 3)).toBe('3 saker hadde gått ut på dato og er sletta.');
    expect(document.documentElement.lang).toBe('nn');
  });

  it('keep a message as its key, so it is shown in the language of the moment', async () => {
    const kept = uiTextCount('common.announce.keep-days', 30);
    expect(shown(kept)).toBe('Saken beholdes på denne maskinen i 30 dager.');
    await applyLanguage('en');
    expect(shown(kept)).toBe('The case is kept on this computer for 30 days.');
    expect(shown(uiText('common.close'))).toBe('Close');
    expect(shown(null)).toBeNull();
  });
});

describe('pages outside the panel', () => {
  it('fill their marked text in the stored language and follow a change', async () => {
    document.body.innerHTML = '<h1 data-i18n="common.print"></h1><p data-i18n="common.loading"></p>';
    let onChange: ((setting: LanguageSetting) => void) | undefined;
    await followStoredLanguage({
      read: async () => 'nn',
      watch: (listener) => {
        onChange = listener;
        return () => undefined;
      },
      preferred: () => ['en'],
    });
    expect(document.querySelector('h1')?.textContent).toBe('Skriv ut / lagre som PDF');
    expect(document.querySelector('p')?.textContent).toBe('Hentar sida …');
    onChange?.('auto');
    await expect.poll(() => uiLanguage.value).toBe('en');
    expect(document.querySelector('h1')?.textContent).toBe('Print / save as PDF');
  });

  it('leave text that is not marked alone', () => {
    document.body.innerHTML = '<p>Kontor 08–16</p><span data-i18n="common.close">x</span>';
    fillMarkedText();
    expect(document.body.textContent).toBe('Kontor 08–16Lukk');
  });
});
