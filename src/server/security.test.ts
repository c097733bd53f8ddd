import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { html, raw } from './html.js';
import { allowedHost, bearerToken, loadOrCreateToken, sameSecret } from './security.js';

describe('API token', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is created once beside the database, private, then read back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-token-'));
    dirs.push(dir);
    const db = join(dir, 'news.db');
    const first = loadOrCreateToken(db, {});
    expect(first.origin).toBe('created');
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(`${db}.token`, 'utf8').trim()).toBe(first.token);
    expect(statSync(`${db}.token`).mode & 0o077).toBe(0);
    const second = loadOrCreateToken(db, {});
    expect(second).toMatchObject({ token: first.token, origin: 'file' });
  });

  it('comes from SITREP_TOKEN when set', () => {
    expect(loadOrCreateToken('/nonexistent/x.db', { SITREP_TOKEN: ' s3cret ' })).toMatchObject({
      token: 's3cret',
      origin: 'environment',
    });
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer  abc ', 'abc'],
    ['Basic abc', undefined],
    ['abc', undefined],
    [undefined, undefined],
  ])('reads the bearer token from %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each([
    ['abc', 'abc', true],
    ['abd', 'abc', false],
    ['ab', 'abc', false],
    [undefined, 'abc', false],
  ])('compares %j with %j in constant time → %s', (given, expected, same) => {
    expect(sameSecret(given, expected)).toBe(same);
  });
});

describe('host check', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost', true],
    ['[::1]:8080', true],
    ['attacker.example:8080', false],
    ['127.0.0.1.attacker.example', false],
    [undefined, false],
  ])('on loopback, host %j allowed: %s', (host, allowed) => {
    expect(allowedHost(host, true)).toBe(allowed);
  });

  it('allows any host when the server was told to listen beyond loopback', () => {
    expect(allowedHost('news.internal:8080', false)).toBe(true);
  });
});

describe('html templates', () => {
  it('escapes interpolated text, including inside attributes', () => {
    const title = '<script>alert(1)</script>" onmouseover="x';
    expect(html`<a title="${title}">${title}</a>`.text).toBe(
      '<a title="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</a>',
    );
  });

  it('passes nested templates and trusted markup through, and joins lists', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${raw('<hr>')}${null}${false}`.text).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul><hr>',
    );
  });
});
