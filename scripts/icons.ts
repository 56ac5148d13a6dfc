// Writes content/icons.ts from NAV's Aksel icons: only the ones in content/icon-names.ts, as path
// data. Run after upgrading @navikt/aksel-icons or changing the list: npm run icons.
import { readFileSync, writeFileSync } from 'node:fs';
import { PANEL_ICON_FILES } from '../content/icon-names';
import { type IconData, parseSvgIcon, renderIconModule } from '../domain/icons';

const PACKAGE = 'node_modules/@navikt/aksel-icons';
const { version } = JSON.parse(readFileSync(`${PACKAGE}/package.json`, 'utf8')) as { version: string };
const icons: Record<string, IconData> = {};
for (const [name, file] of Object.entries(PANEL_ICON_FILES)) {
  icons[name] = parseSvgIcon(readFileSync(`${PACKAGE}/dist/svg/${file}.svg`, 'utf8'));
}
const out = renderIconModule(icons, PANEL_ICON_FILES, version);
writeFileSync('content/icons.ts', out);
console.log(`Wrote content/icons.ts (${Object.keys(icons).length} icons, ${out.length} bytes).`);
