// The Firefox journeys: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, one journey
// at a time (each launches its own Firefox on a fresh profile and removes it). Run by `npm test` after
// the Chromium journeys; alone with `npm run e2e:firefox` (after the Firefox builds).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'tests/firefox';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The builds the journeys install, and how each is made. */
const BUILDS = [
  ['.output/firefox-mv3', 'npx wxt build -b firefox'],
  ['.output/firefox-mv3-control', 'npx wxt build -b firefox --mode control'],
  ['.output/firefox-mv3-journaltest', 'npx wxt build -b firefox --mode journaltest'],
];

const missing = BUILDS.filter(([dir]) => !existsSync(join(dir, 'manifest.json')));
if (!existsSync(FIREFOX) || missing.length > 0) {
  if (!existsSync(FIREFOX)) console.error(`✖ Firefox ESR not found at ${FIREFOX} (apt-get install firefox-esr).`);
  for (const [dir, command] of missing) console.error(`✖ No build in ${dir}. Run: ${command}`);
  process.exit(1);
}

const started = Date.now();
const result = spawnSync(
  process.execPath,
  ['--import', 'jiti/register', '--test-reporter=spec', join(DIR, 'journeys.ts')],
  { stdio: 'inherit' },
);
console.log(`  Firefox journeys in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
