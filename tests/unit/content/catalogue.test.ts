import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, countCatalogue, documentsCited, renderCatalogueMarkdown } from '../../../content/catalogue';
import { HANDOUTS } from '../../../content/handouts';
import { GUIDES } from '../../../content/library';
import { SOURCE_SECTIONS } from '../../../content/source-sections';
import { listGuideItems, SOURCE_DOCUMENTS } from '../../../domain/guide';
import { ROLES } from '../../../domain/roles';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ENTRY_KEYS = ['core', 'feeds', 'guide', 'id', 'kind', 'roles', 'source', 'text'];
const ITEM_COUNT = GUIDES.reduce((sum, guide) => sum + listGuideItems(guide).length, 0);

describe('buildCatalogue', () => {
  const entries = buildCatalogue(GUIDES);

  it('has one entry per item, in library order', () => {
    expect(entries).toHaveLength(ITEM_COUNT);
    expect(entries.map((entry) => entry.id)).toEqual(
      GUIDES.flatMap((guide) => listGuideItems(guide).map(({ item }) => item.id)),
    );
  });

  it('gives every entry exactly the documented JSON shape', () => {
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(ENTRY_KEYS);
      const sourceKeys = entry.source.law === undefined ? ['document', 'section'] : ['document', 'law', 'section'];
      expect(Object.keys(entry.source).sort()).toEqual(sourceKeys);
      expect(typeof entry.core).toBe('boolean');
      expect(GUIDES.find((guide) => guide.id === entry.guide)?.roles).toEqual(entry.roles);
      expect(Array.isArray(entry.feeds)).toBe(true);
      expect(entry.text.length).toBeGreaterThan(1);
    }
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
  });
});

describe('countCatalogue', () => {
  const counts = countCatalogue(buildCatalogue(GUIDES));
  const sum = (values: Readonly<Record<string, number>>) => Object.values(values).reduce((a, b) => a + b, 0);

  it('adds up per document and per kind', () => {
    expect(counts.total).toBe(ITEM_COUNT);
    expect(sum(counts.byDocument)).toBe(ITEM_COUNT);
    expect(sum(counts.byKind)).toBe(ITEM_COUNT);
  });

  it('counts an item once for each role of its guide', () => {
    for (const role of ROLES) {
      const expected = GUIDES.filter((guide) => guide.roles.includes(role)).reduce(
        (total, guide) => total + listGuideItems(guide).length,
        0,
      );
      expect(counts.byRole[role], role).toBe(expected);
      expect(counts.byRole[role], `${role} has no items`).toBeGreaterThan(0);
    }
  });

  it('draws on every source document, in an item or in a handout section', () => {
    const cited = documentsCited(GUIDES, HANDOUTS);
    expect(SOURCE_DOCUMENTS.filter((document) => !cited.has(document))).toEqual([]);
  });
});

describe('renderCatalogueMarkdown', () => {
  const markdown = renderCatalogueMarkdown(GUIDES, SOURCE_SECTIONS, HANDOUTS);

  it('is deterministic', () => {
    expect(renderCatalogueMarkdown(GUIDES, SOURCE_SECTIONS, HANDOUTS)).toBe(markdown);
  });

  it('states the totals and lists every guide and item', () => {
    expect(markdown).toContain(`${ITEM_COUNT} punkter i ${GUIDES.length} guider.`);
    for (const guide of GUIDES) expect(markdown).toContain(`### ${guide.title}`);
    for (const entry of buildCatalogue(GUIDES)) expect(markdown).toContain(`\`${entry.id}\``);
  });

  it('lists every handout section with its sources', () => {
    for (const handout of HANDOUTS) {
      expect(markdown).toContain(`### ${handout.title}`);
      for (const section of handout.sections) {
        const row = markdown
          .split('\n')
          .find((line) => line.includes(`(\`${section.id}\`)`) && line.startsWith('| **'));
        expect(row, section.id).toBeDefined();
        for (const source of section.sources) expect(row).toContain(source.section);
      }
    }
  });

  it('has a count row for each document and each role', () => {
    const counts = countCatalogue(buildCatalogue(GUIDES));
    for (const document of SOURCE_DOCUMENTS) {
      expect(markdown).toContain(`| \`${document}\` | ${counts.byDocument[document]} | `);
    }
    for (const role of ROLES)
      expect(markdown).toMatch(new RegExp(`\\(\`${role}\`\\) \\| \\d+ \\| ${counts.byRole[role]} \\|`));
  });
});

describe('scripts/catalogue.ts --json', () => {
  it('prints only the JSON array on stdout', () => {
    const stdout = execFileSync(process.execPath, ['--import', 'jiti/register', 'scripts/catalogue.ts', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(buildCatalogue(GUIDES))));
  });
});

describe('docs/catalogue.md', () => {
  it('is up to date with the library (run `npm run catalogue` after editing a guide)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderCatalogueMarkdown } = await import('../../../content/catalogue');
    const { GUIDES } = await import('../../../content/library');
    const { SOURCE_SECTIONS } = await import('../../../content/source-sections');
    expect(readFileSync('docs/catalogue.md', 'utf8')).toBe(renderCatalogueMarkdown(GUIDES, SOURCE_SECTIONS, HANDOUTS));
  });
});
