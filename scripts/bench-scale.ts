/**
 * How the build grows with the corpus: `npm run bench:scale -- 1 4 10 20` builds an N× corpus for
 * each N in a temporary copy of the project and prints, per build step, wall time and peak memory,
 * then pages, dist bytes, /data/ bytes and Pagefind bytes (a Markdown table for the README). Times are
 * wall time with CPU time (user + system) in parentheses.
 *
 * The N× corpus is every plan plus N−1 clones of the whole library (see scripts/scale-corpus.ts):
 * clone k renames the places and 文号 and swaps a few characters everywhere, consistently in the
 * plan, its source text and the editorial YAML, so every content check passes on the clones as it
 * does on the originals. content/ is only read.
 *
 *   npm run bench:scale -- <N>…        one row per N
 *   npm run bench:scale -- 20 --keep   keep the temporary project (its path is printed)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeScaledContent } from './scale-corpus.ts';

const ROOT = process.cwd();

interface StepResult {
  step: string;
  seconds: number;
  /** User + system CPU time, seconds: less sensitive than wall time to other work on the machine. */
  cpu: number;
  /** Peak resident memory, bytes. */
  peak: number;
}

/**
 * The build steps as `npm run build` runs them, so a step added there is measured here. Today one:
 * `astro build`, whose integration (src/integration/) checks, aligns and indexes inside it.
 */
function buildSteps(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return pkg.scripts.build!.split('&&').map((s) => s.trim());
}

/** The project without node_modules, dist or generated files: what git tracks plus untracked, unignored files. */
function copyProject(into: string) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('content/')) continue;
    let stat;
    try {
      stat = statSync(join(ROOT, file));
    } catch {
      continue; // deleted in the work tree
    }
    if (!stat.isFile()) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(ROOT, file), join(into, file));
  }
  // One link per package rather than one link for node_modules, so that the caches Astro and Vite
  // write under node_modules/.astro and node_modules/.vite stay in the temporary project.
  mkdirSync(join(into, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(into, 'node_modules', entry));
  }
}

function run(step: string, cwd: string): StepResult {
  const [command, ...args] = step.split(/\s+/);
  // `astro build` as npm runs it: from node_modules/.bin, which npm puts first on the PATH.
  const bin = command === 'node' ? process.execPath : join(cwd, 'node_modules', '.bin', command!);
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const line = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  if (result.status !== 0 || !line) {
    process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-4000));
    throw new Error(`${step} failed in ${cwd} (exit ${result.status})`);
  }
  return { step, seconds: Number(line[1]), peak: Number(line[2]) * 1024, cpu: Number(line[3]) + Number(line[4]) };
}

function sizeOf(path: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

const MB = 1024 * 1024;
const seconds = (s: number) => `${s.toFixed(1)} s`;
const megabytes = (b: number) => `${(b / MB).toFixed(2)} MB`;

interface Row {
  n: number;
  plans: number;
  measures: number;
  steps: StepResult[];
  pages: number;
  dist: number;
  data: number;
  pagefind: number;
}

function measure(n: number, keep: boolean): Row {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${n}x-`));
  try {
    copyProject(dir);
    const { plans, measures } = writeScaledContent(join(ROOT, 'content'), join(dir, 'content'), n);
    process.stderr.write(`bench:scale ${n}×: ${plans} plans, ${measures} measures in ${dir}\n`);
    const steps = buildSteps().map((step) => {
      const result = run(step, dir);
      process.stderr.write(
        `  ${step}: ${seconds(result.seconds)} (${seconds(result.cpu)} CPU), ${megabytes(result.peak)} peak\n`,
      );
      return result;
    });
    const dist = sizeOf(join(dir, 'dist'));
    return {
      n,
      plans,
      measures,
      steps,
      pages: dist.html,
      dist: dist.bytes,
      data: sizeOf(join(dir, 'dist', 'data')).bytes,
      pagefind: sizeOf(join(dir, 'dist', 'pagefind')).bytes,
    };
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const steps = rows[0]!.steps.map((s) => s.step.replace(/^node scripts\/(.*)\.ts$/, '$1'));
  const header = [
    'corpus',
    'plans',
    'measures',
    ...steps,
    'full build',
    'peak memory (step)',
    'pages',
    'dist',
    '/data/',
    'Pagefind',
  ];
  const lines = rows.map((row) => {
    const total = row.steps.reduce((sum, s) => sum + s.seconds, 0);
    const cpu = row.steps.reduce((sum, s) => sum + s.cpu, 0);
    const peak = row.steps.reduce((max, s) => (s.peak > max.peak ? s : max));
    return [
      `${row.n}×`,
      String(row.plans),
      row.measures.toLocaleString('en'),
      ...row.steps.map((s) => `${seconds(s.seconds)} (${seconds(s.cpu)})`),
      `${seconds(total)} (${seconds(cpu)})`,
      `${megabytes(peak.peak)} (${peak.step.replace(/^node scripts\/(.*)\.ts$/, '$1')})`,
      row.pages.toLocaleString('en'),
      megabytes(row.dist),
      megabytes(row.data),
      megabytes(row.pagefind),
    ];
  });
  // Each row against the first (the 1× corpus when the run starts with 1): what the issue's targets compare.
  const base = rows[0]!;
  const wall = (row: Row) => row.steps.reduce((sum, s) => sum + s.seconds, 0);
  const ratios = rows
    .slice(1)
    .map(
      (row) =>
        `${row.n}× against ${base.n}×: full build ${(wall(row) / wall(base)).toFixed(1)}×, dist ${(row.dist / base.dist).toFixed(1)}×, /data/ ${(row.data / base.data).toFixed(1)}×`,
    )
    .join('; ');
  const load = `${ratios ? `${ratios}.\n\n` : ''}load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores at the end`;
  return (
    [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + `\n\n${load}\n`
  );
}

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.filter((a) => a !== '--keep').map(Number);
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench:scale -- <N>… [--keep], e.g. npm run bench:scale -- 1 4 10 20');
  process.exitCode = 2;
} else {
  const rows = sizes.map((n) => measure(n, keep));
  process.stdout.write(table(rows));
}
