import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Taken before anything of this file loads pdf.js (the modules under test are imported in the test).
const before = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

describe('built-ins after reading a PDF (src/pdf/builtins.ts)', () => {
  it('are the ones the process had before pdf.js loaded: its polyfills do not stay in force', async () => {
    const { openPdf } = await import('../../src/pdf/open-document.js');
    const document = await openPdf(new Uint8Array(readFileSync('sources/2018/wsis-roadmaps-2018.pdf')), 'wsis-roadmaps-2018.pdf');
    const page = await document.getPage(1);
    const operators = await page.getOperatorList();
    await document.destroy();
    expect(operators.fnArray.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    // Still what a reader of the properties expects: not enumerable, replaceable.
    expect(Object.keys(Array.prototype)).not.toContain('push');
    expect(Object.getOwnPropertyDescriptor(JSON, 'stringify')).toMatchObject({ writable: true, enumerable: false, configurable: true });
  });
});
