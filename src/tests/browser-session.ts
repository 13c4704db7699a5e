/**
 * Debian's Chromium driven by playwright-core (no browser is downloaded), and axe-core injected
 * from node_modules. Set CHROMIUM_PATH to use another Chromium binary.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveDist, type RunningServer } from './static-server.ts';
import { requireBuild } from './built-site.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface BrowserSession {
  browser: Browser;
  server: RunningServer;
  /** Every request the pages made to another host: the site must make none. */
  foreignRequests: string[];
  open(path: string, options?: { javaScript?: boolean; width?: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Send each response the headers dist/_headers gives it (the Content-Security-Policy among them). */
  hostHeaders?: boolean;
}

export async function startBrowserSession(options: SessionOptions = {}): Promise<BrowserSession> {
  requireBuild();
  const server = await serveDist(options);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const foreignRequests: string[] = [];
  return {
    browser,
    server,
    foreignRequests,
    async open(path, { javaScript = true, width = 1280 } = {}) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:'))
          foreignRequests.push(request.url());
      });
      await page.goto(server.origin + path);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Starts a session before the file's tests and closes it after; call at the top of a test file. */
export function useBrowserSession(options: SessionOptions = {}): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await startBrowserSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page (WCAG 2.x A/AA and best-practice rules) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages forbid those.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => String(n.target)),
    }));
  });
}
