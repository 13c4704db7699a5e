/**
 * The default share image (Open Graph / Twitter card) and the favicon, drawn at build time.
 * The share image shows one bar per plan, its height the plan's number of measures; it carries
 * no text because the build machine has no Chinese font and the site ships none.
 */
import sharp from 'sharp';
import icoEndec from 'ico-endec';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The share image as SVG: a green field, a leaf, and one bar per plan scaled to its measure count. */
export function shareImageSvg(measureCounts: readonly number[]): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  const max = Math.max(1, ...measureCounts);
  const barWidth = 90;
  const gap = 40;
  const left = width - 120 - measureCounts.length * (barWidth + gap) + gap;
  const base = height - 110;
  const bars = measureCounts
    .map((count, i) => {
      const h = Math.round((count / max) * 380);
      return `<rect x="${left + i * (barWidth + gap)}" y="${base - h}" width="${barWidth}" height="${h}" rx="10" fill="#ffffff" fill-opacity="${0.55 + (0.45 * (i + 1)) / measureCounts.length}"/>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#17633d"/>` +
    `<path d="M120 470c0-170 120-270 300-270-20 180-120 280-260 280" fill="none" stroke="#ffffff" stroke-width="36" stroke-linecap="round"/>` +
    `<rect x="${left - 20}" y="${base}" width="${width - left - 100}" height="6" fill="#ffffff"/>` +
    bars +
    `</svg>`
  );
}

/** An SVG rendered to PNG by sharp (librsvg); the output depends only on the SVG and sharp's version. */
export async function svgToPng(svg: string, width?: number): Promise<Buffer> {
  const image = sharp(Buffer.from(svg));
  return (width ? image.resize(width, width) : image).png({ compressionLevel: 9 }).toBuffer();
}

/** /favicon.ico: the SVG favicon as 16, 32 and 48 pixel PNGs in one ICO file. */
export async function faviconIco(svg: string): Promise<Buffer> {
  return icoEndec.encode(await Promise.all([16, 32, 48].map((size) => svgToPng(svg, size))));
}
