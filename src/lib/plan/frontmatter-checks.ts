/**
 * Frontmatter facts that the text itself prints must agree with the text: the title, issuers,
 * dates, 文号, publication marking, basis citations and where an excerpt stops.
 */
import type { ContentProblems } from '#lib/content/errors.ts';
import { isCalendarDate } from '#lib/content/fields.ts';
import { lineOf, type YamlSource } from '#lib/content/yaml.ts';
import type { PlanFrontmatter } from './schema.ts';
import { blocksOf, type Measure, type PlanBlock } from './types.ts';

const DATE_IN_TEXT = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function isoFromChineseDate(text: string): string | undefined {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

export function checkAgainstText(
  file: string,
  meta: PlanFrontmatter,
  blocks: readonly PlanBlock[],
  frontmatter: YamlSource,
  problems: ContentProblems,
) {
  const at = (field: string, ...path: (string | number)[]) => ({ file, line: lineOf(frontmatter, path), field });
  const titles = blocksOf(blocks, 'heading')
    .filter((b) => b.depth === 1)
    .map((b) => b.text);
  if (!titles.includes(meta.title)) {
    problems.report(at('title', 'title'), `title is not one of the document's # headings`, {
      found: `"${meta.title}"`,
      expected: titles.map((t) => `"${t}"`).join(' or ') || 'a # heading in the text',
    });
  }
  const signatureBlocks = blocksOf(blocks, 'signature');
  const signatures = signatureBlocks.flatMap((b) => b.lines);
  const signatureText = signatures.join('\n');
  for (const [i, issuer] of meta.issuers.entries()) {
    if (!signatureText.includes(issuer)) {
      problems.report(at(`issuers.${i}`, 'issuers', i), `issuer is not printed in the <Signature>`, {
        found: `"${issuer}"`,
        expected: signatures.length ? `a name printed there: ${signatures.join(' / ')}` : 'a <Signature> in the text',
      });
    }
  }
  // A date the text prints must be a real day; otherwise the frontmatter would repeat the mistake.
  let impossibleDate = false;
  for (const block of [...signatureBlocks, ...blocksOf(blocks, 'colophon')]) {
    for (const [i, line] of block.lines.entries()) {
      const iso = isoFromChineseDate(line);
      if (iso && !isCalendarDate(iso)) {
        impossibleDate = true;
        problems.report(
          {
            file,
            line: block.paragraphLines?.[i] ?? block.line,
            field: block.kind === 'signature' ? 'Signature' : 'Colophon',
          },
          'the date printed is not a day of the calendar',
          {
            found: `"${DATE_IN_TEXT.exec(line)![0]}"`,
            expected: 'a real date (check the month and the day against the source)',
          },
        );
      }
    }
  }
  const signed = signatures.map(isoFromChineseDate).filter((d) => d !== undefined);
  // An impossible printed date is reported once, above, not again as a mismatch.
  if (!impossibleDate && !signed.includes(meta.dateIssued)) {
    problems.report(at('dateIssued', 'dateIssued'), `dateIssued does not match the date in the <Signature>`, {
      found: meta.dateIssued,
      expected: signed.join(' or ') || 'a date printed in the <Signature>',
    });
  }
  const colophon = blocksOf(blocks, 'colophon').flatMap((b) => b.lines);
  if (meta.datePrinted !== undefined && !impossibleDate) {
    const printed = colophon.filter((l) => l.includes('印发')).map(isoFromChineseDate);
    if (!printed.includes(meta.datePrinted)) {
      problems.report(at('datePrinted', 'datePrinted'), `datePrinted does not match a 印发 line in the <Colophon>`, {
        found: meta.datePrinted,
        expected: printed.filter(Boolean).join(' or ') || 'a 印发 line with that date, or no datePrinted',
      });
    }
  }
  const numbers = blocksOf(blocks, 'documentNumber').map((b) => b.text);
  if (meta.documentNumber?.inSource && !numbers.includes(meta.documentNumber.value)) {
    problems.report(
      at('documentNumber', 'documentNumber', 'value'),
      `documentNumber is marked inSource but no <DocumentNumber> prints it`,
      {
        found: `${meta.documentNumber.value} (the text prints ${numbers.join(', ') || 'none'})`,
        expected: numbers.join(' or ') || 'inSource: false',
      },
    );
  }
  if (numbers.length > 0 && !meta.documentNumber?.inSource) {
    problems.report(at('documentNumber', 'documentNumber'), `the text prints a 文号 the frontmatter does not give`, {
      found: `<DocumentNumber> ${numbers.join(', ')}`,
      expected: `documentNumber.value: ${numbers[0]} with inSource: true`,
    });
  }
  const paragraphs = blocksOf(blocks, 'paragraph').map((b) =>
    b.text.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')),
  );
  const markings = paragraphs.filter((p) => /^（此件.*发布）$/.test(p));
  const expectedMarking = meta.publication === 'none' ? [] : [`（${meta.publication}）`];
  if (markings.join() !== expectedMarking.join()) {
    problems.report(at('publication', 'publication'), `publication does not match the marking the text prints`, {
      found: `publication: ${meta.publication}; the text prints ${markings.join(', ') || 'no marking'}`,
      expected: `publication: ${markings.length ? markings[0]!.slice(1, -1) : 'none'}`,
    });
  }
  const fullText = blocks.map((b) => ('text' in b ? b.text : 'paragraphs' in b ? b.paragraphs.join('') : '')).join('');
  for (const [i, basis] of meta.basis.entries()) {
    if (!fullText.includes(`《${basis.cited}》`)) {
      problems.report(at(`basis.${i}.cited`, 'basis', i, 'cited'), `basis is not cited in the text`, {
        found: `"${basis.cited}"`,
        expected: `《${basis.cited}》 in the text, or the title exactly as it stands inside 《》`,
      });
    }
    if (basis.documentNumber !== undefined && !fullText.includes(basis.documentNumber)) {
      problems.report(
        at(`basis.${i}.documentNumber`, 'basis', i, 'documentNumber'),
        `basis document number is not printed in the text`,
        { found: basis.documentNumber, expected: 'the 文号 exactly as the text prints it with the citation' },
      );
    }
  }
}

/** An excerpt must end at completeness.stopsAt; the measure there is marked truncated. */
export function markTruncation(
  file: string,
  meta: PlanFrontmatter,
  blocks: readonly PlanBlock[],
  measures: Measure[],
  frontmatter: YamlSource,
  problems: ContentProblems,
) {
  const stopsAt = meta.completeness.stopsAt;
  if (stopsAt === undefined) return;
  const field = 'completeness.stopsAt';
  const block = blocks.find((b) => b.place === stopsAt);
  if (!block) {
    problems.report(
      { file, line: lineOf(frontmatter, ['completeness', 'stopsAt']), field },
      'stopsAt is no place in the outline',
      {
        found: `"${stopsAt}"`,
        expected: 'the label path of the last part of the text, such as 二（五）',
      },
    );
    return;
  }
  if (block !== blocks[blocks.length - 1]) {
    problems.report({ file, line: block.line, field }, `the text goes on after completeness.stopsAt`, {
      found: `more text after ${stopsAt}`,
      expected: `the excerpt to end at ${stopsAt}`,
    });
  }
  const measure = measures.find((m) => m.place === stopsAt);
  if (measure) measure.truncated = true;
}
