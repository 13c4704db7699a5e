/**
 * Reads a plan's MDX file into plain blocks of the plan's own text. The MDX holds only the plan's
 * words plus a few structural elements; anything else (inline formatting, stray JSX, lists) is a
 * content error, because it would change how the plan's words appear.
 *
 * Block vocabulary (see README, "Writing a plan"):
 *   # / ## / ###          document titles / parts (一、) / sections (（一）)
 *   paragraph             plan text
 *   <Measure number="…">  one measure; its paragraphs are the measure's text
 *   <DocumentNumber>      the 文号 line
 *   <Signature>           issuer and date lines, one paragraph per printed line
 *   <Colophon>            抄送 / 印发 lines, one paragraph per printed line
 *   GFM table             an annex table
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Paragraph } from 'mdast';
import { ContentError, type ContentProblems } from '#lib/content/errors.ts';
import { readYaml, type YamlSource } from '#lib/content/yaml.ts';

export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'measure'; number: string; paragraphs: string[]; line: number; paragraphLines?: number[] }
  | { kind: 'documentNumber'; text: string; line: number; paragraphLines?: number[] }
  | { kind: 'signature'; lines: string[]; line: number; paragraphLines?: number[] }
  | { kind: 'colophon'; lines: string[]; line: number; paragraphLines?: number[] }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

export interface PlanSource {
  /** Path of the file, for messages, e.g. content/plans/tongnan.mdx. */
  file: string;
  /** The frontmatter, parsed but not yet validated, with its line numbers. */
  frontmatter: YamlSource;
  blocks: Block[];
  /**
   * False when some block could not be read (and was reported): checks of the whole document
   * (numbering, comparison with the source) are then skipped, so one problem is reported once.
   */
  sound: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * What MDX makes of ordinary characters, and how to write them in plan text so they stay text.
 * Keyed by the node type the parser produced; README ("Writing characters MDX treats as syntax")
 * gives the same advice.
 */
const SYNTAX_ADVICE: Record<string, { found: string; expected: string }> = {
  emphasis: {
    found: 'text between * or _, which Markdown shows in italics',
    expected: 'plain text: write \\* or \\_ for a printed * or _',
  },
  strong: {
    found: 'text between ** or __, which Markdown shows in bold',
    expected: 'plain text: remove the ** markers (they are not printed in the plan)',
  },
  delete: {
    found: 'text between ~~, which Markdown strikes through',
    expected: 'plain text: write \\~ for each printed ~',
  },
  inlineCode: { found: 'text between backticks `', expected: 'plain text: write \\` for a printed backtick' },
  link: { found: 'a Markdown link [text](address)', expected: 'plain text: write \\[ for a printed [' },
  linkReference: { found: 'a Markdown link reference [text]', expected: 'plain text: write \\[ for a printed [' },
  image: { found: 'a Markdown image ![text](address)', expected: 'plain text: write \\! for a printed ! before [' },
  break: {
    found: 'a line that ends in two spaces or a backslash, which Markdown reads as a forced line break',
    expected:
      'no spaces or backslash at the end of the line (a printed line break is a new paragraph: leave a blank line)',
  },
  mdxJsxTextElement: { found: 'a tag inside a line', expected: 'plain text: write \\< for a printed <, e.g. \\<5%' },
  mdxTextExpression: {
    found: 'text between { and }, which MDX reads as code',
    expected: 'plain text: write \\{ for a printed {',
  },
  footnoteReference: { found: 'a footnote mark [^…]', expected: 'plain text: write \\[ for a printed [' },
  html: { found: 'HTML', expected: 'plain text: write \\< for a printed <' },
};

const FLOW_ADVICE: Record<string, { found: string; expected: string }> = {
  list: {
    found: 'a line starting "1. " (or "- "), which Markdown reads as a list',
    expected: 'the label as printed without the space after it: write "1." without the space, or \\- for a printed -',
  },
  code: {
    found: 'a line indented by four spaces or fenced by ```, which Markdown reads as code',
    expected: 'the line without its indentation',
  },
  blockquote: {
    found: 'a line starting with >, which Markdown reads as a quotation',
    expected: 'plain text: write \\> for a printed >',
  },
  thematicBreak: {
    found: 'a line of ---, *** or ___, which Markdown reads as a rule',
    expected: 'plain text: write \\- for a printed -',
  },
  mdxFlowExpression: {
    found: 'a line between { and }, which MDX reads as code (also {/* comments */})',
    expected:
      'plain text: write \\{ for a printed {; editorial notes belong in the frontmatter note fields, not in the text',
  },
  mdxjsEsm: {
    found: 'a line starting with import or export, which MDX reads as code',
    expected: 'plain text: write &#105;mport or &#101;xport for the first letter',
  },
  definition: {
    found: 'a line [label]: address, which Markdown reads as a link definition',
    expected: 'plain text: write \\[ for a printed [',
  },
  footnoteDefinition: { found: 'a footnote [^…]:', expected: 'plain text: write \\[ for a printed [' },
  html: { found: 'HTML', expected: 'plain text: write \\< for a printed <' },
};

