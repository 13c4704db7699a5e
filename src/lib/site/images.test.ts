import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import icoEndec from 'ico-endec';
import { SHARE_IMAGE_SIZE, faviconIco, shareImageSvg, svgToPng } from './images.ts';

describe('the share image', () => {
  it('draws one bar per plan, the tallest for the plan with most measures', () => {
    const svg = shareImageSvg([10, 30, 20]);
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="90" height="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights).toHaveLength(3);
    expect(heights.indexOf(Math.max(...heights))).toBe(1);
  });

  it('renders to a 1200×630 PNG, the same bytes every time', async () => {
    const svg = shareImageSvg([10, 30, 20]);
    const png = await svgToPng(svg);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', ...SHARE_IMAGE_SIZE });
    expect((await svgToPng(svg)).equals(png)).toBe(true);
  });
});

describe('favicon.ico', () => {
  it('holds the icon at 16, 32 and 48 pixels', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#17633d"/></svg>';
    const sizes = icoEndec.decode(await faviconIco(svg)).map((icon) => icon.width);
    expect(sizes).toEqual([16, 32, 48]);
  });
});
