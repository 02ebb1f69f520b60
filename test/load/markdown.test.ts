/**
 * The Markdown loader: hand-written Markdown snippets → the grid the rows stage reads (lines,
 * cells, markers, provenance), and → the outcomes a reader would write down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.js';
import { InputError } from '../../src/errors.js';
import type { GridLine } from '../../src/grid/grid.js';
import { loadMarkdownGrid, markdownToGrid } from '../../src/load/markdown.js';
import { sha256 } from '../../src/load/source.js';
import { extractRoadmap } from '../../src/pipeline.js';

const HEADER = '| WSIS Outcomes (WSIS AL C2) | Proposed Timing | ITU Strategic Goals and Relevant Resolutions | Linkages with the SDGs | Expected Results of ITU Activities |';
const RULE = '| --- | --- | --- | --- | --- |';
const GENEVA = 'Geneva Plan of Action and Tunis Agenda for the Information Society';

function grid(lines: string[]) {
  const diagnostics = new Diagnostics();
  const result = markdownToGrid(lines.join('\n'), diagnostics);
  return { lines: result.lines, diagnostics, pages: result.pages };
}

/** Each grid line as [source line, cell texts]. */
const texts = (lines: GridLine[]) => lines.map((l) => [l.line, l.cells.map((c) => c.text)]);

async function extract(markdown: string | Uint8Array) {
  const bytes = typeof markdown === 'string' ? new TextEncoder().encode(markdown) : markdown;
  return extractRoadmap({ path: 'edition.md', bytes, sha256: sha256(bytes), format: 'markdown' }, { edition: 'md' });
}

