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
import { ContentError } from '#lib/content/errors.ts';
import { readYaml, type YamlSource } from '#lib/content/yaml.ts';

export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'measure'; number: string; paragraphs: string[]; line: number }
  | { kind: 'documentNumber'; text: string; line: number }
  | { kind: 'signature'; lines: string[]; line: number }
  | { kind: 'colophon'; lines: string[]; line: number }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

export interface PlanSource {
  /** Path of the file, for messages, e.g. content/plans/tongnan.mdx. */
  file: string;
  /** The frontmatter, parsed but not yet validated, with its line numbers. */
  frontmatter: YamlSource;
  blocks: Block[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function phrasingText(file: string, nodes: PhrasingContent[], line: number): string {
  let text = '';
  for (const node of nodes) {
    if (node.type !== 'text') {
      throw new ContentError(
        { file, line: node.position?.start.line ?? line },
        `unexpected ${node.type} in plan text; plan text must be plain (remove Markdown formatting such as ** or inline tags)`,
      );
    }
    text += node.value;
  }
  // A line break inside a paragraph is wrapping, not text: Chinese joins without a space.
  return text.replace(/[ \t]*\r?\n[ \t]*/g, '');
}

function paragraphText(file: string, node: Paragraph): string {
  return phrasingText(file, node.children, node.position!.start.line);
}

/** Markdown reads "1. text" as a list; plans print item labels without that space. */
function listHint(type: string): string {
  return type === 'list' ? ' (a line starting "1. " is read as a list: write "1." without the space)' : '';
}

function childParagraphs(file: string, node: RootContent & { children: RootContent[] }, name: string): string[] {
  return node.children.map((child) => {
    if (child.type !== 'paragraph') {
      throw new ContentError(
        { file, line: child.position?.start.line },
        `<${name}> may hold only paragraphs of plan text, found ${child.type}${listHint(child.type)}`,
      );
    }
    return paragraphText(file, child);
  });
}

function toBlock(file: string, node: RootContent): Block {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'heading': {
      if (node.depth > 3) {
        throw new ContentError(
          { file, line },
          `heading level ${node.depth} is not used; expected # (title), ## (一、) or ### （一）`,
        );
      }
      return { kind: 'heading', depth: node.depth as 1 | 2 | 3, text: phrasingText(file, node.children, line), line };
    }
    case 'paragraph': {
      if (node.children.length === 1 && node.children[0]!.type === 'mdxJsxTextElement') {
        throw new ContentError(
          { file, line },
          `write <${node.children[0]!.name}> and its closing tag on lines of their own`,
        );
      }
      return { kind: 'paragraph', text: phrasingText(file, node.children, line), line };
    }
    case 'table': {
      const [head, ...body] = node.children.map((row) =>
        row.children.map((cell) => phrasingText(file, cell.children, line)),
      );
      return { kind: 'table', header: head ?? [], rows: body, line };
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
            throw new ContentError(
              { file, line },
              `<${name}> does not take the attribute ${key}; expected ${allowed.length ? allowed.join(', ') : 'none'}`,
            );
          }
        }
      };
      const inner = node as RootContent & { children: RootContent[] };
      switch (name) {
        case 'Measure': {
          allowOnly(['number']);
          const number = attributes.get('number');
          if (typeof number !== 'string' || number === '') {
            throw new ContentError(
              { file, line, field: 'Measure number' },
              'a <Measure> needs number="…" written as a string, e.g. number="3" or number="3.1.2"',
            );
          }
          const paragraphs = childParagraphs(file, inner, name);
          if (paragraphs.length === 0) throw new ContentError({ file, line }, `<Measure number="${number}"> is empty`);
          return { kind: 'measure', number, paragraphs, line };
        }
        case 'DocumentNumber': {
          allowOnly([]);
          const paragraphs = childParagraphs(file, inner, name);
          if (paragraphs.length !== 1)
            throw new ContentError({ file, line }, '<DocumentNumber> holds exactly one line');
          return { kind: 'documentNumber', text: paragraphs[0]!, line };
        }
        case 'Signature':
        case 'Colophon': {
          allowOnly([]);
          const lines = childParagraphs(file, inner, name);
          if (lines.length === 0) throw new ContentError({ file, line }, `<${name}> is empty`);
          return { kind: name === 'Signature' ? 'signature' : 'colophon', lines, line };
        }
        default:
          throw new ContentError(
            { file, line },
            `unknown element <${name}>; expected Measure, DocumentNumber, Signature or Colophon`,
          );
      }
    }
    default:
      throw new ContentError(
        { file, line },
        `unexpected ${node.type}; a plan holds headings, paragraphs, tables and the elements Measure, DocumentNumber, Signature and Colophon` +
          listHint(node.type),
      );
  }
}

/** Splits an MDX file into its frontmatter and its blocks. Throws ContentError naming file and line. */
export function readPlanSource(file: string, raw: string): PlanSource {
  const match = FRONTMATTER.exec(raw);
  if (!match)
    throw new ContentError({ file, line: 1 }, 'expected the file to start with YAML frontmatter between --- lines');
  const frontmatter = readYaml(file, match[1]!, 2);
  // Blank out the frontmatter rather than cutting it, so MDX positions are lines of the file.
  const body = match[0].replace(/[^\n]/g, '') + raw.slice(match[0].length);
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new ContentError({ file, line: place }, `MDX does not parse: ${(error as Error).message}`);
  }
  return {
    file,
    frontmatter,
    blocks: tree.children.map((node) => toBlock(file, node)),
  };
}
