import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_TOKENS } from '../../../content/design-tokens';
import { renderTokenCss, resolveDesignTokens } from '../../../domain/design-tokens';

const SAMPLE = `
:root, :host, .light { --blue-6: #06c; --fg: var(--blue-6); --bg: #fff; }
.dark { --blue-6: #48f; --bg: #000; }
:root, :host, .light, .dark { --accent: var(--blue-6); }
[data-color="x"] { --accent: red; }
`;

describe('resolveDesignTokens', () => {
  it('resolves as a browser would: dark re-declares, and inherits what it does not re-declare as computed on :root', () => {
    expect(resolveDesignTokens(SAMPLE, ['--fg', '--bg', '--accent'])).toEqual({
      light: { '--fg': '#06c', '--bg': '#fff', '--accent': '#06c' },
      // --fg was computed on :root (light blue) and is inherited; --accent is re-declared on .dark.
      dark: { '--fg': '#06c', '--bg': '#000', '--accent': '#48f' },
    });
  });

  it('says which token is missing', () => {
    expect(() => resolveDesignTokens(SAMPLE, ['--nope'])).toThrow('NAV token --nope not found');
  });
});

describe('entrypoints/sidepanel/tokens.css', () => {
  it('is what `npm run tokens` makes from the installed @navikt/ds-tokens', () => {
    const css = readFileSync('node_modules/@navikt/ds-tokens/dist/tokens.css', 'utf8');
    const { version } = JSON.parse(readFileSync('node_modules/@navikt/ds-tokens/package.json', 'utf8')) as {
      version: string;
    };
    const expected = renderTokenCss(PANEL_TOKENS, resolveDesignTokens(css, Object.values(PANEL_TOKENS)), version);
    expect(readFileSync('entrypoints/sidepanel/tokens.css', 'utf8')).toBe(expected);
  });
});
