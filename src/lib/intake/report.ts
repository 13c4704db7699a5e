/**
 * What the intake commands print: the draft as JSON for scripts and tests, the editor's to-do list
 * in check-content's one-line form, and compare-text's table.
 */
import { stringify } from 'yaml';
import { ContentError, type ContentError as ContentErrorType } from '#lib/content/errors.ts';
import type { Draft } from './draft.ts';
import type { Suggestions } from './suggest.ts';
import type { TextComparison } from './compare.ts';

/** The parsed draft, as `npm run import -- --json` prints it. */
export function draftJson(draft: Draft, suggestions: Suggestions | undefined) {
  return {
    slug: draft.slug,
    frontmatter: draft.frontmatter,
    missing: draft.missing,
    proposed: draft.proposed,
    measures: (draft.plan?.measures ?? []).map((m) => ({
      number: m.number,
      label: m.label,
      place: m.place,
      title: m.title,
      text: m.text,
      lead: m.units?.lead ?? [],
      responsible: m.units?.responsible ?? [],
      units: m.units?.printed ?? null,
    })),
    annexTasks: (draft.plan?.annexTasks ?? []).map((t) => ({
      number: t.number,
      text: t.text,
      lead: t.lead,
      responsible: t.responsible,
      measure: t.measure.slice(t.measure.indexOf('/') + 1),
    })),
    suggestions: suggestions ?? null,
    problems: draft.problems.map((p) => p.message),
  };
}

/** 1-based line of `key:` at the start of a line in the frontmatter. */
function fieldLine(mdx: string, field: string): number | undefined {
  const key = field.split('.')[0]!;
  const index = mdx.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}

/** Everything an editor must still do, one line each, as check-content prints problems. */
export function todoLines(draft: Draft, suggestionsFile: string, suggestions: Suggestions): string[] {
  const lines: string[] = [];
  for (const m of draft.missing) {
    const proposed = (draft.proposed as Record<string, unknown>)[m.field];
    lines.push(
      new ContentError(
        { file: draft.file, line: fieldLine(draft.mdx, m.field), field: m.field },
        `not read from the text: ${m.why}`,
        {
          found: 'an empty field',
          expected: proposed !== undefined ? `${m.expected} (suggested: ${String(proposed)})` : m.expected,
        },
      ).message,
    );
  }
  // Problems of the accepted draft that are not just the empty fields above.
  const listed = new Set(draft.missing.map((m) => m.field));
  for (const p of draft.problems as ContentErrorType[])
    if (!(p.location.field && listed.has(p.location.field.split('.')[0]!))) lines.push(p.message);
  const untopiced = suggestions.topics.filter((t) => t.topics.length === 0).length;
  lines.push(
    new ContentError({ file: suggestionsFile, field: 'topics' }, 'topics suggested for each measure, to review', {
      found: `${suggestions.topics.length - untopiced} measures with suggested topics, ${untopiced} without`,
      expected:
        'each measure with its topics in content/measure-topics.yaml (npm run import -- --accept <slug> copies the suggestions)',
    }).message,
  );
  const proposed = suggestions.units.filter((u) => u.proposed).length;
  lines.push(
    new ContentError({ file: suggestionsFile, field: 'units' }, 'unit names mapped to the registry, to review', {
      found: `${suggestions.units.length - proposed} names of known units, ${proposed} proposed as new units (full name, type and jurisdiction guessed)`,
      expected: 'every unit name in content/agencies.yaml with its verified full name',
    }).message,
  );
  lines.push(
    new ContentError({ file: suggestionsFile, field: 'targets' }, 'candidate targets, to review', {
      found: `${suggestions.targets.length} figures with a unit (${suggestions.targets.filter((t) => t.metric).length} with a known metric)`,
      expected: 'the real targets in content/targets.yaml with metric, comparator, baseline and deadline checked',
    }).message,
  );
  lines.push(
    new ContentError({ file: suggestionsFile, field: 'period' }, "the plan's period, to review", {
      found: suggestions.period.length
        ? suggestions.period.map((p) => `"${p.printed}" at ${p.location}`).join(', ')
        : 'no period words',
      expected: 'an entry for the plan in content/periods.yaml',
    }).message,
  );
  return lines;
}

/** The suggestions file: every entry marked as a suggestion to review. */
export function suggestionsYaml(slug: string, suggestions: Suggestions, proposed: Record<string, unknown>): string {
  return [
    `# SUGGESTIONS TO REVIEW for content/plans/${slug}.mdx, written by npm run import.`,
    '# Nothing here is published or checked. Review each entry, correct it, then copy it into the',
    '# editorial files (npm run import -- --accept ' + slug + ' copies them all) and delete this file.',
    stringify({ status: 'suggestion', plan: slug, frontmatter: proposed, ...suggestions }, { lineWidth: 0 }),
  ].join('\n');
}

function pad(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return text + ' '.repeat(Math.max(1, width - w));
}

const KIND_WORDS: Record<string, string> = { copied: '照搬', adapted: '改写', partial: '部分沿用' };

/** compare-text's table for people: one line per link, then the shares and the unmatched measures. */
export function comparisonTable(result: TextComparison): string {
  const out: string[] = [];
  out.push(
    `${pad('text', 10)}${pad('library measure', 22)}${pad('kind', 14)}${pad('text share', 12)}${pad('library share', 15)}strength`,
  );
  for (const m of result.measures) {
    if (m.links.length === 0) {
      out.push(`${pad(m.label, 10)}${pad('—', 22)}no counterpart`);
      continue;
    }
    for (const link of m.links)
      out.push(
        `${pad(m.label, 10)}${pad(link.measure, 22)}${pad(`${link.kind} ${KIND_WORDS[link.kind]}`, 14)}${pad(link.textShare.toFixed(2), 12)}${pad(link.libraryShare.toFixed(2), 15)}${link.strength.map((s) => s.direction).join(', ') || '—'}`,
      );
  }
  out.push('');
  out.push('share of the text standing in each plan:');
  for (const s of result.shares) out.push(`  ${pad(s.plan, 14)}${(s.share * 100).toFixed(1)} %  (${s.links} links)`);
  out.push(`measures with no counterpart: ${result.unmatched.join(' ') || 'none'}`);
  if (result.excluded.length) out.push(`left out (the text is this plan): ${result.excluded.join(', ')}`);
  return out.join('\n') + '\n';
}
