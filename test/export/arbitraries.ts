/**
 * fast-check arbitraries for whole roadmaps, shaped like the zod contract and filled with
 * realistic values: ids in their section's sequence, timing ranges, goals and resolutions
 * written in the canonical forms the cell parsers read, SDG ids from the registry, texts from
 * roadmap vocabulary. Each structured field is generated first and its `raw` cell is written
 * from it, so a round trip also checks that the parsers read the printed forms back.
 *
 * Texts include what Markdown must escape (pipes, asterisks, `<`, `&`, backslashes, URLs), but
 * none of the few phrases whose meaning the roadmap format itself reserves (column labels such
 * as "Expected Results", hyphen bullets inside a result, sub-item markers): those would change
 * what the text says in any format.
 */
import fc from 'fast-check';
import { GCA_PILLARS, REGION_PREFIXES } from '../../src/registry/codes.js';
import { compareSdgTargets, sdgTargetText } from '../../src/registry/sdg.js';
import targetData from '../../src/registry/data/sdg-targets.json' with { type: 'json' };
import { KNOWN_SECTIONS } from '../../src/layout/sections.js';
import type { ActionLine, Footnote, Goals, Outcome, Resolution, RoadmapEdition, SdgLinks, SubItem, Timing } from '../../src/schema/roadmap.js';

const WORDS = [
  'promote', 'cooperation', 'among', 'governments', 'stakeholders', 'broadband', 'infrastructure', 'capacity',
  'building', 'regulatory', 'frameworks', 'developing', 'countries', 'affordable', 'access', 'security', 'networks',
  'national', 'strategies', 'ITU', 'Member', 'States', 'regional', 'workshops', 'guidelines', 'spectrum', 'management',
  'e-strategies', 'telecommunication/ICT', 'indicators', 'universal', 'service', 'funds', 'rural', 'connectivity',
  'women', 'youth', 'persons', 'with', 'disabilities', 'the', 'and', 'of', 'for', 'in', 'to', 'on', 'data',
  'protection', 'cybersecurity', 'emergency', 'telecommunications', 'child', 'online', 'CIRT', 'standards', 'study',
  'groups', '2016', '2030', 'SG', '17', 'Q3', 'Africa', 'Arab', 'Asia-Pacific', 'small', 'island', 'least', 'developed',
];

/** Characters and strings a Markdown writer must escape (or leave alone) to keep the text as it is. */
export const MARKDOWN_HAZARDS = [
  'R&D', 'AT&T', '<10 Mbit/s', 'x < y', '*', '**key**', '|', 'a|b', 'e_government', '_draft_', '`code`', '[draft]',
  'C:\\ITU', '~', '~~old~~', '#1', 'www.itu.int/ITU-D', 'https://www.itu.int/en/ITU-D/Pages/a_b.aspx', '&amp;',
  'info@itu.int', '<br>', '<u>x</u>', '&', '>', '+', '!', '[^1]', '&#169;', '(see annex)', '"quoted"', '1.',
];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_HAZARDS) });
const capitalised = fc.constantFrom(...WORDS.filter((w) => /^[a-z]/.test(w))).map((w) => w[0]!.toUpperCase() + w.slice(1));

/** A sentence: a capitalised word, then roadmap words and hazards, maybe a full stop. */
export const sentence = fc
  .tuple(capitalised, fc.array(word, { minLength: 2, maxLength: 12 }), fc.boolean())
  .map(([first, rest, stop]) => `${[first, ...rest].join(' ')}${stop ? '.' : ''}`);

/** One to three sentences. */
const prose = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => (x.endsWith('.') ? x : `${x}.`)).join(' ').replace(/\.$/, ''));

const timing: fc.Arbitrary<Timing | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2005, max: 2030 }).map((y) => ({ raw: String(y), from: y, to: y })),
  fc.tuple(fc.integer({ min: 2005, max: 2030 }), fc.integer({ min: 1, max: 10 })).map(([from, n]) => ({ raw: `${from}-${from + n}`, from, to: from + n })),
);

// ---------------------------------------------------------------- goals

interface GoalPart {
  text: string;
  apply(goals: Goals): void;
}

