// `npm test`: every check, in the order that fails fastest. Types, lint and unit tests first;
// then the production builds (Chrome, Firefox, and the positive-control build without the CSP);
// then the gates that read the built files; then the journeys in Debian's Chromium.
import { preflight, run } from './preflight.mjs';

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

step('gates on the built extension');
run('npx', ['vitest', 'run', 'tests/build']);

step('journeys in Chromium (Playwright)');
run('npx', ['playwright', 'test'], {
  env: { ...process.env, PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
});

console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