/** The line each child of an element starts on, so a problem in its text can name that line. */
function lineNumbers(node: { children: RootContent[] }): number[] {
  return node.children.map((child) => child.position?.start.line ?? 0);
}

class BlockReader {
  readonly file: string;
  /** The MDX body, to quote what was written where the parser saw syntax. */
  readonly body: string;

  constructor(file: string, body: string) {
    this.file = file;
    this.body = body;
  }

  problem(line: number | undefined, problem: string, detail?: { found?: string; expected?: string }, field?: string) {
    return new ContentError({ file: this.file, line, field: field ?? 'text' }, problem, detail);
  }

  phrasingText(nodes: PhrasingContent[], line: number): string {
    let text = '';
    for (const node of nodes) {
      const at = node.position?.start.line ?? line;
      if (node.type === 'text') {
        text += node.value;
        continue;
      }
      // An e-mail or web address GFM turned into a link is plan text as printed.
      if (node.type === 'link' && node.position) {
        const written = this.body.slice(node.position.start.offset, node.position.end.offset);
        const [child] = node.children;
        if (node.children.length === 1 && child?.type === 'text' && child.value === written) {
          text += written;
          continue;
        }
      }
      const advice = SYNTAX_ADVICE[node.type] ?? {
        found: 'formatting',
        expected: 'plain text without Markdown formatting',
      };
      throw this.problem(at, `Markdown formatting in plan text`, {
        found: `${advice.found}: "${this.written(node) ?? ''}"`,
        expected: advice.expected,
      });
    }
    // A line break inside a paragraph is wrapping, not text: Chinese joins without a space.
    return text.replace(/[ \t]*\r?\n[ \t]*/g, '');
  }

  written(node: RootContent | PhrasingContent): string | undefined {
    if (!node.position) return undefined;
    const text = this.body.slice(node.position.start.offset, node.position.end.offset);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  }

  paragraphText(node: Paragraph): string {
    return this.phrasingText(node.children, node.position!.start.line);
  }

  flowProblem(node: RootContent, where: string): ContentError {
    const line = node.position?.start.line;
    const advice = FLOW_ADVICE[node.type];
    if (advice) {
      return this.problem(line, `Markdown syntax in plan text`, {
        found: `${advice.found}: "${this.written(node)}"`,
        expected: advice.expected,
      });
    }
    return this.problem(line, `unexpected ${where}`, {
      found: `"${this.written(node)}"`,
      expected: 'headings, paragraphs, tables and the elements Measure, DocumentNumber, Signature and Colophon',
    });
  }

  childParagraphs(node: RootContent & { children: RootContent[] }, name: string): string[] {
    return node.children.map((child) => {
      if (child.type !== 'paragraph') {
        if (FLOW_ADVICE[child.type]) throw this.flowProblem(child, '');
        throw this.problem(child.position?.start.line, `<${name}> may hold only paragraphs of plan text`, {
          found: `"${this.written(child)}"`,
          expected: `lines of plan text between <${name}> and </${name}>`,
        });
      }
      return this.paragraphText(child);
    });
  }