const strategicGoalsPart: fc.Arbitrary<GoalPart> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 2 })).map(([goal, targetNumbers]) => {
    const targets = [...targetNumbers].sort((a, b) => a - b).map((t) => `${goal}.${t}`);
    const printedTargets = targets.length === 0 ? '' : ` (Target${targets.length > 1 ? 's' : ''} ${targets.join(', ')})`;
    return { text: `ITU Strategic Goal ${goal}${printedTargets}`, apply: (g: Goals) => void (g.strategicGoals.push(goal), g.strategicTargets.push(...targets)) };
  }),
  fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 3 }).map((goals) => {
    const printed = goals.length === 2 ? `${goals[0]} & ${goals[1]}` : `${goals.slice(0, -1).join(', ')} and ${goals[goals.length - 1]}`;
    return { text: `Goals ${printed}`, apply: (g: Goals) => void g.strategicGoals.push(...goals) };
  }),
);

const objectivesPart: fc.Arbitrary<GoalPart> = fc.oneof(
  fc.tuple(fc.constantFrom('D', 'T', 'R'), fc.integer({ min: 1, max: 5 })).map(([sector, n]) => ({
    text: `ITU-${sector} Objective ${n}`,
    apply: (g: Goals) => void g.objectives.push(`ITU-${sector} Objective ${n}`),
  })),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).map(([n, output]) => ({
    text: `ITU-D Objective ${n}/Output ${n}.${output} (Buenos Aires Action Plan)`,
    apply: (g: Goals) => void g.objectives.push(`ITU-D Objective ${n}`, `ITU-D Output ${n}.${output}`),
  })),
  fc.integer({ min: 1, max: 5 }).map((n) => ({ text: `Buenos Aires Action Plan Objective ${n}`, apply: (g: Goals) => void g.objectives.push(`ITU-D Objective ${n}`) })),
);

const initiativesPart: fc.Arbitrary<GoalPart> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REGION_PREFIXES), fc.integer({ min: 1, max: 6 })).map(([r, n]) => `${r}${n}`), { minLength: 1, maxLength: 4 })
  .map((codes) => ({ text: `Regional Initiatives (${codes.join(', ')})`, apply: (g: Goals) => void g.regionalInitiatives.push(...codes) }));

const gcaPart: fc.Arbitrary<GoalPart> = fc
  .uniqueArray(fc.constantFrom(...GCA_PILLARS), { minLength: 1, maxLength: 5, selector: (p) => p.n })
  .map((pillars) => ({ text: `GCA ${pillars.map((p) => `${p.n}. ${p.name}`).join(' ')}`, apply: (g: Goals) => void g.gcaPillars.push(...pillars.map((p) => p.n)) }));

const REVISIONS = [
  { place: 'Busan', year: 2014 },
  { place: 'Dubai', year: 2014 },
  { place: 'Buenos Aires', year: 2017 },
  { place: 'Hammamet', year: 2016 },
  { place: 'Sharm el-Sheikh', year: 2019 },
  { place: null, year: 2009 },
  { place: null, year: null },
];

/** One reference group: a body, its numbers, one revision for all of them. */
const resolutionGroup = fc.record({
  body: fc.constantFrom('PP', 'WTDC', 'WTSA', 'WRC', 'RA', 'Council'),
  numbers: fc.uniqueArray(fc.integer({ min: 1, max: 1400 }).map(String), { minLength: 1, maxLength: 3 }),
  revision: fc.constantFrom(...REVISIONS),
});

function canonical(body: string, number: string, place: string | null, year: number | null): string {
  const revision = place && year ? ` (Rev. ${place}, ${year})` : year ? ` (${year})` : '';
  return `${body} Res. ${number}${revision}`;
}

