/**
 * Cell forms the 2018 edition did not use (issue 15), table-driven. Expectations written by hand:
 * SDG ids from the official list, conferences from src/registry/data/itu-assemblies.json.
 */
import { describe, expect, it } from 'vitest';
import { singleFragment } from '../../src/cells/cell-content.js';
import { parseResolutions } from '../../src/cells/resolutions.js';
import { parseSdgs } from '../../src/cells/sdgs.js';
import { Diagnostics, NOWHERE } from '../../src/diagnostics.js';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

describe('SDG cells: goals with their targets in brackets, ranges, labels, "All SDGs"', () => {
  it.each<[string, number[], string[], string[]]>([
    ['9 (9.1, 9.c), 17', [9, 17], ['9.1', '9.c'], []],
    ['4 (4.a), 9 (9.c), 17.6', [4, 9], ['4.a', '9.c', '17.6'], []],
    ['16 (16.2), 17 (17.8, 17.9)', [16, 17], ['16.2', '17.8', '17.9'], []],
    ['4.4-4.6', [], ['4.4', '4.5', '4.6'], []],
    ['17 (17.10-17.12)', [17], ['17.10', '17.11', '17.12'], []],
    ['9.a–c', [], ['9.a', '9.b', '9.c'], []],
    ['1.4, 9.1-9.2', [], ['1.4', '9.1', '9.2'], []],
    ['SDG 9', [9], [], []],
    ['SDGs 4 and 9', [4, 9], [], []],
    ['SDG 9 (9.1), SDG 17', [9, 17], ['9.1'], []],
    ['Goal 4: targets 4.4, 4.5', [4], ['4.4', '4.5'], []],
    ['All SDGs', ALL, [], []],
    ['All 17 Sustainable Development Goals', ALL, [], []],
    // A range past a goal's targets gives ids that are no targets: dropped, reported.
    ['9.4-9.6', [], ['9.4', '9.5'], ['sdg-invalid']],
    // A label with no id says nothing: reported as before.
    ['SDG', [], [], ['sdg-text-unattributed']],
  ])('%s', (cell, goals, targets, codes) => {
    const diag = new Diagnostics();
    const sdgs = parseSdgs(singleFragment(cell), diag);
    expect(sdgs.goals).toEqual(goals);
    expect(sdgs.targets).toEqual(targets);
    expect(diag.items.map((d) => d.code)).toEqual(codes);
  });
});

describe('resolution references of the 2022–2025 conferences', () => {
  it.each<[string, string[]]>([
    ['WTSA Res. 50, 58 (Rev. Geneva, 2022)', ['WTSA Res. 50 (Rev. Geneva, 2022)', 'WTSA Res. 58 (Rev. Geneva, 2022)']],
    ['WTSA Res. 1 (Rev. New Delhi, 2024)', ['WTSA Res. 1 (Rev. New Delhi, 2024)']],
    ['PP Res. 71, 200 (Rev. Bucharest, 2022)', ['PP Res. 71 (Rev. Bucharest, 2022)', 'PP Res. 200 (Rev. Bucharest, 2022)']],
    ['PP-22 Res. 130', ['PP Res. 130 (Rev. Bucharest, 2022)']],
    ['WTDC Res. 37 (Rev. Kigali, 2022)', ['WTDC Res. 37 (Rev. Kigali, 2022)']],
    ['WTDC Res. 45 (Rev. Baku, 2025)', ['WTDC Res. 45 (Rev. Baku, 2025)']],
    ['Resolution 9 (Rev. Kigali, 2022)', ['WTDC Res. 9 (Rev. Kigali, 2022)']],
    ['WRC Res. 12 (Rev.WRC-23)', ['WRC Res. 12 (2023)']],
    ['Res. 1305 (C25)', ['Council Res. 1305 (2025)']],
  ])('%s', (text, canonical) => {
    const diag = new Diagnostics();
    expect(parseResolutions(text, NOWHERE, diag).map((r) => r.canonical)).toEqual(canonical);
    // Only the body inferred from a Kigali revision is worth a note; nothing is unknown.
    expect(diag.items.map((d) => d.code).filter((c) => c !== 'resolution-body-inferred')).toEqual([]);
  });
});
