import { describe, expect, it } from 'vitest';
import { BOKMAAL_AT_START, loadCatalogue } from '../../../content/messages/catalogue';
import { EN, EN_AREAS } from '../../../content/messages/en';
import { NB, NB_AREAS } from '../../../content/messages/nb';
import { NB_ON_DEMAND } from '../../../content/messages/nb/on-demand';
import { NN, NN_AREAS } from '../../../content/messages/nn';
import { placeholdersOf } from '../../../domain/i18n';

const OTHERS = { nn: NN_AREAS, en: EN_AREAS } as const;
const NB_TEXT: Record<string, string> = NB;
const NN_TEXT: Record<string, string> = NN;
const EN_TEXT: Record<string, string> = EN;

/** Bokmål words that nynorsk writes otherwise: one of them in the nynorsk catalogue is a missed translation. */
const BOKMAAL_ONLY =
  /\b(ikke|hva|hvem|hvordan|hvilken|hvilke|hvor|jeg|fra|noen|noe|bare|mye|ennå|sykmeld\p{L}*|sykdom\p{L}*|deres|dere|skriver|lagres|slettes|finnes|kunne ikke)\b/iu;

describe('message catalogues', () => {
  for (const [language, areas] of Object.entries(OTHERS)) {
    for (const [area, messages] of Object.entries(NB_AREAS)) {
      it(`${language} has exactly bokmål's keys in the ${area} area`, () => {
        const theirs = (areas as Record<string, Record<string, string>>)[area] ?? {};
        const missing = Object.keys(messages).filter((key) => !(key in theirs));
        const extra = Object.keys(theirs).filter((key) => !(key in messages));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });
    }
  }

  it('no area uses a key of another area, and every key starts with its area', () => {
    const owners = new Map<string, string>();
    for (const [area, messages] of Object.entries(NB_AREAS)) {
      for (const key of Object.keys(messages)) {
        expect(key.startsWith(`${area}.`), `${key} belongs in the ${area} area`).toBe(true);
        expect(owners.get(key), `${key} is in two areas`).toBeUndefined();
        owners.set(key, area);
      }
    }
    expect(owners.size).toBe(Object.keys(NB).length);
  });

  it('every translation has the same placeholders as bokmål, and none is empty', () => {
    const problems: string[] = [];
    for (const [language, catalogue] of Object.entries({ nn: NN_TEXT, en: EN_TEXT })) {
      for (const [key, template] of Object.entries(NB_TEXT)) {
        const theirs = catalogue[key] ?? '';
        if (theirs.trim() === '') problems.push(`${language} ${key}: empty`);
        else if (placeholdersOf(theirs).join() !== placeholdersOf(template).join())
          problems.push(`${language} ${key}: {${placeholdersOf(theirs)}} ≠ {${placeholdersOf(template)}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('counted messages come in pairs: .one with .other', () => {
    const keys = Object.keys(NB);
    const lonely = keys.filter(
      (key) =>
        (key.endsWith('.one') && !keys.includes(key.replace(/\.one$/, '.other'))) ||
        (key.endsWith('.other') && !keys.includes(key.replace(/\.other$/, '.one'))),
    );
    expect(lonely).toEqual([]);
  });

  it('nynorsk is nynorsk: no bokmål-only words', () => {
    const bokmaal = Object.entries(NN_TEXT)
      .filter(([, text]) => BOKMAAL_ONLY.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(bokmaal).toEqual([]);
  });

  it('nynorsk and English are translations, not copies of bokmål', () => {
    // Some short nynorsk sentences are rightly the same as bokmål («Lagre det som fil»); a catalogue
    // where many are, was copied. English never reads like bokmål.
    const sentences = Object.entries(NB_TEXT).filter(([, text]) => text.split(/\s+/).length >= 4);
    const same = (catalogue: Record<string, string>) => sentences.filter(([key, text]) => catalogue[key] === text);
    expect(same(EN_TEXT).map(([key]) => key)).toEqual([]);
    expect(same(NN_TEXT).length / sentences.length).toBeLessThan(0.1);
  });

  it('splits bokmål in two without losing or doubling a key: the start-up part and the on-demand part', () => {
    const atStart = Object.keys(BOKMAAL_AT_START);
    const onDemand = Object.keys(NB_ON_DEMAND);
    expect(atStart.filter((key) => key in NB_ON_DEMAND)).toEqual([]);
    expect([...atStart, ...onDemand].sort()).toEqual(Object.keys(NB).sort());
    // The start-up chunks carry of the draft area only what shows while the draft list loads.
    expect(atStart.filter((key) => key.startsWith('draft.')).sort()).toEqual(['draft.loading', 'draft.title']);
    // On demand, and nothing else: the draft list, the open timeline, an import’s refusals, a scale’s
    // chart and its names, the case’s folded details, the questions before a deletion or an import, the
    // language setting, the pages’ names, the folded settings and shortcuts, the print and welcome pages.
    const caseDetails = /^case\.(label|keep|export|import|delete|empty)/;
    const commonLater = /^common\.(confirm\.(delete-case|import-conflict)|language)/;
    const laterAreas =
      /^(draft\.|timeline\.|case\.(import|chart)\.|guide\.context\.|guide\.scale\.suggestions|site\.(settings|shortcut|print|welcome))/;
    expect(onDemand.filter((key) => !laterAreas.test(key) && !caseDetails.test(key) && !commonLater.test(key))).toEqual(
      [],
    );
    // What shows while the others load (and the folded details' own toggle) is at start.
    for (const key of [
      'case.details',
      'case.details.loading',
      'case.transfer-failed',
      'site.error.title',
      'site.role',
    ]) {
      expect(atStart).toContain(key);
    }
  });

  it('loads the whole of every language: bokmål’s on-demand part, nynorsk and English', async () => {
    expect(await loadCatalogue('nb')).toEqual(NB);
    expect(await loadCatalogue('nn')).toBe(NN);
    expect(await loadCatalogue('en')).toBe(EN);
  });
});