const resolutionsPart: fc.Arbitrary<GoalPart> = fc
  .uniqueArray(resolutionGroup, { minLength: 1, maxLength: 3, selector: (g) => g.body })
  .map((groups) => {
    const printed = groups.map(({ body, numbers, revision }) => {
      const rev = revision.place ? ` (Rev. ${revision.place}, ${revision.year})` : revision.year ? ` (${revision.year})` : '';
      return `${body} Res. ${numbers.join(', ')}${rev}`;
    });
    const resolutions: Resolution[] = groups.flatMap(({ body, numbers, revision }, i) =>
      numbers.map((number) => ({
        body: body as Resolution['body'],
        number,
        place: revision.place,
        year: revision.year,
        canonical: canonical(body, number, revision.place, revision.year),
        raw: printed[i]!,
      })),
    );
    return { text: `Resolutions ${printed.join(' ')}`, apply: (g: Goals) => void g.resolutions.push(...resolutions) };
  });

function sortResolutions(list: Resolution[]): Resolution[] {
  return [...list].sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : a.number.length - b.number.length || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)));
}

export const goals: fc.Arbitrary<Goals> = fc
  .tuple(fc.option(strategicGoalsPart), fc.option(objectivesPart), fc.option(initiativesPart), fc.option(gcaPart), fc.option(resolutionsPart))
  .map((parts) => {
    const g: Goals = { raw: '', strategicGoals: [], strategicTargets: [], objectives: [], regionalInitiatives: [], gcaPillars: [], resolutions: [] };
    const present = parts.filter((p): p is GoalPart => p !== null);
    for (const part of present) part.apply(g);
    const numeric = (a: number, b: number) => a - b;
    return {
      raw: present.map((p) => p.text).join(' '),
      strategicGoals: [...new Set(g.strategicGoals)].sort(numeric),
      strategicTargets: [...new Set(g.strategicTargets)].sort((a, b) => compareSdgTargets(a, b)),
      objectives: [...new Set(g.objectives)].sort(),
      regionalInitiatives: [...new Set(g.regionalInitiatives)].sort(),
      gcaPillars: [...new Set(g.gcaPillars)].sort(numeric),
      resolutions: sortResolutions(g.resolutions),
    };
  });

// ---------------------------------------------------------------- SDGs

const TARGET_IDS = targetData.targets.map((t) => t.id);
/**
 * Wordings that name a column ("… the Sustainable Development Goals …" in 17.9 and 17.16) make a
 * row whose goals cell says "Strategic Goal" and whose results cell says "Expected Results" look
 * like a repeated table header to the rows stage (reported to its owners); ids are still drawn
 * from all targets, wordings from the others.
 */
const COLUMN_WORDS = /\bSDGs?\b|\bSustainable\s+Development\s+Goals\b|\bTiming\b|\bStrategic\s+Goals?\b|\bExpected\s+Results\b|\bITU\s+Activities\b|\bWSIS\s*Outcomes?\b/i;
const WORDED_TARGET_IDS = targetData.targets.filter((t) => !COLUMN_WORDS.test(t.text)).map((t) => t.id);

export const sdgs: fc.Arbitrary<SdgLinks> = fc.oneof(
  fc.constant<SdgLinks>({ raw: '', goals: [], targets: [] }),
  fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 8 }).map((goals) => ({
    raw: goals.join(', '),
    goals: [...goals].sort((a, b) => a - b),
    targets: [],
  })),
  fc.uniqueArray(fc.constantFrom(...TARGET_IDS), { minLength: 1, maxLength: 8 }).map((targets) => ({
    raw: targets.join(', '),
    goals: [],
    targets: [...targets].sort(compareSdgTargets),
  })),
  // Targets printed with their official wording, as C6 prints them.
  fc.uniqueArray(fc.constantFrom(...WORDED_TARGET_IDS), { minLength: 1, maxLength: 3 }).map((targets) => ({
    raw: targets.map((t) => `${t}: ${sdgTargetText(t)}`).join(' '),
    goals: [],
    targets: [...targets].sort(compareSdgTargets),
  })),
);

// ---------------------------------------------------------------- outcome text

