/**
 * Edition pairs for the diff tests. The old edition is a copy of the bundled 2018 output
 * (fixtures/2018.json, copied so these tests do not move when the extractor changes); the new
 * one is that copy with the edits below made by hand, one small function each, so the test can
 * say exactly which changes the diff must report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Outcome, RoadmapEdition } from '../../src/schema/roadmap.js';

export function edition2018(): RoadmapEdition {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', '2018.json'), 'utf8')) as RoadmapEdition;
}

export function outcome(edition: RoadmapEdition, key: string): Outcome {
  const found = edition.actionLines.flatMap((a) => a.outcomes).find((o) => o.key === key);
  if (!found) throw new Error(`no outcome ${key} in the fixture`);
  return found;
}

export function deleteOutcome(edition: RoadmapEdition, key: string): void {
  for (const actionLine of edition.actionLines) actionLine.outcomes = actionLine.outcomes.filter((o) => o.key !== key);
}

/** Gives an outcome another id (and so another key), as a re-lettering does. */
export function reletter(edition: RoadmapEdition, key: string, id: string): void {
  const o = outcome(edition, key);
  o.id = id;
  o.printedId = id;
  o.key = `${o.actionLine}.${o.section}.${id}`;
}

/** A new outcome in `actionLine`, after the outcome `afterKey`, copying its section. */
export function insertOutcome(edition: RoadmapEdition, afterKey: string, id: string, text: string): Outcome {
  const after = outcome(edition, afterKey);
  const actionLine = edition.actionLines.find((a) => a.id === after.actionLine)!;
  const inserted: Outcome = {
    ...structuredClone(after),
    key: `${after.actionLine}.${after.section}.${id}`,
    id,
    printedId: id,
    text,
    subItems: [],
    expectedResults: [],
    activities: [],
  };
  actionLine.outcomes.splice(actionLine.outcomes.indexOf(after) + 1, 0, inserted);
  return inserted;
}

export const REWORDED_C2_H =
  'Undertake international research and development efforts aimed at making adequate, affordable and accessible ICT equipment available to end users';

export const INSERTED_C2_WSIS10_E = 'Promote the deployment of broadband networks in rural and remote areas, including through community networks';

export const ADDED_RESULT_C2_J = 'Promoting the deployment of IPv6 in public networks';

/** The 2018 edition with every kind of edit the diff must find, and nothing else. */
export function editedEdition(): RoadmapEdition {
  const edition = edition2018();
  edition.edition = '2019';
  edition.source.sha256 = 'b'.repeat(64);

  // A changed timing.
  outcome(edition, 'C2.geneva.B').timing = { raw: '2016-2021', from: 2016, to: 2021 };
  // SDG goals: 4 added, 16 removed.
  const c = outcome(edition, 'C2.geneva.C');
  c.sdgs.goals = [1, 3, 4, 5, 8, 9, 10, 11, 17];
  // Reworded outcome text.
  outcome(edition, 'C2.geneva.H').text = REWORDED_C2_H;
  // A results item added.
  outcome(edition, 'C2.geneva.J').expectedResults.push(ADDED_RESULT_C2_J);
  // An outcome inserted at the end of C2's WSIS+10 section.
  insertOutcome(edition, 'C2.wsis10.d', 'e', INSERTED_C2_WSIS10_E);

  // A resolution revised, and SDG targets added (17.9) and removed (4.1).
  const a1 = outcome(edition, 'C5.geneva.A1');
  const res45 = a1.goals.resolutions.find((r) => r.canonical === 'WTDC Res. 45 (Rev. Dubai, 2014)')!;
  Object.assign(res45, { place: 'Kigali', year: 2022, canonical: 'WTDC Res. 45 (Rev. Kigali, 2022)', raw: 'WTDC Res. 45 (Rev. Kigali, 2022)' });
  a1.sdgs.targets = a1.sdgs.targets.filter((t) => t !== '4.1').concat('17.9');
  // A regional initiative added.
  outcome(edition, 'C5.geneva.E').goals.regionalInitiatives = ['AFR3', 'ARB2', 'CIS3'];
  // A deletion that re-letters the outcomes after it: B3 goes, B4 becomes B3, B5 becomes B4.
  deleteOutcome(edition, 'C5.geneva.B3');
  reletter(edition, 'C5.geneva.B4', 'B3');
  reletter(edition, 'C5.geneva.B5', 'B4');

  // A strategic goal added.
  outcome(edition, 'C6.geneva.a').goals.strategicGoals = [1, 2, 4];
  // An outcome deleted (the last of its section: nothing re-lettered).
  deleteOutcome(edition, 'C6.wsis10.f');
  return edition;
}
