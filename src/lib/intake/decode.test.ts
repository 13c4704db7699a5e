import { expect, test } from 'vitest';
import { decodeReceived, MAX_BYTES } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('reads UTF-8 with or without a byte-order mark', () => {
  expect(decodeReceived(utf8('一、总体要求\r\n'))).toEqual({ ok: true, text: '一、总体要求\r\n', hadBom: false });
  expect(decodeReceived(utf8('\uFEFF一、总体要求'))).toEqual({ ok: true, text: '一、总体要求', hadBom: true });
});

test('names GBK when the text was saved as GBK', () => {
  // 绿色金融 in GBK (GB18030) bytes, as a Chinese Windows editor saves it.
  const gbk = Uint8Array.from([0xc2, 0xcc, 0xc9, 0xab, 0xbd, 0xf0, 0xc8, 0xda]);
  const result = decodeReceived(gbk, 'plan.txt');
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(/^plan\.txt: .*GBK \/ GB18030.*UTF-8/);
});

test('refuses bytes that are no text, an empty file and a file too large to be a plan, each in one line', () => {
  const results = [
    decodeReceived(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x00]), 'a.bin'),
    decodeReceived(utf8('  \n\n'), 'empty.txt'),
    decodeReceived(new Uint8Array(2 * MAX_BYTES).fill(0x41), 'big.txt'),
  ];
  const messages = results.map((r) => (r.ok ? '' : r.message));
  expect(messages[0]).toMatch(/^a\.bin: the file is not UTF-8/);
  expect(messages[1]).toMatch(/^empty\.txt: the file is empty/);
  expect(messages[2]).toMatch(/^big\.txt: the file is too large \(2\.0 MB\)/);
  for (const m of messages) expect(m).not.toContain('\n');
});