/** Outcome text, maybe with a list of sub-items in one of the printed forms. */
const outcomeText: fc.Arbitrary<{ text: string; subItems: SubItem[] }> = fc.oneof(
  { weight: 3, arbitrary: prose.map((text) => ({ text, subItems: [] })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(prose, fc.array(sentence, { minLength: 2, maxLength: 4 }), fc.constantFrom('roman', 'code', 'letter'))
      .map(([lead, items, kind]) => {
        const romans = ['i', 'ii', 'iii', 'iv'];
        const ids = items.map((_, k) => (kind === 'roman' ? romans[k]! : kind === 'code' ? `D${k + 1}` : String.fromCharCode(97 + k)));
        const markers = ids.map((id) => (kind === 'roman' ? `${id}.` : kind === 'code' ? `${id}:` : `(${id})`));
        const texts = items.map((item, k) => (k < items.length - 1 ? `${item.replace(/\.$/, '')};` : item));
        const text = `${lead}: ${texts.map((t, k) => `${markers[k]} ${t}`).join(' ')}`;
        return { text, subItems: ids.map((id, k) => ({ id, text: texts[k]! })) };
      }),
  },
);

// ---------------------------------------------------------------- results

const resultItems = fc.array(prose, { maxLength: 4 });

// ---------------------------------------------------------------- action lines

const COLUMN_VARIANTS = {
  outcome: (al: string) => [`WSIS Outcomes (WSIS AL ${al})`, 'WSIS Outcomes'],
  timing: () => ['Proposed Timing', 'Timing', 'Time-frame'],
  goals: () => ['ITU Strategic Goals and Relevant Resolutions', 'ITU Strategic Goals'],
  sdgs: () => ['Linkages with the SDGs', 'SDGs'],
  results: () => ['Expected Results of ITU Activities', 'Expected Results'],
};

function columns(al: string): fc.Arbitrary<string[]> {
  const kinds = Object.keys(COLUMN_VARIANTS) as (keyof typeof COLUMN_VARIANTS)[];
  const labels = fc.tuple(...kinds.map((k) => fc.constantFrom(...COLUMN_VARIANTS[k](al))));
  const order = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });
  // Most editions keep the usual order; some put the columns another way.
  return fc.tuple(labels, fc.boolean(), order).map(([printed, reorder, permutation]) => (reorder ? permutation.map((i) => printed[i]!) : printed));
}

const ID_SCHEMES = ['upper', 'lower', 'numbered'] as const;

/** Ids in a section's sequence: A, B, C…; a, b, c…; A1, A2, B1… (with the odd forward gap). */
function sectionIds(count: number, scheme: (typeof ID_SCHEMES)[number], steps: number[]): string[] {
  const ids: string[] = [];
  let letter = 0;
  let number = 1;
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      if (scheme === 'numbered' && steps[k]! === 0) number++;
      else {
        letter += 1 + Math.min(steps[k]!, 1);
        number = 1;
      }
    }
    const l = String.fromCharCode(65 + letter);
    ids.push(scheme === 'upper' ? l : scheme === 'lower' ? l.toLowerCase() : `${l}${number}`);
  }
  return ids;
}

interface OutcomeContent {
  text: { text: string; subItems: SubItem[] };
  timing: Timing | null;
  goals: Goals;
  sdgs: SdgLinks;
  expectedResults: string[];
  activities: string[];
}

const outcomeContent: fc.Arbitrary<OutcomeContent> = fc.record({
  text: outcomeText,
  timing,
  goals,
  sdgs,
  expectedResults: resultItems,
  activities: resultItems,
});

const sectionArb = fc.record({
  known: fc.constantFrom(...KNOWN_SECTIONS),
  scheme: fc.constantFrom(...ID_SCHEMES),
  outcomes: fc.array(outcomeContent, { minLength: 1, maxLength: 4 }),
  steps: fc.array(fc.nat({ max: 3 }), { minLength: 4, maxLength: 4 }),
});

const AL_TITLES = ['Information and Communication Infrastructure', 'Building Confidence and Security in Use of ICTs', 'Enabling Environment', 'E-business', 'Capacity building'];

