/**
 * An N× corpus for the scale benchmark (scripts/bench-scale.ts): the five plans and N−1 clones of
 * the whole library, written to another folder; the content folder it reads is never written.
 *
 * Clone k is one consistent transformation applied to every string of its world — the plans'
 * MDX (frontmatter and text), their source texts, and the editorial YAML that belongs to them:
 *   - every place a plan is about (重庆, 潼南, 攀枝花, …) gets a new name, and every 文号 a new
 *     number, so titles, short names, issuers, 文号 and regions are distinct from every other plan;
 *   - a few pairs of common characters are swapped (a bijection, seeded by k), so clone measures
 *     are similar to their originals but not identical.
 * Characters that any code in src/ or scripts/ spells out (numbering labels, 牵头单位, 此件公开发布,
 * …) are never changed, so labels and unit parentheticals parse as before, and because plan text,
 * source text, unit aliases and target quotes change together, every content check passes on the
 * clones for the same reasons it passes on the originals.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** Pairs of characters swapped in each clone. */
export const SWAPPED_PAIRS = 8;
/** A character must occur this often in the plans to be swapped (rare ones change nothing). */
const SWAP_MIN_COUNT = 10;

/** A small seeded PRNG (mulberry32): the corpus must be the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Han characters written in the code: parsers and checks look for them, so clones keep them. */
function protectedCharacters(projectRoot: string): Set<string> {
  const chars = new Set<string>('〇一二三四五六七八九十百千万亿零年月日号');
  for (const folder of ['src', 'scripts']) {
    for (const entry of readdirSync(join(projectRoot, folder), { withFileTypes: true, recursive: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.(ts|astro|mdx)$/.test(entry.name) || /\.test\.ts$|\/tests\//.test(path)) continue;
      for (const ch of readFileSync(path, 'utf8').match(HAN_ALL) ?? []) chars.add(ch);
    }
  }
  // The words that fix a unit's type: a swap must neither make nor break one in a cloned unit's name.
  const typeRules = join(projectRoot, 'content', 'unit-type-rules.yaml');
  if (existsSync(typeRules)) for (const ch of readFileSync(typeRules, 'utf8').match(HAN_ALL) ?? []) chars.add(ch);
  return chars;
}

interface PlanFileParts {
  slug: string;
  frontmatter: string;
  body: string;
  meta: {
    region: Record<string, string>;
    source: string;
    documentNumber?: { value: string };
    basis?: { documentNumber?: string }[];
  };
}

function readPlanFile(slug: string, raw: string): PlanFileParts {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`content/plans/${slug}.mdx: no frontmatter`);
  return {
    slug,
    frontmatter: match[1]!,
    body: match[2]!,
    meta: parseDocument(match[1]!).toJS() as PlanFileParts['meta'],
  };
}

/** Applies `change` to every string scalar holding Han characters. */
function changeHanScalars(doc: Document | Node, change: (text: string) => string) {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && HAN.test(node.value)) node.value = change(node.value);
    },
  });
}

/** Replaces the value of every pair named `key` (anywhere) by `replace(value)`. */
function changeKey(doc: Document, key: string, replace: (value: string) => string) {
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === key && isScalar(pair.value) && typeof pair.value.value === 'string')
        pair.value.value = replace(pair.value.value);
    },
  });
}

/** A pattern matching any of `strings`, the longest first (so a 文号 wins over the place inside it). */
function alternation(strings: string[]): RegExp {
  const sorted = [...strings].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
}