describe('markdownToGrid', () => {
  it('gives one grid line per cell line: <br> in any spelling splits a cell, shorter cells are empty below', () => {
    const { lines, pages } = grid([
      '## WSIS Action Line C2: Information and Communication Infrastructure',
      '',
      HEADER,
      RULE,
      '| A: Governments should<br>take action | 2016-2019 | Goal 1<br/>Goal 2 | 1, 2 | Expected Results:<BR>- Studies<br />- Workshops |',
      '| B: Devise policies | 2018 | Goal 4 | 17 | - Surveys |',
    ]);
    expect(pages).toBeNull();
    expect(texts(lines)).toEqual([
      [1, ['WSIS Action Line C2: Information and Communication Infrastructure']],
      [3, ['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Linkages with the SDGs', 'Expected Results of ITU Activities']],
      [5, ['A: Governments should', '2016-2019', 'Goal 1', '1, 2', 'Expected Results:']],
      [5, ['take action', '', 'Goal 2', '', '- Studies']],
      [5, ['', '', '', '', '- Workshops']],
      [6, ['B: Devise policies', '2018', 'Goal 4', '17', '- Surveys']],
    ]);
    expect(lines.every((l) => l.page === null)).toBe(true);
    // Each table row is a drawn row: its first line starts it, its other lines are inside it.
    expect(lines.map((l) => l.rowStart)).toEqual([undefined, undefined, true, false, false, true]);
  });

  it('keeps an empty line inside a cell (<br><br>) as an empty cell: a paragraph break', () => {
    const { lines } = grid([HEADER, RULE, '| A: x | 2018 | Goal 1 | 1 | Expected Results:<br>First.<br><br>Second. |']);
    expect(texts(lines).slice(1)).toEqual([
      [3, ['A: x', '2018', 'Goal 1', '1', 'Expected Results:']],
      [3, ['', '', '', '', 'First.']],
      [3, ['', '', '', '', '']],
      [3, ['', '', '', '', 'Second.']],
    ]);
  });

  it('reads a bold-only row as a single-cell title line, and fills short rows to the header width', () => {
    const { lines } = grid([HEADER, RULE, `| **${GENEVA}** | | |`, '| A: x | 2018 |']);
    expect(texts(lines).slice(1)).toEqual([
      [3, [GENEVA]],
      [4, ['A: x', '2018', '', '', '']],
    ]);
  });

  it('keeps a separate id column with an empty header label as a cell of its own', () => {
    const { lines } = grid([`|  ${HEADER}`, '| --- ' + RULE, '| C | Provide connectivity | 2016 | Goal 1 | 9.c | - x |']);
    expect(lines[0]!.cells.map((c) => c.text)[0]).toBe('');
    expect(lines[1]!.cells.map((c) => c.text)).toEqual(['C', 'Provide connectivity', '2016', 'Goal 1', '9.c', '- x']);
  });

  it('unescapes pipes, keeps escaped markup and entities literal, drops other tags, keeps code and link text', () => {
    const { lines } = grid([
      HEADER,
      RULE,
      '| A: R&amp;D \\| a\\|b, \\<b> stays, <u>Use of ICTs</u>, `code`, [ITU](https://itu.int), *emphasis*, www.itu.int/ITU-D | 2018 | | | |',
    ]);
    expect(lines[1]!.cells[0]!.text).toBe('A: R&D | a|b, <b> stays, Use of ICTs, code, ITU, emphasis, www.itu.int/ITU-D');
  });

  it('takes footnote markers apart from the text: GFM references, <sup>n</sup> and superscript digits', () => {
    const { lines } = grid([
      '| WSIS Outcomes[^1] (WSIS AL C2) | Proposed <sup>2</sup> Timing | ITU Strategic Goals³ | Linkages with the SDGs | Expected Results |',
      RULE,
      '| A: 1<sup>st</sup> step | 2018 | | | |',
      '',
      '[^1]: WSIS outcomes are listed by action line.',
    ]);
    const header = lines[0]!.cells;
    expect(header.map((c) => c.text).slice(0, 3)).toEqual(['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals']);
    expect(header.map((c) => c.markers).slice(0, 3)).toEqual([['1'], ['2'], ['3']]);
    // A superscript that is no number is text.
    expect(lines[1]!.cells[0]!.text).toBe('A: 1st step');
  });

  it('puts each GFM footnote after the table that references it, as a line starting with a superscript marker', () => {
    const { lines, diagnostics } = grid([
      '## WSIS Action Line C2: Infrastructure', // 1
      '',
      HEADER.replace('Proposed Timing', 'Proposed Timing[^t2]'), // 3
      RULE,
      '| A: x | 2018 | Goal 1 | 1 | - y |', // 5
      '',
      '## WSIS Action Line C5: Security', // 7
      '',
      HEADER.replace('Proposed Timing', 'Proposed Timing[^6]').replace('C2', 'C5'), // 9
      RULE,
      '| A1: z | 2018 | Goal 3 | 1 | - w |', // 11
      '',
      '[^6]: The C5 time scale.', // 13
      '',
      '[^t2]: Not a number: roadmap footnotes are numbered.', // 15
      '',
      '[^9]: Referenced nowhere.', // 17
    ]);
    expect(lines.map((l) => [l.line, l.cells[0]!.raw])).toEqual([
      [1, 'WSIS Action Line C2: Infrastructure'],
      [3, 'WSIS Outcomes (WSIS AL C2)'],
      [5, 'A: x'],
      [7, 'WSIS Action Line C5: Security'],
      [9, 'WSIS Outcomes (WSIS AL C5)'],
      [11, 'A1: z'],
      [13, '⁶ The C5 time scale.'],
      [17, '⁹ Referenced nowhere.'],
    ]);
    expect(lines[6]!.cells).toEqual([{ text: 'The C5 time scale.', raw: '⁶ The C5 time scale.', markers: [] }]);
    expect(diagnostics.items.map((d) => [d.code, d.place.line, d.message])).toEqual([
      ['line-unclassified', 15, 'footnote [^t2] was dropped: only numbered footnotes ([^1], [^2]…) are read'],
    ]);
  });

  it('splits a paragraph of plain footnote lines at each line that opens with a marker', () => {
    const { lines } = grid([
      HEADER.replace('Proposed Timing', 'Proposed ⁷ Timing'),
      RULE,
      '| A: x | 2018 | | | |',
      '',
      '⁶ A proposed time scale will be shown',
      'for each outcome.',
      '7 Relevant ITU Strategic Goals should be linked with each outcome.',
    ]);
    expect(texts(lines).slice(2)).toEqual([
      [5, ['A proposed time scale will be shown for each outcome.']],
      [7, ['7 Relevant ITU Strategic Goals should be linked with each outcome.']],
    ]);
    expect(lines[2]!.cells[0]!.raw).toBe('⁶ A proposed time scale will be shown for each outcome.');
  });

  it('drops prose between tables that is no footnote or title, with a warning, instead of adding it to the last row', () => {
    const { lines, diagnostics } = grid([
      '## WSIS Action Line C2: Infrastructure',
      '',
      HEADER,
      RULE,
      '| A: x | 2018 | Goal 1 | 1 | - y |',
      '',
      'This remark is no part of any row.',
      '',
      `### ${GENEVA}`,
      '',
      'Page 7',
      '',
      '## Annex',
      '',
      '## WSIS Action Line C5: Security',
      '',
      'Prose before the next table is left to the rows stage.',
    ]);
    expect(texts(lines).map(([line]) => line)).toEqual([1, 3, 5, 9, 11, 15, 17]);
    expect(diagnostics.items.map((d) => [d.code, d.place.line])).toEqual([
      ['line-unclassified', 7],
      ['line-unclassified', 13],
    ]);
    expect(diagnostics.items[0]!.message).toContain('"This remark is no part of any row."');
  });

  it('hands a section heading above the first table to the rows stage after the table header', () => {
    const { lines } = grid(['## WSIS Action Line C2: Infrastructure', '', `### ${GENEVA}`, '', HEADER, RULE, '| A: x | 2018 | | | |']);
    expect(texts(lines).map(([line]) => line)).toEqual([1, 5, 3, 7]);
  });

  it('reads through lists and quotes, skips code blocks and comments, and reports an HTML table it cannot read', () => {
    const { lines, diagnostics } = grid([
      '# WSIS Action Lines Roadmaps',
      '',
      '> - quoted item',
      '',
      '```',
      'code is not read',
      '```',
      '',
      '<!-- a comment -->',
      '',
      '<table><tr><td>A: x</td></tr></table>',
    ]);
    expect(texts(lines)).toEqual([
      [1, ['WSIS Action Lines Roadmaps']],
      [3, ['quoted item']],
    ]);
    expect(diagnostics.items.map((d) => [d.code, d.place.line])).toEqual([['line-unclassified', 11]]);
  });
});

