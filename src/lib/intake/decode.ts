/**
 * A received text as bytes → the text to import, or one clear message. Pure (TextDecoder), so the
 * paste page can use it on a dropped file too.
 */

/** The largest text the importer reads: a plan is 5,000–40,000 characters; 2 MB is not a plan. */
export const MAX_BYTES = 1_000_000;

export type Decoded = { ok: true; text: string; hadBom: boolean } | { ok: false; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** GB18030 is the superset of GBK/GB2312 that Chinese Windows tools save by default. */
function decodesAsGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // Mostly CJK once decoded: a GBK file, not random bytes.
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return han > 0 && han >= text.replace(/\s/g, '').length * 0.3;
  } catch {
    return false;
  }
}

/** Decodes a received file: UTF-8, with or without a byte-order mark; anything else is refused by name. */
export function decodeReceived(bytes: Uint8Array, name = 'the file'): Decoded {
  if (bytes.length > MAX_BYTES)
    return {
      ok: false,
      message: `${name}: the file is too large (${(bytes.length / 1_000_000).toFixed(1)} MB); expected one plan as plain text, at most ${MAX_BYTES / 1_000_000} MB`,
    };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return {
      ok: false,
      message: decodesAsGb18030(bytes)
        ? `${name}: the file is encoded as GBK / GB18030, not UTF-8; save it as UTF-8 (e.g. iconv -f GB18030 -t UTF-8) and import it again`
        : `${name}: the file is not UTF-8 text; expected a plain text file saved as UTF-8`,
    };
  }
  const hadBom = text.startsWith('\uFEFF');
  if (hadBom) text = text.slice(1);
  if (text.trim() === '') return { ok: false, message: `${name}: the file is empty; expected the text of a plan` };
  if (text.includes('\u0000')) return { ok: false, message: `${name}: the file is not text (it holds NUL bytes)` };
  return { ok: true, text, hadBom };
}
