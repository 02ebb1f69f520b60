import { suffixDistance, prefixDistance, buildLexicon, isGhostOf, words } from '../src/layout/ghosts.js';
import { overlaidTitlePrefix, KNOWN_SECTIONS } from '../src/layout/sections.js';
import { readFileSync } from 'node:fs';
const text = readFileSync('sources/2018/wsis-roadmaps-2018.txt', 'utf8');
const vocab = buildLexicon(new Set(readFileSync("node_modules/word-list/words.txt","utf8").split("\n")), text.split(/\n/).flatMap(l => l.split('\t')));
const pairs: [string, string, boolean][] = [
  ['coordinated response to cyber timedes.', 'toolkits, guidelines and reports for a more coordinated response to cyber-threats.', true],
  ['110 1 Objective 1', 'ITU-T Objective 1', true],
  ['17.0.', '16.2, 17.8.', true],
  ['enorts', 'the private sector, should prevent, detect and respond to cyber-crime and misuse of ICTs by: Promoting effective mutual assistance efforts', true],
  ['17.0', '11.b, 17.8', true],
  ['registations.', 'infrastructure, taking into account national legislations.', true],
  ['110 Activities.', 'ITU Activities:', true],
  ['decount origining error to in these dreas', 'Developing guidelines that take into account ongoing efforts in these areas', true],
];
for (const [f, n, above] of pairs) {
  const r = above ? suffixDistance(f.toLowerCase(), n.toLowerCase()) : prefixDistance(f.toLowerCase(), n.toLowerCase());
  const score = 1 - r.distance / Math.max(f.length, r.matched.length);
  console.log(JSON.stringify(f), score.toFixed(2), JSON.stringify(r.matched), words(f).map(w => `${w}:${vocab.isKnown(w)}`).join(' '), '|', words(r.matched).map(w => `${w}:${vocab.isKnown(w)}`).join(' '), isGhostOf(f, n, above, vocab));
}
console.log(overlaidTitlePrefix('nplementation o', KNOWN_SECTIONS[2]!.title));
