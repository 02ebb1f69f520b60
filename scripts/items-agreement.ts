/**
 * `npx tsx scripts/items-agreement.ts [roadmap.json]`: how many outcomes of the 2018 edition have
 * their expectedResults and activities split exactly as fixtures/items-2018 writes them by hand.
 */
import { readFileSync } from 'node:fs';
import { sha256 } from '../src/load/source.js';
import { extractRoadmap } from '../src/pipeline.js';
import type { RoadmapEdition } from '../src/schema/roadmap.js';

const expected = JSON.parse(readFileSync('fixtures/items-2018/expected-items.json', 'utf8')).outcomes as Record<string, { expectedResults: string[]; activities: string[] }>;
const file = process.argv[2];
let roadmap: RoadmapEdition;
if (file) roadmap = JSON.parse(readFileSync(file, 'utf8')) as RoadmapEdition;
else {
  const bytes = new Uint8Array(readFileSync('sources/2018/wsis-roadmaps-2018.txt'));
  roadmap = await extractRoadmap({ path: 'sources/2018/wsis-roadmaps-2018.txt', bytes, sha256: sha256(bytes), format: 'text' }, { edition: '2018' });
}
const outcomes = roadmap.actionLines.flatMap((a) => a.outcomes);
const wrong = outcomes.filter((o) => JSON.stringify([o.expectedResults, o.activities]) !== JSON.stringify([expected[o.key]?.expectedResults, expected[o.key]?.activities]));
console.log(`${outcomes.length - wrong.length}/${outcomes.length} outcomes have their items split as a careful reader splits them`);
for (const o of wrong) console.log(`  ${o.key}\n    got:  ${JSON.stringify([o.expectedResults, o.activities])}\n    want: ${JSON.stringify([expected[o.key]?.expectedResults, expected[o.key]?.activities])}`);
