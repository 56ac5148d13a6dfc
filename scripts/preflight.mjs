// What `npm test`, `npm run demo` and `npm run bench` need on a fresh machine: the npm packages
// from the lockfile and Debian's Chromium. Installs what it can; otherwise says exactly what is missing.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs a command with inherited output; exits the process with a message when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Makes sure node_modules and Chromium are there. */
export function preflight({ needChromium = true } = {}) {
  if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/wxt')) {
    console.log('▸ Installing npm packages from the lockfile (npm ci) …');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  if (needChromium && !existsSync(CHROMIUM)) {
    if (isRoot()) {
      console.log('▸ Installing Debian’s chromium (apt-get) …');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: 'inherit',
      });
    } else {
      console.error(
        `✖ Chromium is missing at ${CHROMIUM}.\n  Install it with:  sudo apt-get install chromium\n  or point CHROMIUM_PATH at a Chromium binary.`,
      );
      process.exit(1);
    }
  }
}
