/**
 * Matching a search term against a topic's name and editorial aliases (content/taxonomy.yaml).
 * Kept apart from topics.ts so that the search page's browser bundle does not pull in the schema
 * library.
 */

/** Width, Latin case and white space folded, as search compares text. */
const foldLabel = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/**
 * Whether a search term points at a topic: it equals the topic's name or an alias, contains one
 * (碳账户体系 → 碳账户), or is a part of one of at least three characters (绿色信贷 →
 * 绿色信贷产品与服务). Two-character parts (绿色) are too common to point anywhere.
 */
export function topicMatchesTerm(topic: { name: string; aliases?: readonly string[] }, term: string): boolean {
  const folded = foldLabel(term);
  if (folded === '') return false;
  return [topic.name, ...(topic.aliases ?? [])]
    .map(foldLabel)
    .some(
      (label) =>
        label === folded ||
        (label.length >= 2 && folded.includes(label)) ||
        (folded.length >= 3 && label.includes(folded)),
    );
}
