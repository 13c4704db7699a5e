/**
 * Every built page through the Nu HTML Checker (npm `vnu-jar`, run with Debian's Java like the
 * browser tests use Debian's Chromium: README's test command installs both). One Java run over all
 * of dist/; every error and warning is reported with its page, line and message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, allPages, requireBuild } from '#tests/built-site.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  /** error, info (subType warning), or non-document-error (the checker could not read a file). */
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

let messages: NuMessage[];

beforeAll(() => {
  requireBuild();
  // --no-langdetect: the pages declare their language (zh-CN); the checker's guess from a page of
  // field names and file names (/data/) is no finding about the markup.
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--no-langdetect', DIST], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    throw new Error(
      `Java could not be started (${run.error.message}): install it as README says (default-jre-headless).`,
    );
  }
  // The checker prints its JSON report on standard error, and exits 1 when it found anything.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  // The checker applies each page's Content-Security-Policy <meta> to the files it reads from disk,
  // where 'self' (an origin) matches no file: URL, so it calls every own stylesheet and script
  // blocked. Served over HTTP they are not: src/tests/browser/content-security-policy.test.ts checks
  // the policy in a real browser on every page type. Only those messages are set aside here.
  // Likewise a JSON data block (<script type="application/json">) is never run, so no policy applies
  // to it, though the checker names it an inline script.
  messages = report.messages.filter(
    (m) =>
      !/^Resource violates Content Security Policy \(meta tag\)/.test(m.message) &&
      !(/^Inline script violates Content Security Policy/.test(m.message) && m.extract?.includes('application/json')),
  );
}, 240_000);

/** The page a message is about, as a URL path (/plans/tongnan/9/). */
function pageOf(message: NuMessage): string {
  if (!message.url) return '(no file)';
  const rel = relative(DIST, fileURLToPath(message.url)).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** One line per kind of message, then the pages it occurs on (first line of each), so a long list stays readable. */
function listed(found: NuMessage[]): string {
  const byMessage = new Map<string, string[]>();
  for (const m of found) {
    const key = `${m.subType ? `${m.type} (${m.subType})` : m.type}: ${m.message}`;
    byMessage.set(key, [...(byMessage.get(key) ?? []), `${pageOf(m)}${m.lastLine ? `:${m.lastLine}` : ''}`]);
  }
  // A fatal error (such as a <script> after </html>) stops the checker on that page: say so, since
  // errors after it on those pages are not known yet.
  const fatal = found.some((m) => m.subType === 'fatal')
    ? ['(The checker stopped at a fatal error on the pages it names; errors after it there are not yet known.)']
    : [];
  return [...byMessage]
    .map(
      ([key, pages]) =>
        `${key}\n  on ${pages.length} page(s): ${pages.sort().slice(0, 20).join(', ')}${pages.length > 20 ? ', …' : ''}`,
    )
    .concat(fatal)
    .join('\n');
}

describe('the Nu HTML Checker', () => {
  it('read every built page', () => {
    expect(allPages().length).toBeGreaterThan(100);
    expect(listed(messages.filter((m) => m.type === 'non-document-error'))).toBe('');
  });

  it('finds no error on any page', () => {
    const errors = messages.filter((m) => m.type === 'error');
    expect(listed(errors), `${errors.length} errors`).toBe('');
  });

  it('finds no warning on any page', () => {
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    expect(listed(warnings), `${warnings.length} warnings`).toBe('');
  });
});
