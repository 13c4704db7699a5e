/** `npm run preview` (astro preview) serves the Chinese 404 page, with search and the plan list, for an unknown address. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { requireBuild } from '#tests/built-site.ts';
import { loadContent } from '#lib/build/load.ts';

const library = loadContent().library;
let preview: ChildProcess;
let origin: string;
let browser: Browser;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  requireBuild();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
  preview = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'pipe',
  });
  // Wait until the preview server answers (at most 30 s).
  for (let tries = 0; tries < 120; tries++) {
    const status = await fetch(`${origin}/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
});

afterAll(async () => {
  await browser?.close();
  preview?.kill();
});

describe('the 404 page', () => {
  it('is served with status 404 for an unknown path, in Chinese, with search and every plan', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/plans/no-such-plan/99/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('找不到该页面');
    for (const plan of library.plans)
      expect(await page.locator('main').getByRole('link', { name: plan.meta.title }).count(), plan.slug).toBe(1);

    await page.getByLabel('搜索词').fill('碳账户');
    await page.locator('main').getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('碳账户');
    await page.close();
  });
});
