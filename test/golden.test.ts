/**
 * Golden test: ingesting the bundled sources reproduces the committed output byte for byte, and
 * a second run gives identical bytes (deterministic output). After an intended change, run
 * `npm run ingest`, read the diff of output/, and commit it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli/run.js';

describe('golden output', () => {
  it('ingesting sources/ reproduces output/ exactly, twice', async () => {
    const first = mkdtempSync(path.join(os.tmpdir(), 'roadmap-golden-'));
    const second = mkdtempSync(path.join(os.tmpdir(), 'roadmap-golden-'));
    expect((await run('ingest', 'sources', '--out', first, '--quiet')).code).toBe(0);
    expect((await run('ingest', 'sources', '--out', second, '--quiet')).code).toBe(0);
    const committed = readFileSync(path.join('output', '2018', 'roadmap.json'), 'utf8');
    const produced = readFileSync(path.join(first, '2018', 'roadmap.json'), 'utf8');
    expect(produced).toBe(readFileSync(path.join(second, '2018', 'roadmap.json'), 'utf8'));
    expect(produced).toBe(committed);
  });

  it('has all 61 outcomes of the 2018 edition in document order', () => {
    const roadmap = JSON.parse(readFileSync(path.join('output', '2018', 'roadmap.json'), 'utf8'));
    const ids = roadmap.actionLines.map((a: { id: string; outcomes: { section: string; id: string }[] }) => `${a.id}: ${a.outcomes.map((o) => `${o.section === 'geneva' ? '' : 'w'}${o.id}`).join(' ')}`);
    expect(ids).toEqual([
      'C2: A B C D E F G H I J K L wa wb wc wd',
      'C5: A1 A2 B1 B2 B3 B4 B5 C D E F G H I J wa wb wc wd we wf',
      'C6: a b c d e f g h i j k l m n o p q r wa wb wc wd we wf',
    ]);
  });
});