  toBlock(node: RootContent): Block {
    const { file } = this;
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading': {
        if (node.depth > 3) {
          throw this.problem(line, `heading level ${node.depth} is not used`, {
            found: '#'.repeat(node.depth),
            expected: '# (title), ## (一、) or ### （一）',
          });
        }
        return { kind: 'heading', depth: node.depth as 1 | 2 | 3, text: this.phrasingText(node.children, line), line };
      }
      case 'paragraph': {
        if (node.children.length === 1 && node.children[0]!.type === 'mdxJsxTextElement') {
          throw this.problem(line, `an element on the same line as its text`, {
            found: `<${node.children[0]!.name}> with text on its line`,
            expected: `<${node.children[0]!.name}> and its closing tag on lines of their own`,
          });
        }
        return { kind: 'paragraph', text: this.phrasingText(node.children, line), line };
      }
      case 'table': {
        const [head, ...body] = node.children.map((row) =>
          row.children.map((cell) => this.phrasingText(cell.children, line)),
        );
        const header = head ?? [];
        // GFM fills a short row silently; a missing cell would shift units between columns.
        node.children.slice(1).forEach((row, index) => {
          const written = this.body.slice(row.position!.start.offset, row.position!.end.offset);
          const cells = written
            .replace(/^\s*\|/, '')
            .replace(/\|\s*$/, '')
            .split(/(?<!\\)\|/).length;
          if (cells !== header.length) {
            throw this.problem(
              row.position!.start.line,
              `a table row has ${cells} cell${cells === 1 ? '' : 's'}`,
              {
                found: `"${written.length > 60 ? written.slice(0, 60) + '…' : written}"`,
                expected: `${header.length} cells separated by |, one per column (${header.join(' | ')}); an empty cell is written | |`,
              },
              `table row ${index + 1}`,
            );
          }
        });
        return { kind: 'table', header, rows: body, line };
      }
      case 'mdxJsxFlowElement': {
        const name = node.name ?? '';
        const attributes = new Map(
          node.attributes.map((a) => [
            a.type === 'mdxJsxAttribute' ? a.name : '{…}',
            a.type === 'mdxJsxAttribute' ? a.value : null,
          ]),
        );
        const allowOnly = (allowed: string[]) => {
          for (const key of attributes.keys()) {
            if (!allowed.includes(key)) {
              throw this.problem(line, `<${name}> does not take the attribute ${key}`, {
                found: key,
                expected: allowed.length ? allowed.join(', ') : 'no attribute',
              });
            }
          }
        };
        const inner = node as RootContent & { children: RootContent[] };
        switch (name) {
          case 'Measure': {
            allowOnly(['number']);
            const number = attributes.get('number');
            if (typeof number !== 'string' || number === '') {
              throw new ContentError({ file, line, field: 'Measure number' }, 'a <Measure> needs its number', {
                found: typeof number === 'string' ? 'number=""' : number === undefined ? 'no number' : 'number={…}',
                expected: 'number="…" written as a string, e.g. number="3" or number="3.1.2"',
              });
            }
            const paragraphs = this.childParagraphs(inner, name);
            if (paragraphs.length === 0)
              throw this.problem(line, `<Measure number="${number}"> is empty`, {
                found: 'no text',
                expected: 'the measure text between <Measure> and </Measure>',
              });
            return { kind: 'measure', number, paragraphs, line, paragraphLines: lineNumbers(inner) };
          }
          case 'DocumentNumber': {
            allowOnly([]);
            const paragraphs = this.childParagraphs(inner, name);
            if (paragraphs.length !== 1)
              throw this.problem(line, '<DocumentNumber> holds exactly one line', {
                found: `${paragraphs.length} lines`,
                expected: 'the 文号 as printed, on one line',
              });
            return { kind: 'documentNumber', text: paragraphs[0]!, line, paragraphLines: lineNumbers(inner) };
          }
          case 'Signature':
          case 'Colophon': {
            allowOnly([]);
            const lines = this.childParagraphs(inner, name);
            if (lines.length === 0)
              throw this.problem(line, `<${name}> is empty`, { found: 'no text', expected: 'the printed lines' });
            return {
              kind: name === 'Signature' ? 'signature' : 'colophon',
              lines,
              line,
              paragraphLines: lineNumbers(inner),
            };
          }
          default:
            throw this.problem(line, `unknown element <${name}>`, {
              found: `<${name}>`,
              expected: 'Measure, DocumentNumber, Signature or Colophon',
            });
        }
      }
      default:
        throw this.flowProblem(node, 'content');
    }
  }
}