export function writeScaledContent(
  fromDir: string,
  toDir: string,
  n: number,
  projectRoot: string = process.cwd(),
): { plans: number; measures: number } {
  cpSync(fromDir, toDir, { recursive: true });
  const plans = readdirSync(join(fromDir, 'plans'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readPlanFile(f.replace(/\.mdx$/, ''), readFileSync(join(fromDir, 'plans', f), 'utf8')));
  const measuresPerCopy = plans.reduce((sum, p) => sum + (p.body.match(/<Measure\b/g)?.length ?? 0), 0);
  if (n <= 1) return { plans: plans.length, measures: measuresPerCopy };

  const protectedChars = protectedCharacters(projectRoot);
  const allText = readdirSync(fromDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
  const places = [
    ...new Set(plans.flatMap((p) => Object.values(p.meta.region).map((name) => name.replace(/[省市区县]$/u, '')))),
  ].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const documentNumbers = [
    ...new Set(
      plans.flatMap((p) => [
        ...(p.meta.documentNumber ? [p.meta.documentNumber.value] : []),
        ...(p.meta.basis ?? []).flatMap((b) => (b.documentNumber ? [b.documentNumber] : [])),
      ]),
    ),
  ];
  // New place names are made of characters found nowhere in the content or the code, so they
  // collide with nothing and no swap touches them.
  const unused: string[] = [];
  for (let code = 0x5a00; unused.length < places.length * 2 * (n - 1) && code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    if (!allText.includes(ch) && !protectedChars.has(ch)) unused.push(ch);
  }
  const counts = new Map<string, number>();
  for (const plan of plans) for (const ch of plan.body.match(HAN_ALL) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const placeChars = new Set(places.join(''));
  const swappable = [...counts]
    .filter(([ch, count]) => count >= SWAP_MIN_COUNT && !protectedChars.has(ch) && !placeChars.has(ch))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([ch]) => ch);

  const transformFor = (k: number) => {
    const replacements = new Map<string, string>();
    places.forEach((place, i) => {
      const at = ((k - 1) * places.length + i) * 2;
      replacements.set(place, unused[at]! + unused[at + 1]!);
    });
    const placePattern = alternation([...replacements.keys()]);
    for (const number of documentNumbers) {
      replacements.set(
        number,
        number
          .replace(placePattern, (found) => replacements.get(found)!)
          .replace(/(\d+)号$/u, (_, digits: string) => `${Number(digits) + 1000 * k}号`),
      );
    }
    const pattern = alternation([...replacements.keys()]);
    const next = random(k);
    const pool = [...swappable];
    const swap = new Map<string, string>();
    for (let i = 0; i < SWAPPED_PAIRS && pool.length >= 2; i++) {
      const a = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
      const b = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
      swap.set(a, b);
      swap.set(b, a);
    }
    return (text: string) =>
      Array.from(
        text.replace(pattern, (found) => replacements.get(found)!),
        (ch) => swap.get(ch) ?? ch,
      ).join('');
  };
  const cloneSlug = (slug: string, k: number) => `${slug}-${k + 1}`;

  const topicsDoc = parseDocument(readFileSync(join(fromDir, 'measure-topics.yaml'), 'utf8'));
  const topicLines: string[] = [];
  const agenciesDoc = parseDocument(readFileSync(join(fromDir, 'agencies.yaml'), 'utf8'));
  const agencies = agenciesDoc.get('agencies');
  const agencyList = (agenciesDoc.toJS() as { agencies: Record<string, unknown>[] }).agencies;
  const targetsDoc = parseDocument(readFileSync(join(fromDir, 'targets.yaml'), 'utf8'));
  const targets = targetsDoc.get('targets');
  const targetList = (targetsDoc.toJS() as { targets: Record<string, unknown>[] }).targets;
  const periodsDoc = parseDocument(readFileSync(join(fromDir, 'periods.yaml'), 'utf8'));
  const periods = periodsDoc.get('periods');
  const periodList = (periodsDoc.toJS() as { periods: Record<string, unknown>[] }).periods;
  const summariesDoc = parseDocument(readFileSync(join(fromDir, 'summaries.yaml'), 'utf8'));
  const summaries = summariesDoc.get('summaries');
  const summaryList = (summariesDoc.toJS() as { summaries: { plan: string; sentences: Record<string, unknown>[] }[] })
    .summaries;
  if (!isSeq(agencies) || !isSeq(targets) || !isSeq(periods) || !isSeq(summaries) || !isMap(topicsDoc.contents))
    throw new Error('unexpected shape of the editorial YAML');
  // A summary's sources ("tongnan/9", "tongnan#b5") name the clone's own plan.
  const cloneRef = (ref: string, k: number) => ref.replace(/^[a-z0-9-]+/, (slug) => cloneSlug(slug, k));

  mkdirSync(join(toDir, 'sources'), { recursive: true });
  for (let k = 1; k < n; k++) {
    const transform = transformFor(k);
    plans.forEach((plan, i) => {
      const source = transform(readFileSync(join(fromDir, 'sources', plan.meta.source), 'utf8'));
      const sourceName = `${String(k * plans.length + i).padStart(3, '0')}_${createHash('sha256').update(source).digest('hex').slice(0, 16)}.txt`;
      writeFileSync(join(toDir, 'sources', sourceName), source);
      const frontmatter = parseDocument(plan.frontmatter);
      changeHanScalars(frontmatter, transform);
      changeKey(frontmatter, 'source', () => sourceName);
      changeKey(frontmatter, 'plan', (slug) => cloneSlug(slug, k));
      writeFileSync(
        join(toDir, 'plans', `${cloneSlug(plan.slug, k)}.mdx`),
        `---\n${frontmatter.toString().trimEnd()}\n---\n${transform(plan.body)}`,
      );
      // The English translation is keyed by block ids, which the clone keeps; only its plan changes.
      const translation = parseDocument(readFileSync(join(fromDir, 'translations', 'en', `${plan.slug}.yaml`), 'utf8'));
      changeKey(translation, 'plan', (slug) => cloneSlug(slug, k));
      // The clone's 文号 are renumbered (…6号 → …1006号), so their English ("… No. 6") is too.
      visit(translation, {
        Scalar: (_, node) => {
          if (typeof node.value === 'string')
            node.value = node.value.replace(
              /\bNo\. (\d+)\b/g,
              (_m, digits: string) => `No. ${Number(digits) + 1000 * k}`,
            );
        },
      });
      writeFileSync(
        join(toDir, 'translations', 'en', `${cloneSlug(plan.slug, k)}.yaml`),
        translation.toString({ lineWidth: 0 }),
      );
    });
    for (const summary of summaryList) {
      const clone = summariesDoc.createNode({
        plan: cloneSlug(summary.plan, k),
        sentences: summary.sentences.map((sentence) => ({
          ...sentence,
          refs: (sentence.refs as string[]).map((ref) => cloneRef(ref, k)),
        })),
      });
      changeHanScalars(clone, transform);
      summaries.add(clone);
    }
    for (const item of topicsDoc.contents.items) {
      const id = String((item.key as { value: unknown }).value);
      const [slug, number] = id.split('/');
      topicLines.push(
        `${cloneSlug(slug!, k)}/${number}: [${(topicsDoc.getIn([id]) as { toJSON(): string[] }).toJSON().join(', ')}]`,
      );
    }
    for (const agency of agencyList) {
      const clone = agenciesDoc.createNode({
        ...agency,
        id: `${String(agency.id)}-c${k + 1}`,
        plans: (agency.plans as string[]).map((slug) => cloneSlug(slug, k)),
      });
      changeHanScalars(clone, transform);
      agencies.add(clone);
    }
    for (const target of targetList) {
      const clone = targetsDoc.createNode({ ...target, plan: cloneSlug(String(target.plan), k) });
      changeHanScalars(clone, transform);
      targets.add(clone);
    }
    for (const period of periodList) {
      const clone = periodsDoc.createNode({ ...period, plan: cloneSlug(String(period.plan), k) });
      changeHanScalars(clone, transform);
      periods.add(clone);
    }
  }
  writeFileSync(
    join(toDir, 'measure-topics.yaml'),
    `${readFileSync(join(fromDir, 'measure-topics.yaml'), 'utf8').trimEnd()}\n${topicLines.join('\n')}\n`,
  );
  writeFileSync(join(toDir, 'agencies.yaml'), agenciesDoc.toString({ lineWidth: 0 }));
  writeFileSync(join(toDir, 'targets.yaml'), targetsDoc.toString({ lineWidth: 0 }));
  writeFileSync(join(toDir, 'periods.yaml'), periodsDoc.toString({ lineWidth: 0 }));
  writeFileSync(join(toDir, 'summaries.yaml'), summariesDoc.toString({ lineWidth: 0 }));
  return { plans: plans.length * n, measures: measuresPerCopy * n };
}
