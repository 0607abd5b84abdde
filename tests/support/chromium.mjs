/**
 * Finds the system Chromium for the browser tests and the benchmark: CHROME_PATH first, then the
 * usual system paths. Nothing here downloads a browser. `ensureChromium` installs Debian's
 * `chromium` package when none is found and this machine can (root with apt-get), and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return candidates.find((path) => existsSync(path));
}

const howTo =
  'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH ' +
  'to a Chromium or Chrome executable, then run the tests again.';

export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) throw new Error(howTo);
  log('No Chromium found: installing Debian\'s "chromium" package with apt-get (this happens once) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get finished, but Chromium is still missing. ${howTo}`);
  log(`Installed ${installed}.`);
  return installed;
}

/** For command-line scripts: the Chromium path, or the reason there is none and exit code 1. */
export function chromiumOrExit() {
  try {
    return ensureChromium();
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
}

/** Launch flags for a headless run on a closed network: no background requests, no sandbox as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * Chromium features the tests switch off beyond Playwright's own list: Chromium 15x builds each
 * window's address-bar popup as a web page, so every browser context (a window, headless or not)
 * started a renderer that draws nothing here. It took a sixth of a browser test file's CPU.
 */
export const featuresOff = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Starts a Playwright browser server (`chromium.launchServer` from playwright-core) with
 * `featuresOff` switched off too. Chromium reads only the last --disable-features, and Playwright
 * passes one of its own; so the flag is read off the first browser's command line (Linux's /proc)
 * and the browser started again with that flag replaced by one that lists both. Where the command
 * line cannot be read, the first browser is kept as it is: slower, not different.
 */
export async function launchServerLean(chromium, options) {
  const first = await chromium.launchServer(options);
  let flag;
  try {
    const args = readFileSync(`/proc/${first.process().pid}/cmdline`, 'utf8').split('\0');
    flag = args.find((arg) => arg.startsWith('--disable-features='));
  } catch {
    return first;
  }
  if (!flag) return first;
  await first.close();
  return chromium.launchServer({
    ...options,
    ignoreDefaultArgs: [flag],
    args: [...(options.args ?? []), `${flag},${featuresOff.join(',')}`],
  });
}

/**
 * The browser of a test run (support/global-setup.ts starts it): `launchServerLean` with only this
 * machine allowed to connect, on a port chosen free. It resolves no host name but 127.0.0.1's, so
 * nothing a page asks of another origin leaves the machine (support/browser.ts records each such
 * request; it used to route every request, which also turns the cache off).
 */
export function launchTestBrowser(chromium, executablePath) {
  return launchServerLean(chromium, {
    executablePath,
    args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    host: '127.0.0.1',
  });
}

// `node tests/support/chromium.mjs` prints the path, installing Chromium first if needed.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(chromiumOrExit());
}
