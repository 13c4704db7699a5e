/**
 * The English search page's own part (/en/search/), loaded by search-page.ts there only, so that
 * the Chinese page's script carries none of it: the English rule (word stems, with the stemmer),
 * starting the Chinese index for a query in Han characters, and how its results are listed.
 */
import { englishMatcher, topicMatchesEnglishTerm } from '#lib/search/english.ts';
import type { SearchHit, TextMatcher } from '#lib/search/engine.ts';

export const englishRules = { matcher: englishMatcher as TextMatcher, topicMatch: topicMatchesEnglishTerm };

/** A query in Han characters searches the Chinese text. */
export const isChineseQuery = (query: string) => /\p{Script=Han}/u.test(query);

/**
 * Starts Pagefind on the Chinese index. Pagefind reads the language it searches (its word
 * segmentation) from <html lang> when it starts, with no option to name another, so the document's
 * lang is Chinese for that moment only (synchronously: nothing renders in between).
 */
export async function startInChinese(pagefind: { init(): Promise<void> }): Promise<void> {
  const root = document.documentElement;
  const lang = root.lang;
  root.lang = 'zh-CN';
  const started = pagefind.init();
  root.lang = lang;
  await started;
}

/** A result found in the Chinese text, as the English page lists it: its English page, the plan's English name. */
export function inEnglish(hit: SearchHit, planNames: Record<string, string> = {}): SearchHit {
  return {
    ...hit,
    url: `/en${hit.url}`,
    plan: planNames[hit.planSlug] ?? hit.plan,
    tasks: hit.tasks.map((task) => inEnglish(task, planNames)),
  };
}
