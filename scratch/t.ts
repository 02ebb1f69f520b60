import { overlaidTitlePrefix, KNOWN_SECTIONS, normaliseTitle } from '../src/layout/sections.js';
const t = KNOWN_SECTIONS[2]!.title;
console.log(normaliseTitle(t));
for (const c of ['nplementation o', 'f WSIS Outcomes and Goal 1', 'WSIS +10 Vis', 'Expected Results: x']) console.log(c, overlaidTitlePrefix(c, t));
