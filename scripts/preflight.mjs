// What `npm test`, `npm run demo` and `npm run bench` need on a fresh machine: the npm packages
// from the lockfile and Debian's Chromium (the tests also Firefox ESR and poppler-utils). Installs what
// it can; otherwise says exactly what is missing.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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

/** The Debian packages the tests drive: a binary each, and the package that provides it. */
export const DEBIAN_TOOLS = [
  { binary: CHROMIUM, pkg: 'chromium', why: 'the browser the extension is tested in' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'reads the printed PDF in the print journey' },
  { binary: FIREFOX, pkg: 'firefox-esr', why: 'the Firefox journeys (tests/firefox)' },
];

/** Makes sure node_modules and the Debian tools are there (Chromium alone when `onlyChromium`). */
export function preflight({ needChromium = true, onlyChromium = false } = {}) {
  if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/wxt')) {
    console.log('▸ Installing npm packages from the lockfile (npm ci) …');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  if (!needChromium) return;
  const tools = onlyChromium ? DEBIAN_TOOLS.slice(0, 1) : DEBIAN_TOOLS;
  const missing = tools.filter((tool) => !existsSync(tool.binary));
  if (missing.length === 0) return;
  const pkgs = missing.map((tool) => tool.pkg).join(' ');
  if (isRoot()) {
    console.log(`▸ Installing Debian packages (apt-get): ${pkgs} …`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
      stdio: 'inherit',
    });
    return;
  }
  const lines = missing.map((tool) => `  ${tool.binary} (${tool.pkg}: ${tool.why})`).join('\n');
  console.error(`✖ Missing:\n${lines}\n  Install with:  sudo apt-get install ${pkgs}`);
  if (missing.some((tool) => tool.pkg === 'chromium')) {
    console.error('  or point CHROMIUM_PATH at a Chromium binary.');
  }
  if (missing.some((tool) => tool.pkg === 'firefox-esr')) {
    console.error('  or point FIREFOX_PATH at a Firefox ESR binary.');
  }
  process.exit(1);
}
