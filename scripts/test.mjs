// `npm test`: every check, in the order that fails fastest. Types, lint and unit tests first;
// then the production builds (Chrome, Firefox; the positive-control build without the CSP and the
// journal test build);
// then the gates that read the built files; then the journeys in Debian's Chromium, then in Debian's
// Firefox ESR.
import { spawnSync } from 'node:child_process';
import { preflight, run } from './preflight.mjs';

/**
 * Warnings the README explains (Scripts): Preact's renderer assigns innerHTML on the path for
 * `dangerouslySetInnerHTML`, which our code never takes. Any other warning fails, so a new one is either
 * fixed or explained.
 */
const EXPLAINED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\// }];

const started = Date.now();
preflight();

const step = (title) => console.log(`\n━━ ${title}`);
step('types, lint, unit tests (npm run check)');
run('npm', ['run', '-s', 'check']);

step('production builds');
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
// Identical to production but for the CSP: the zero-network test's positive control.
run('npx', ['wxt', 'build', '--mode', 'control']);
run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'control']);
// Production plus the synthetic journal origin granted at install: the journal journeys (no test can
// click the browser's permission prompt).
run('npx', ['wxt', 'build', '--mode', 'journaltest']);
run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'journaltest']);

step('gates on the built extension');
run('npx', ['vitest', 'run', 'tests/build']);

step('Firefox build: web-ext lint (errors fail, warnings are printed)');
lintFirefox('.output/firefox-mv3');

step('journeys in Chromium (Playwright)');
run('npx', ['playwright', 'test'], {
  env: { ...process.env, PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
});

step('journeys in Firefox ESR (puppeteer-core over WebDriver BiDi)');
run('node', ['tests/firefox/run.mjs']);

console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);

/** Mozilla's add-on linter on the Firefox build: any error, or a warning not explained, fails `npm test`. */
function lintFirefox(dir) {
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(`✖ web-ext lint gave no JSON report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const where = (entry) => (entry.file ? ` (${entry.file}${entry.line ? `:${entry.line}` : ''})` : '');
  for (const warning of report.warnings) console.log(`  ! ${warning.code}: ${warning.message}${where(warning)}`);
  for (const error of report.errors) console.error(`  ✖ ${error.code}: ${error.message}${where(error)}`);
  console.log(`  ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
  const unexplained = report.warnings.filter(
    (warning) =>
      !EXPLAINED_WARNINGS.some((known) => known.code === warning.code && known.file.test(warning.file ?? '')),
  );
  for (const warning of unexplained) console.error(`  ✖ not explained in the README: ${warning.code}${where(warning)}`);
  if (report.errors.length > 0 || unexplained.length > 0 || result.status !== 0) process.exit(1);
}
