/**
 * Headless Chromium (Debian's `chromium` package) for the diff.html test, driven from the command
 * line, no extra packages: `--dump-dom` prints the DOM after the page's script has run, and
 * `--screenshot` saves a PNG. Each run gets its own profile folder and no network.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The chromium binary on PATH, or null. */
export function findChromium(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function flags(): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${mkdtempSync(path.join(os.tmpdir(), 'roadmap-chromium-'))}`,
  ];
}

/** The DOM of `file` (with `hash`) after its scripts ran. */
export async function dumpDom(chromium: string, file: string, hash = ''): Promise<string> {
  const url = `${pathToFileURL(file).href}${hash}`;
  const { stdout } = await run(chromium, [...flags(), '--dump-dom', url], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return stdout;
}

export async function screenshot(chromium: string, file: string, png: string, size = '1280,1700'): Promise<void> {
  await run(chromium, [...flags(), '--hide-scrollbars', `--window-size=${size}`, `--screenshot=${png}`, pathToFileURL(file).href], { timeout: 60_000 });
}
