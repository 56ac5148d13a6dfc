import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  isLanguageSetting,
  languageFromBrowser,
  placeholdersOf,
  pluralForm,
  resolveLanguage,
} from '../../../domain/i18n';

describe('languageFromBrowser', () => {
  it.each([
    [['nn-NO', 'nb'], 'nn'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nb_NO'], 'nb'],
    [['en-GB', 'nb'], 'en'],
    [['de-DE', 'en-US'], 'en'],
    [['de-DE', 'fr'], 'nb'],
    [['sv-SE', 'en'], 'nb'],
    [[], 'nb'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });
});

describe('resolveLanguage', () => {
  it('keeps a chosen language and follows the browser on auto', () => {
    expect(resolveLanguage('nn', ['en-US'])).toBe('nn');
    expect(resolveLanguage('auto', ['en-US'])).toBe('en');
    expect(resolveLanguage('auto', ['nn'])).toBe('nn');
  });

  it('accepts only the four settings from storage', () => {
    expect(['auto', 'nb', 'nn', 'en'].every(isLanguageSetting)).toBe(true);
    expect([null, undefined, 'no', 'NB', 3, {}, ['nb']].some(isLanguageSetting)).toBe(false);
  });
});

describe('formatMessage', () => {
  it('fills placeholders, repeated ones too', () => {
    expect(formatMessage('{a} og {b}, {a}', { a: 'x', b: 2 })).toBe('x og 2, x');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('Sak {label}', {})).toBe('Sak {label}');
    expect(formatMessage('Sak {label}')).toBe('Sak {label}');
  });

  it('does not read inherited properties as values', () => {
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('never re-reads a value as a template', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(formatMessage('«{v}»', { v: value })).toBe(`«${value}»`);
      }),
    );
  });

  it('lists the placeholders of a template', () => {
    expect(placeholdersOf('{b} {a} {b} {}')).toEqual(['a', 'b']);
  });
});

describe('pluralForm', () => {
  it('is one for exactly 1', () => {
    expect([0, 1, 2, 21].map(pluralForm)).toEqual(['other', 'one', 'other', 'other']);
  });
});
