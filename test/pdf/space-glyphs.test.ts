/**
 * A glyph is a space only when its Unicode is whitespace. LibreOffice's subset fonts in the
 * bundled 2018 PDF put letters ("h", "u") on char code 32, which pdf.js flags `isSpace`; read as
 * spaces they dropped letters from `roadmap tables` ("WSIS O tcomes", "s ould … t e framework").
 * The expectations are the text edition's words (sources/2018/wsis-roadmaps-2018.txt, line 22 and
 * outcome C2 A), compared with the spaces kept: a dropped letter or a letter turned into a space
 * shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/tables/extract.js';
import { tableTexts } from '../../src/tables/table.js';

const PDF = path.join(import.meta.dirname, '..', '..', 'sources', '2018', 'wsis-roadmaps-2018.pdf');
/** A cell's lines joined as one line: spaces kept, never removed. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

describe('roadmap tables on the bundled PDF', () => {
  it('keeps every letter of the header labels and of the cells, spaced as printed', async () => {
    const { tables } = await extractTables(new Uint8Array(readFileSync(PDF)), PDF, { pages: [1, 2] });
    const rows = tables.flatMap(tableTexts).map((row) => row.map(oneLine));
    // Page 2 repeats the header without footnote markers.
    expect(rows).toContainEqual(['WSIS Outcomes (WSIS AL C2)', 'Proposed Timing', 'ITU Strategic Goals and Relevant Resolutions', 'Linkages with the SDGs', 'Expected Results of ITU Activities']);
    const outcomeA = rows.find((row) => row[0]!.startsWith('A: '))!;
    expect(outcomeA[0]).toBe(
      'A: Governments should take action, in the framework of national development policies, in order to support an enabling and competitive environment for the necessary investment in ICT infrastructure and for the development of new services',
    );
    expect(outcomeA[1]).toBe('2016-2019');
    expect(outcomeA[2]).toBe('Goal 1 Buenos Aires Action Plan Objective 2 Regional Initiatives');
  });
});
