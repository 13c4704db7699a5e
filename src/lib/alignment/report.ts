/** The consistency report and the curator's suggestions as plain text for the terminal. */
import type { Alignment, suggestTopics } from './alignment.ts';
import type { Library } from '#lib/plan/library.ts';
import type { TopicIndex } from '#lib/topics/topics.ts';
import { percent } from '#lib/site/format.ts';

export function formatReport(alignment: Alignment, library: Library, topics: TopicIndex): string {
  const { report, parameters } = alignment;
  const title = new Map(library.measures.map((m) => [m.id, m.title]));
  const name = new Map(topics.topics.map((t) => [t.id, t.name]));
  const lines: string[] = ['Alignment consistency report', ''];

  lines.push(
    `Similar pairs (score ≥ ${parameters.highWithoutTopic}) that share no topic: ${report.similarWithoutSharedTopic.length}`,
  );
  for (const p of report.similarWithoutSharedTopic) {
    lines.push(`  ${p.score.toFixed(3)}  ${p.a} ${title.get(p.a)}  ↔  ${p.b} ${title.get(p.b)}`);
    lines.push(
      `         topics: [${topics.topicsOf.get(p.a)!.join(', ')}] vs [${topics.topicsOf.get(p.b)!.join(', ')}]; shared terms: ${p.terms.join(' ')}`,
    );
  }
  lines.push(
    '',
    `Topic members unlike every other plan's members on the topic (best score < ${parameters.outlier}): ${report.topicOutliers.length}`,
  );
  for (const o of report.topicOutliers)
    lines.push(`  ${o.topic} (${name.get(o.topic)}): ${o.measure} ${title.get(o.measure)} — best ${o.best.toFixed(3)}`);
  lines.push('', 'Least cohesive topics (mean similarity of cross-plan member pairs):');
  for (const c of report.topicCohesion.slice(0, 10))
    lines.push(`  ${c.mean.toFixed(3)}  ${c.topic} (${name.get(c.topic)}), ${c.pairs} pairs`);
  lines.push('', `Topics no measure carries: ${report.unusedTopics.join(', ') || 'none'}`);
  lines.push(`Topics only one plan speaks to: ${report.singlePlanTopics.join(', ') || 'none'}`);
  lines.push('', 'Measures with no topic: none (the build fails on one)');

  lines.push(
    '',
    "Text reuse (share of the row plan's measure characters in runs of ≥ " +
      parameters.minRun +
      ' also found in the column plan; generic apart):',
  );
  for (const from of alignment.plans) {
    const cells = alignment.reuse.filter((c) => c.from === from);
    lines.push(
      `  ${from.padEnd(10)} ` +
        cells.map((c) => `${c.to}: ${percent(c.share)} (+${percent(c.genericShare)} generic)`).join('  '),
    );
  }
  return lines.join('\n') + '\n';
}

export function formatSuggestions(suggestions: ReturnType<typeof suggestTopics>, topics: TopicIndex): string {
  const name = new Map(topics.topics.map((t) => [t.id, t.name]));
  const lines: string[] = [];
  for (const s of suggestions) {
    lines.push(`${s.measure} ${s.title}`);
    lines.push(`  now: ${s.current.map((t) => `${t} (${name.get(t)})`).join(', ') || '(no topic yet)'}`);
    for (const c of s.candidates) {
      lines.push(`  ${c.score.toFixed(3)}  ${c.id} ${c.title}`);
      lines.push(`         ${c.topics.map((t) => `${t} (${name.get(t)})`).join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
