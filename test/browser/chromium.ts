// Debian's chromium driven by playwright-core, as both browser suites launch it. The flags keep it
// from reaching for the network at start-up (this machine has none); the suites skip when it is absent.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../eval/shared.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go for a person to look at (kept out of git). */
export const ARTIFACTS = join(repoRoot, 'test-artifacts');

export function ensureArtifacts(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
}