describe('loadMarkdownGrid', () => {
  it('decodes like layout text: BOM and CRLF, with source line numbers kept', () => {
    const text = `\ufeff# Title\r\n\r\n${HEADER}\r\n${RULE}\r\n| A: x | 2018 | | | |\r\n`;
    const result = loadMarkdownGrid(new TextEncoder().encode(text), 'e.md', new Diagnostics());
    expect(texts(result.lines)).toEqual([
      [1, ['Title']],
      [3, HEADER.slice(2, -2).split(' | ')],
      [5, ['A: x', '2018', '', '', '']],
    ]);
  });

  it('falls back to Windows-1252 with a warning', () => {
    // "Caf\xe9 \x96 x": é and an en dash in Windows-1252, not UTF-8.
    const bytes = new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x78]);
    const diagnostics = new Diagnostics();
    expect(loadMarkdownGrid(bytes, 'e.md', diagnostics).lines[0]!.cells[0]!.text).toBe('Café – x');
    expect(diagnostics.items.map((d) => d.code)).toEqual(['encoding-fallback']);
  });

  it('rejects an empty file naming it', () => {
    expect(() => loadMarkdownGrid(new Uint8Array(), 'sources/x/e.md', new Diagnostics())).toThrow(InputError);
  });
});

describe('Markdown editions through the pipeline', () => {
  const edition = [
    '# WSIS Action Lines Roadmaps C2, C5, C6', // 1
    '',
    '## Roadmap for WSIS Action Line C5: Building Confidence and Security in Use of ICTs', // 3
    '',
    'Note: GCA – Global Cybersecurity Agenda', // 5
    '',
    '| WSIS Outcomes (WSIS AL C5) | Proposed Timing[^6] | ITU Strategic Goals and Relevant Resolutions | Linkages with the SDGs | Expected Results of ITU Activities |', // 7
    RULE,
    `| **${GENEVA}** | | | | |`, // 9
    '| A1: Promote cooperation | 2016-2019 | ITU Strategic Goal 3 (Target 3.1)<br>GCA 1. Legal Measures | 1.4, 4.1 | Expected Results:<br>- Platform for cooperation<br>ITU Activities:<br>- ITU activities under SG 17 |', // 10
    '| A2: Address other issues, inter alia:<br>i. develop a definition;<br>ii. identify issues | 2016-19 | Goals 1 & 4 | 9.1, 9.c | - Studies |', // 11
    '| **WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)** | | | | |', // 12
    '| a. Build confidence | | | 17 | |', // 13
    '',
    '[^6]: A proposed time scale will be shown for each outcome.', // 15
  ].join('\n');

  it('reads titles, note, header, sections, rows with multi-line cells and footnotes', async () => {
    const roadmap = await extract(edition);
    expect(roadmap.title).toBe('WSIS Action Lines Roadmaps C2, C5, C6');
    expect(roadmap.source.format).toBe('markdown');
    const [c5] = roadmap.actionLines;
    expect(roadmap.actionLines).toHaveLength(1);
    expect(c5!.id).toBe('C5');
    expect(c5!.title).toBe('Building Confidence and Security in Use of ICTs');
    expect(c5!.note).toBe('GCA – Global Cybersecurity Agenda');
    expect(c5!.columns).toEqual(['WSIS Outcomes (WSIS AL C5)', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Linkages with the SDGs', 'Expected Results of ITU Activities']);
    expect(c5!.footnotes).toEqual([{ marker: '6', text: 'A proposed time scale will be shown for each outcome.' }]);
    expect(c5!.outcomes.map((o) => o.key)).toEqual(['C5.geneva.A1', 'C5.geneva.A2', 'C5.wsis10.a']);

    const [a1, a2, a] = c5!.outcomes;
    expect(a1!.text).toBe('Promote cooperation');
    expect(a1!.goals.strategicTargets).toEqual(['3.1']);
    expect(a1!.goals.gcaPillars).toEqual([1]);
    expect(a1!.sdgs.targets).toEqual(['1.4', '4.1']);
    expect(a1!.expectedResults).toEqual(['Platform for cooperation']);
    expect(a1!.activities).toEqual(['ITU activities under SG 17']);
    expect(a1!.provenance).toEqual({ lines: [10, 10], pages: null });

    // A roman sub-item at the start of a cell line stays in its row.
    expect(a2!.text).toBe('Address other issues, inter alia: i. develop a definition; ii. identify issues');
    expect(a2!.subItems).toEqual([
      { id: 'i', text: 'develop a definition;' },
      { id: 'ii', text: 'identify issues' },
    ]);
    expect(a2!.timing).toEqual({ raw: '2016-19', from: 2016, to: 2019 });
    expect(a2!.goals.strategicGoals).toEqual([1, 4]);
    expect(a2!.expectedResults).toEqual(['Studies']);

    expect(a!.sectionTitle).toBe('WSIS+10 Outcome Documents (WSIS+10 Statement on the Implementation of WSIS Outcomes and WSIS+10 Vision for WSIS Beyond 2015)');
    expect(a!.timing).toBeNull();
    expect(a!.warnings.map((w) => [w.code, w.line])).toEqual([['timing-missing', 13]]);
    expect(roadmap.warnings).toEqual([]);
  });

  it('never starts a row at a line inside a cell, whatever the line begins with', async () => {
    const roadmap = await extract(
      ['## WSIS Action Line C2: Infrastructure', '', HEADER, RULE, `| **${GENEVA}** | | | | |`, '| A: Promote:<br>a. first point<br>B: second point | 2018 | Goal 1 | 9.1 | - Studies |'].join('\n'),
    );
    const outcomes = roadmap.actionLines[0]!.outcomes;
    expect(outcomes.map((o) => o.key)).toEqual(['C2.geneva.A']);
    expect(outcomes[0]!.text).toBe('Promote: a. first point B: second point');
  });

  it('reads a table continued as a second table with the same header as one: a row with no id and no timing goes on', async () => {
    const roadmap = await extract(
      [
        '## WSIS Action Line C2: Infrastructure',
        '',
        HEADER,
        RULE,
        `| **${GENEVA}** | | | | |`,
        '| A: Promote the use | 2018 | Goal 1 | 9.1 | Expected Results:<br>- Studies |',
        '',
        'Page 2',
        '',
        HEADER,
        RULE,
        '| of e-applications | | Goal 2 | | - Workshops |',
        '| B: Next outcome | 2019 | Goal 3 | 9.c | - Surveys |',
      ].join('\n'),
    );
    const [a, b] = roadmap.actionLines[0]!.outcomes;
    expect(roadmap.actionLines[0]!.outcomes).toHaveLength(2);
    expect(a!.text).toBe('Promote the use of e-applications');
    expect(a!.goals.strategicGoals).toEqual([1, 2]);
    expect(a!.expectedResults).toEqual(['Studies', 'Workshops']);
    expect(a!.provenance.lines).toEqual([6, 12]);
    expect(b!.key).toBe('C2.geneva.B');
    expect(roadmap.warnings).toEqual([]);
  });

  it('gives the same roadmap from CRLF line ends and a byte order mark', async () => {
    const plain = await extract(edition);
    const windows = await extract(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(edition.replace(/\n/g, '\r\n'))]));
    expect(windows.actionLines).toEqual(plain.actionLines);
  });

  it('fails naming the file when there is no roadmap table', async () => {
    await expect(extract('# Minutes\n\nThe meeting opened at 10:00.\n')).rejects.toThrow(/no roadmap table found/);
  });

  it('reads the hand-written fixture md-c2-c5-small: action lines, notes and footnotes', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'md-c2-c5-small', 'input.md')));
    const roadmap = await extract(bytes);
    expect(roadmap.title).toBe('WSIS Action Lines Roadmaps C2, C5, C6');
    expect(roadmap.actionLines.map((a) => [a.id, a.title, a.note])).toEqual([
      ['C2', 'Information and Communication Infrastructure', null],
      ['C5', 'Building Confidence and Security in Use of ICTs', 'GCA – Global Cybersecurity Agenda'],
    ]);
    expect(roadmap.actionLines.map((a) => a.footnotes.map((f) => f.marker))).toEqual([['1', '2'], ['3']]);
    expect(roadmap.actionLines[1]!.footnotes[0]!.text).toBe('A proposed time scale will be shown for each outcome, if possible and feasible.');
    expect(roadmap.warnings.map((w) => [w.code, w.line])).toEqual([['line-unclassified', 22]]);
  });
});
