import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '#lib/build/load.ts';
import { normalised, tokenize } from './tokens.ts';
import { buildStrengthScale, quantityChanges, verbChanges } from './strength.ts';
import { diffTexts } from './align-pair.ts';
import { problemsOf } from '#tests/fixtures/sample-library.ts';

const names = loadContent().names;
const classIds = names.classes.map((c) => c.id);
const scale = loadContent().scale;
const SCALE_TEXT = readFileSync('content/strength-scale.yaml', 'utf8');

describe('strength', () => {
  const verbs = (from: string, to: string) => {
    const tf = tokenize(from, [], classIds);
    const tt = tokenize(to, [], classIds);
    const diffs = diffTexts(normalised(tf), normalised(tt));
    return verbChanges(
      diffs,
      tf,
      tt,
      Array.from({ length: tf.length }, () => true),
      scale,
    );
  };

  it('reads 建立 → 探索建立 as weaker and 支持 → 加大支持 as stronger, 推动 → 推进 (one level) as no change', () => {
    expect(verbs('建立绿色项目投资风险分担机制。', '探索建立绿色项目投资风险分担机制。')).toEqual([
      { kind: 'verb', from: '建立', to: '探索建立', direction: 'weaker' },
    ]);
    expect(verbs('支持绿色低碳技术应用。', '加大支持绿色低碳技术应用。')).toEqual([
      { kind: 'verb', from: '支持', to: '加大支持', direction: 'stronger' },
    ]);
    expect(verbs('推动绿色低碳技术应用。', '推进绿色低碳技术应用。')).toEqual([]);
  });

  it('finds a changed deadline, a dropped figure and an added one', () => {
    expect(quantityChanges('到2025年绿色贷款增长10倍', '到2027年绿色贷款增长')).toEqual([
      { kind: 'deadline', from: '2025年', to: '2027年', direction: 'changed' },
      { kind: 'number', from: '10倍', to: null, direction: 'dropped' },
    ]);
    expect(quantityChanges('培育企业', '培育50家企业')).toEqual([
      { kind: 'number', from: null, to: '50家', direction: 'added' },
    ]);
  });

  it('fails loudly on a verb put on two levels', () => {
    const broken = SCALE_TEXT.replace('words: [鼓励,', 'words: [建立, 鼓励,');
    expect(problemsOf((p) => buildStrengthScale(broken, p)).join('\n')).toMatch(
      /content\/strength-scale\.yaml:\d+ \(levels\.2\.words\.0\): found 建立 on two levels/,
    );
  });
});
