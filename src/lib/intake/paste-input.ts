/**
 * What the paste page reads before comparing: a chosen file's bytes as text, or the one problem to
 * name (the page words it from the catalogue). Small and dependency-free, so the page's own script
 * stays light; the comparison core loads in the worker only when the page is used.
 */

/** The most the page reads: twice a long plan's file, so a real plan is never refused. */
export const PASTE_MAX_BYTES = 2_000_000;

export type PasteProblem = 'empty' | 'gbk' | 'notUtf8' | 'tooLarge' | 'noMeasures';
export type PasteInput = { ok: true; text: string } | { ok: false; problem: PasteProblem; megabytes?: string };

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Pasted text: refused when empty or larger than the page reads (counted in UTF-8 bytes, as a file). */
export function pastedText(text: string): PasteInput {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'empty' };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PASTE_MAX_BYTES) return { ok: false, problem: 'tooLarge', megabytes: megabytes(bytes) };
  return { ok: true, text };
}

/**
 * A file's bytes: UTF-8 (with or without a byte-order mark), or the encoding it is in when it is
 * GBK / GB18030 (the browsers' 'gbk' decoder is GB18030), mostly Chinese once decoded.
 */
export function fileText(bytes: Uint8Array): PasteInput {
  if (bytes.length > PASTE_MAX_BYTES) return { ok: false, problem: 'tooLarge', megabytes: megabytes(bytes.length) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: isGbk(bytes) ? 'gbk' : 'notUtf8' };
  }
  if (text.includes('\u0000')) return { ok: false, problem: 'notUtf8' };
  return pastedText(text);
}

function isGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return han > 0 && han >= text.replace(/\s/g, '').length * 0.3;
  } catch {
    return false;
  }
}
