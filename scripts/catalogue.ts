// Writes docs/catalogue.md, or with --json prints the catalogue as JSON (and nothing else) on stdout.
// Run: npm run catalogue [-- --json] (node --import jiti/register: Node 20 cannot strip types itself)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, renderCatalogueMarkdown } from '../content/catalogue.ts';
import { HANDOUTS } from '../content/handouts.ts';
import { GUIDES } from '../content/library.ts';
import { SOURCE_SECTIONS } from '../content/source-sections.ts';

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(buildCatalogue(GUIDES), null, 2)}\n`);
} else {
  const target = fileURLToPath(new URL('../docs/catalogue.md', import.meta.url));
  writeFileSync(target, renderCatalogueMarkdown(GUIDES, SOURCE_SECTIONS, HANDOUTS));
  process.stdout.write(`Wrote docs/catalogue.md (${buildCatalogue(GUIDES).length} items, ${GUIDES.length} guides).\n`);
}
