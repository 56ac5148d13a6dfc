import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_ICON_FILES } from '../../../content/icon-names';
import { ICONS } from '../../../content/icons';
import { parseSvgIcon, renderIconModule } from '../../../domain/icons';

const PLUS =
  '<svg width="1em" height="1em" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">\n<path d="M12 3V21M3 12H21" fill="currentColor"/>\n</svg>';

describe('parseSvgIcon', () => {
  it('reads the viewBox and each path with its fill rule', () => {
    expect(parseSvgIcon(PLUS)).toEqual({ viewBox: '0 0 24 24', paths: [{ d: 'M12 3V21M3 12H21', evenOdd: false }] });
    const holed = PLUS.replace('<path d=', '<path fill-rule="evenodd" clip-rule="evenodd" d=');
    expect(parseSvgIcon(holed).paths[0]?.evenOdd).toBe(true);
  });

  it('refuses what it would draw wrongly or unsafely', () => {
    expect(() => parseSvgIcon(PLUS.replace('<path', '<circle r="2"/><path'))).toThrow(/circle/);
    expect(() => parseSvgIcon(PLUS.replace('M12 3V21M3 12H21', "M1 1' onload='x"))).toThrow(/path data/);
    expect(() => parseSvgIcon(PLUS.replace('viewBox="0 0 24 24" ', ''))).toThrow(/viewBox/);
    expect(() => parseSvgIcon('<svg viewBox="0 0 24 24"></svg>')).toThrow(/without paths/);
  });

  it('writes a module that names its source and version', () => {
    const module = renderIconModule({ add: parseSvgIcon(PLUS) }, { add: 'Plus' }, '1.2.3');
    expect(module).toContain('@navikt/aksel-icons 1.2.3');
    expect(module).toContain('// Plus.svg');
    expect(module).toContain("d: 'M12 3V21M3 12H21', evenOdd: false");
  });
});

describe('content/icons.ts', () => {
  it('holds exactly what `npm run icons` reads from the installed @navikt/aksel-icons', () => {
    const fromPackage = Object.fromEntries(
      Object.entries(PANEL_ICON_FILES).map(([name, file]) => [
        name,
        parseSvgIcon(readFileSync(`node_modules/@navikt/aksel-icons/dist/svg/${file}.svg`, 'utf8')),
      ]),
    );
    expect(ICONS).toEqual(fromPackage);
  });
});
