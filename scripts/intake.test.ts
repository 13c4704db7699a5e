/**
 * The intake commands on bad input: one clear line, exit code 2, never a stack trace; and a good
 * import writes its draft, source and suggestions without overwriting anything.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { CONTENT_DIR } from '#lib/intake/content.ts';
import { importMain } from './import.ts';
import { compareTextMain } from './compare-text.ts';
import { InputError } from './intake-input.ts';

let dir: string;
let content: string;
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'intake-cli-'));
  content = join(dir, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('no message');
}

test('bad input gets one line that says what is wrong', () => {
  const gbk = file('gbk.txt', Uint8Array.from([0xc2, 0xcc, 0xc9, 0xab, 0xbd, 0xf0, 0xc8, 0xda, 0x0a]));
  const empty = file('empty.txt', '');
  const prose = file('prose.txt', '这是一段没有编号的文字。它不是一份方案。\n');
  const big = file('big.txt', '绿'.repeat(700_000));
  const cases: [string[], RegExp][] = [
    [[gbk, '--slug', 'x'], /gbk\.txt: the file is encoded as GBK \/ GB18030, not UTF-8/],
    [[empty, '--slug', 'x'], /empty\.txt: the file is empty/],
    [[prose, '--slug', 'x'], /prose\.txt: no recognisable measures/],
    [[big, '--slug', 'x'], /big\.txt: the file is too large \(2\.1 MB\)/],
    [[prose, '--slug', 'tongnan'], /content\/plans\/tongnan\.mdx already exists/],
    [[prose, '--slug', 'Bad Slug'], /is not a slug/],
    [[prose], /--slug is missing/],
    [[join(dir, 'missing.txt'), '--slug', 'x'], /missing\.txt: no such file/],
  ];
  for (const [args, expected] of cases) {
    const message = messageOf(() => importMain(args, content));
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  }
  expect(messageOf(() => compareTextMain([gbk], content))).toMatch(/GBK/);
  expect(messageOf(() => compareTextMain([file('short.txt', '见附件。\n')], content))).toMatch(/nothing to compare/);
}, 20_000);

test('the command prints that one line and exits 2, with no stack trace', () => {
  const empty = file('empty2.txt', '');
  let stderr = '';
  let status = 0;
  try {
    execFileSync(process.execPath, ['scripts/import.ts', empty, '--slug', 'x'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    ({ stderr, status } = error as { stderr: string; status: number });
  }
  expect(status).toBe(2);
  expect(stderr.trim()).toMatch(/^\S*empty2\.txt: the file is empty; expected the text of a plan$/);
}, 20_000);

test('an import writes the draft, its source and its suggestions, and never overwrites', () => {
  const received = file('hechuan.txt', readFileSync(join(CONTENT_DIR, 'sources', '000_a517b2b22c002621.txt')));
  expect(importMain([received, '--slug', 'hechuan'], content)).toBe(0);
  const draft = readFileSync(join(content, 'plans', 'hechuan.mdx'), 'utf8');
  expect(draft).toMatch(/^---\n/);
  expect(draft).toContain('source: hechuan.txt');
  expect(draft).toContain('<Measure number="32">');
  expect(existsSync(join(content, 'sources', 'hechuan.txt'))).toBe(true);
  expect(readFileSync(join(content, 'suggestions', 'hechuan.yaml'), 'utf8')).toMatch(/^# SUGGESTIONS TO REVIEW/);
  expect(messageOf(() => importMain([received, '--slug', 'hechuan'], content))).toMatch(/already exists/);
  expect(readFileSync(join(content, 'plans', 'hechuan.mdx'), 'utf8')).toBe(draft);
  // The draft, not yet completed, does not stop the tools: it is left out of their library, and said so.
  const errors = vi.mocked(console.error);
  errors.mockClear();
  expect(compareTextMain([received], content)).toBe(0);
  expect(errors.mock.calls.flat().join('\n')).toMatch(/left out of the library .*: hechuan/);
}, 20_000);

test('compare-text --json names the text measure by its printed label and the library measure by its id', () => {
  const source = readFileSync(join(CONTENT_DIR, 'sources', '000_a517b2b22c002621.txt'), 'utf8');
  const excerpt = file(
    'excerpt.txt',
    source.slice(source.indexOf('1.推动金融机构'), source.indexOf('2.推动地方金融组织')),
  );
  const write = vi.mocked(process.stdout.write);
  write.mockClear();
  expect(compareTextMain([excerpt, '--json'], CONTENT_DIR)).toBe(0);
  const output = JSON.parse(write.mock.calls.map(([chunk]) => String(chunk)).join('')) as {
    links: { label: string; measure: string; kind: string }[];
  };
  expect(output.links.length).toBeGreaterThan(0);
  for (const link of output.links) {
    expect(link.label).toBe('1.');
    expect(link.measure).toMatch(/^[a-z][a-z0-9-]*\/\d+(\.\d+)*$/);
  }
  expect(output.links.map((l) => l.measure)).toContain('tongnan/1');
}, 20_000);
