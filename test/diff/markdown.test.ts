/**
 * diff.md: what it says (lines written by hand from the edits in editions.ts), and that it
 * parses as GitHub-flavoured Markdown the way it should (remark-gfm, as GitHub reads it).
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/edition-diff.js';
import { escapeMarkdown, renderMarkdown } from '../../src/diff/markdown.js';
import { edition2018, editedEdition, outcome } from './editions.js';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
}

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const all = (node: MdNode, type: string): MdNode[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, type))];

describe('diff.md of the edited pair', () => {
  const markdown = renderMarkdown(diffEditions(edition2018(), editedEdition()));
  const lines = markdown.split('\n');

  it('opens with the editions and a summary table per action line', () => {
    expect(lines[0]).toBe('# Roadmap changes: 2018 → 2019');
    expect(lines).toContain('| Action line | Added | Removed | Renamed | Changed | Unchanged |');
    expect(lines).toContain('| C2 Information and Communication Infrastructure | 1 | 0 | 0 | 4 | 12 |');
    expect(lines).toContain('| C5 Building Confidence and Security in Use of ICTs | 0 | 1 | 2 | 2 | 16 |');
    expect(lines).toContain('| C6 Enabling Environment | 0 | 1 | 0 | 1 | 22 |');
    expect(lines).toContain('| **All** | **1** | **2** | **2** | **7** | **50** |');
  });

  it('lists per action line the added, removed, renamed and changed outcomes with their field changes', () => {
    const headings = all(parse(markdown), 'heading').map((h) => `${'#'.repeat(h.depth!)} ${textOf(h)}`);
    expect(headings).toEqual([
      '# Roadmap changes: 2018 → 2019',
      '## C2 · Information and Communication Infrastructure',
      '### Added (1)',
      '### Changed (4)',
      '## C5 · Building Confidence and Security in Use of ICTs',
      '### Removed (1)',
      '### Renamed (2)',
      '### Changed (2)',
      '## C6 · Enabling Environment',
      '### Removed (1)',
      '### Changed (1)',
    ]);
    expect(lines).toContain('  - **Timing**: 2016–2019 → 2016–2021');
    expect(lines).toContain('  - **SDG goals**: \\+ 4; − 16');
    expect(lines).toContain('  - **SDG targets**: \\+ 17.9; − 4.1');
    expect(lines).toContain('  - **Resolutions**: WTDC Res. 45: Rev. Dubai, 2014 → Rev. Kigali, 2022');
    expect(lines).toContain('  - **Regional initiatives**: \\+ ARB2');
    expect(lines).toContain('  - **ITU strategic goals**: \\+ 2');
    expect(lines).toContain('  - **Expected results** (3 unchanged items not shown):');
    expect(lines).toContain('    - <ins>Promoting the deployment of IPv6 in public networks</ins>');
    expect(lines).toContain(`- \`C5.geneva.B3\`: ${outcome(edition2018(), 'C5.geneva.B3').text}`);
    expect(lines).toContain(`- \`C5.geneva.B4\` → \`C5.geneva.B3\` (similarity 1.00): ${outcome(edition2018(), 'C5.geneva.B4').text}`);
    expect(lines).toContain(
      '  - **Outcome text**: Undertake international research and development efforts aimed at making <del>available</del> adequate <del>and</del> <ins>,</ins> affordable <ins>and accessible</ins> ICT equipment <del>for</del> <ins>available to</ins> end users',
    );
  });

  it('reads on GitHub as a table, lists and <ins>/<del> marks, and the "+" of a set change stays text', () => {
    const tree = parse(markdown);
    const [table] = all(tree, 'table');
    expect(table!.children).toHaveLength(5); // header, C2, C5, C6, All
    const html = all(tree, 'html').map((n) => n.value);
    // The reworded C2.geneva.H: 3 insertions, 3 deletions; C2.geneva.J: 1 inserted result.
    expect(html.filter((v) => v === '<ins>')).toHaveLength(4);
    expect(html.filter((v) => v === '<del>')).toHaveLength(3);
    const sdgGoals = all(tree, 'listItem').find((item) => textOf(item).startsWith('SDG goals'))!;
    expect(textOf(sdgGoals)).toBe('SDG goals: + 4; − 16');
    expect(all(sdgGoals, 'list')).toEqual([]);
  });

  it('is what the README shows as its excerpt', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const excerpt = /An excerpt of `diff\.md`[^\n]*\n\n```markdown\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(excerpt, 'README: the ```markdown block after "An excerpt of `diff.md`"').toBeDefined();
    // Each paragraph of the excerpt is in diff.md, in the same order (the excerpt skips some).
    let from = 0;
    for (const block of excerpt!.split('\n\n')) {
      const at = markdown.indexOf(block, from);
      expect(at, block).toBeGreaterThanOrEqual(0);
      from = at + block.length;
    }
  });

  it('says so when nothing changed', () => {
    const same = renderMarkdown(diffEditions(edition2018(), edition2018()));
    expect(same).toMatch(/: 0 added, 0 removed, 0 renamed, 0 changed, 61 unchanged\.$/m);
    expect(all(parse(same), 'heading')).toHaveLength(1);
  });
});

describe('Markdown escaping', () => {
  it('keeps roadmap text literal: no emphasis, links, tables or HTML from it', () => {
    const edited = edition2018();
    const text = 'Use *all* means_of [access](x) | <b>now</b> & `code` ~~here~~';
    outcome(edited, 'C2.geneva.A').text = text;
    const tree = parse(renderMarkdown(diffEditions(edition2018(), edited)));
    const item = all(tree, 'listItem').find((i) => textOf(i).startsWith('Outcome text'))!;
    expect(all(item, 'emphasis')).toEqual([]);
    expect(all(item, 'link')).toEqual([]);
    expect(all(item, 'inlineCode')).toEqual([]);
    expect(all(item, 'delete')).toEqual([]);
    expect(all(item, 'html').map((n) => n.value).filter((v) => v !== '<ins>' && v !== '</ins>' && v !== '<del>' && v !== '</del>')).toEqual([]);
    expect(escapeMarkdown('a|b <i>')).toBe('a\\|b &lt;i&gt;');
  });
});
