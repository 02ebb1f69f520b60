/**
 * A PDF whose table the engine cannot read says which page and what was missing, in one line:
 * here a page of two-column text with no header labels (expectations from the page as drawn).
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/load/source.js';
import { extractRoadmap } from '../../../src/pipeline.js';
import { makePdf, PageBuilder } from './make-pdf.js';

describe('a PDF with no table header', () => {
  it('names the first page and how many columns its text falls in', async () => {
    const page = new PageBuilder();
    for (let i = 0; i < 6; i++) page.text(72, 100 + 14 * i, `Item ${i + 1} of the list`).text(400, 100 + 14 * i, `${2016 + i}`);
    const bytes = makePdf([page]);
    await expect(extractRoadmap({ path: 'two-columns.pdf', bytes, sha256: sha256(bytes), format: 'pdf' }, { edition: 'x' })).rejects.toMatchObject({
      file: 'two-columns.pdf',
      message: 'no roadmap table found: page 1: no table header found; the page has text in 2 columns',
    });
  });
});