function actionLine(id: string, firstMarker: number): fc.Arbitrary<ActionLine> {
  return fc
    .record({
      title: fc.oneof(fc.constantFrom(...AL_TITLES), sentence.map((s) => s.replace(/\.$/, ''))),
      note: fc.oneof(fc.constant(null), fc.constant('GCA – Global Cybersecurity Agenda'), sentence),
      columns: columns(id),
      footnotes: fc.array(prose, { maxLength: 4 }),
      sections: fc.uniqueArray(sectionArb, { minLength: 1, maxLength: 2, selector: (s) => s.known.slug }),
    })
    .map(({ title, note, columns, footnotes, sections }) => {
      const outcomes: Outcome[] = sections.flatMap((section) => {
        const ids = sectionIds(section.outcomes.length, section.scheme, section.steps);
        return section.outcomes.map((content, k): Outcome => ({
          key: `${id}.${section.known.slug}.${ids[k]}`,
          actionLine: id,
          section: section.known.slug,
          sectionTitle: section.known.title,
          id: ids[k]!,
          printedId: ids[k]!,
          idRepaired: false,
          text: content.text.text,
          subItems: content.text.subItems,
          timing: content.timing,
          goals: content.goals,
          sdgs: content.sdgs,
          expectedResults: content.expectedResults,
          activities: content.activities,
          provenance: { lines: null, pages: null },
          warnings: [],
        }));
      });
      const notes: Footnote[] = footnotes.map((text, k) => ({ marker: String(firstMarker + k), text }));
      return { id, title, note, columns, footnotes: notes, outcomes };
    });
}

/** A whole edition: one to three action lines with distinct ids, footnote markers numbered through the document. */
export const roadmap: fc.Arbitrary<RoadmapEdition> = fc
  .tuple(
    // The rows stage takes the document title from the first short line (at most 160 characters).
    fc.oneof(fc.constant('WSIS Action Lines Roadmaps C2, C5, C6'), sentence.map((s) => s.replace(/\.$/, '')).filter((s) => s.length <= 160)),
    fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 3 }),
  )
  .chain(([title, numbers]) =>
    fc.tuple(...numbers.map((n, i) => actionLine(`C${n}`, 1 + i * 4))).map((actionLines) => ({
      schemaVersion: 1 as const,
      edition: 'generated',
      title,
      source: { path: 'generated.md', sha256: '0'.repeat(64), format: 'markdown' as const, pages: null },
      actionLines,
      warnings: [],
    })),
  );

/**
 * The same roadmap with line breaks put into its prose (outcome text, results, footnotes,
 * titles), as a writer may break a long line, for
 * the export to turn into `<br>` (cells) or spaces (headings, paragraphs): a reader gets back
 * the text with whitespace folded. Lines are kept at least eight words long, as a writer's are:
 * a short line that repeats the end of the line above is what an OCR ghost looks like, and the
 * rows stage drops those. Reference lists (goals, SDGs) are left unbroken for the same reason:
 * two resolution lines alike enough ("… 177 (Rev. Dubai, 2014)" / "PP Res. 844, 7 (Rev. Busan,
 * 2014)") can be taken for a ghost in a small document (reported to the rows stage's owners).
 */
/** Shorter lines that happen to repeat words of the line above are taken for OCR ghosts (see above). */
const MIN_LINE_WORDS = 8;

export function withLineBreaks(edition: RoadmapEdition, seed: number): RoadmapEdition {
  let state = seed >>> 0 || 1;
  const next = (): number => (state = (state * 1103515245 + 12345) >>> 0);
  const breakSome = (text: string): string => {
    const words = text.split(' ');
    let sinceBreak = 0;
    return words
      .map((w, i) => {
        sinceBreak++;
        const breakHere = i > 0 && sinceBreak > MIN_LINE_WORDS && words.length - i >= MIN_LINE_WORDS && next() % 4 === 0;
        if (breakHere) sinceBreak = 1;
        return i === 0 ? w : `${breakHere ? '\n' : ' '}${w}`;
      })
      .join('');
  };
  return {
    ...edition,
    actionLines: edition.actionLines.map((a) => ({
      ...a,
      title: breakSome(a.title),
      footnotes: a.footnotes.map((f) => ({ ...f, text: breakSome(f.text) })),
      outcomes: a.outcomes.map((o) => ({
        ...o,
        text: breakSome(o.text),
        expectedResults: o.expectedResults.map(breakSome),
        activities: o.activities.map(breakSome),
      })),
    })),
  };
}