/** Where MDX itself stopped, in words an editor understands, with advice that works. */
function parseProblem(file: string, body: string, error: unknown): ContentError {
  const { line, column, reason, ruleId } = error as {
    line?: number;
    column?: number;
    reason?: string;
    ruleId?: string;
  };
  const lineText = line ? (body.split('\n')[line - 1] ?? '') : '';
  const at = column ? lineText.slice(Math.max(0, column - 2)) : lineText;
  const found = `"${lineText.trim().slice(0, 50)}"`;
  if (/<!--/.test(lineText)) {
    return new ContentError({ file, line, field: 'text' }, 'an HTML comment <!-- … --> in plan text', {
      found: `"${/<!--[\s\S]*?(-->|$)/.exec(lineText)![0]}"`,
      expected:
        'no comments in plan text: editorial notes belong in the frontmatter note fields (MDX does not allow <!-- -->)',
    });
  }
  if (ruleId === 'end-tag-mismatch' || /closing tag/.test(reason ?? '')) {
    const tag = (/for `<(\w+)>`/.exec(reason ?? '') ?? /`<\/?(\w+)>`/.exec(reason ?? ''))?.[1] ?? 'Measure';
    // An element never closed is only noticed at the end of the file; MDX then names where the element
    // opened, "(12:1-12:21)", and that line, not the end of the file, is where the editor must look.
    const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason ?? '');
    if (!line && opened) {
      const openLine = Number(opened[1]);
      const openText = (body.split('\n')[openLine - 1] ?? '').trim();
      return new ContentError({ file, line: openLine, field: 'text' }, `<${tag}> is never closed`, {
        found: `"${openText.slice(0, 50)}" with no </${tag}> after it (the file ends first)`,
        expected: `</${tag}> on a line of its own after the element's last line`,
      });
    }
    return new ContentError({ file, line, field: 'text' }, `an element is not closed where expected`, {
      found: lineText.trim() ? found : 'the end of the file',
      expected: `<${tag}> closed by </${tag}> on a line of its own, spelled the same`,
    });
  }
  if (/acorn|import\/exports/.test(reason ?? '')) {
    return new ContentError({ file, line, field: 'text' }, 'a line MDX reads as code', {
      found,
      expected: FLOW_ADVICE.mdxjsEsm!.expected,
    });
  }
  if (at.startsWith('<') || lineText.includes('<')) {
    return new ContentError({ file, line, field: 'text' }, 'a < that MDX reads as the start of a tag', {
      found,
      expected:
        'write \\< for a printed < (e.g. \\<5%); elements are only <Measure>, <DocumentNumber>, <Signature>, <Colophon>',
    });
  }
  if (lineText.includes('{') || lineText.includes('}')) {
    return new ContentError({ file, line, field: 'text' }, 'a { or } that MDX reads as code', {
      found,
      expected: 'write \\{ and \\} for a printed { and }',
    });
  }
  return new ContentError({ file, line, field: 'text' }, 'the text cannot be read as MDX', {
    found,
    expected: 'plain text; write \\< \\{ \\* \\_ \\~ for those characters as printed',
  });
}

/** Recently parsed bodies: an unchanged file is not parsed again (dev server, fault tests). */
const parsed = new Map<string, Root>();

function parseMdx(body: string): Root {
  const cached = parsed.get(body);
  if (cached) return cached;
  // singleTilde off: 3~5年 is plan text; only ~~ would be strike-through (and is reported).
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm, { singleTilde: false }).parse(body);
  if (parsed.size >= 16) parsed.delete(parsed.keys().next().value!);
  parsed.set(body, tree);
  return tree;
}

/**
 * Splits an MDX file into its frontmatter and its blocks, reporting every problem; returns
 * undefined when the file cannot be read at all (no frontmatter, MDX that does not parse).
 */
export function readPlanSource(file: string, raw: string, problems: ContentProblems): PlanSource | undefined {
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    problems.report({ file, line: 1, field: 'frontmatter' }, 'the file does not start with its frontmatter', {
      found: `"${raw.split('\n')[0]!.slice(0, 30)}"`,
      expected: 'a first line --- , then the frontmatter fields, then a line ---',
    });
    return undefined;
  }
  const frontmatter = problems.collect(() => readYaml(file, match[1]!, 2));
  // Blank out the frontmatter rather than cutting it, so MDX positions are lines of the file.
  const body = match[0].replace(/[^\n]/g, '') + raw.slice(match[0].length);
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    problems.add(parseProblem(file, body, error));
    return undefined;
  }
  const reader = new BlockReader(file, body);
  const before = problems.count;
  const blocks = tree.children.flatMap((node) => {
    const block = problems.collect(() => reader.toBlock(node));
    return block ? [block] : [];
  });
  if (!frontmatter) return undefined;
  return { file, frontmatter, blocks, sound: problems.count === before };
}
