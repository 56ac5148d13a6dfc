// Writes entrypoints/sidepanel/tokens.css from NAV's design tokens: only the ones the panel uses,
// resolved for light and dark. Run after upgrading @navikt/ds-tokens: npm run tokens.
import { readFileSync, writeFileSync } from 'node:fs';
import { PANEL_TOKENS } from '../content/design-tokens';
import { renderTokenCss, resolveDesignTokens } from '../domain/design-tokens';

const css = readFileSync('node_modules/@navikt/ds-tokens/dist/tokens.css', 'utf8');
const { version } = JSON.parse(readFileSync('node_modules/@navikt/ds-tokens/package.json', 'utf8')) as {
  version: string;
};
const out = renderTokenCss(PANEL_TOKENS, resolveDesignTokens(css, Object.values(PANEL_TOKENS)), version);
writeFileSync('entrypoints/sidepanel/tokens.css', out);
console.log(
  `Wrote entrypoints/sidepanel/tokens.css (${Object.keys(PANEL_TOKENS).length} tokens, ${out.length} bytes).`,
);
