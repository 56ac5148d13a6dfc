// Every Firefox journey in one process (one puppeteer-core load instead of one per file): imported in
// name order; node:test runs their tests one after another, each on its own Firefox.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const name of readdirSync(here)
  .filter((file) => file.endsWith('.journey.ts'))
  .sort()) {
  await import(join(here, name));
}

// A journey that hangs (a BiDi command that never answers) must not hold `npm test` until CI's limit.
const LIMIT_MS = 8 * 60_000;
setTimeout(() => {
  console.error(`✖ The Firefox journeys did not finish within ${LIMIT_MS / 60_000} minutes.`);
  process.exit(1);
}, LIMIT_MS).unref();
