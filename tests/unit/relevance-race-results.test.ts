// Two shapes of race-only relevance: a chip maker is a race player by what it makes (no relation to
// the core needed), and a peer's results count when they name its AI business (AI cloud, AI revenue).
import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { scoreRelevance } from '../../utils/analysis/relevance';
import { precheck, type PrecheckLists } from '../../utils/analysis/precheck/precheck';
import { precheckTermsFromKb } from '../../utils/analysis/precheck/kb-terms';
import { testEntity as entity, testBundle } from './support/test-entity';

const bundle = testBundle({
  entities: [
    entity('alibaba', 'company', ['Alibaba']),
    entity('chipco', 'company', ['Chipco']),
    entity('chipco-x1', 'chip', ['Chipco X1']),
    entity('labco', 'company', ['Labco']),
    entity('labco-chip', 'chip', ['Labco Z']),
    entity('labco-model', 'model', ['LabLM']),
    entity('searchco', 'company', ['Searchco']),
    entity('rivalco', 'company', ['Rivalco']),
  ],
  relations: [
    { from: 'chipco-x1', type: 'developed_by', to: 'chipco' },
    { from: 'labco-chip', type: 'developed_by', to: 'labco' },
    { from: 'labco-model', type: 'developed_by', to: 'labco' },
    { from: 'searchco', type: 'competitor_of', to: 'alibaba' },
    { from: 'rivalco', type: 'competitor_of', to: 'alibaba' },
  ],
});
const kb = new PreparedKb(bundle);
const terms = precheckTermsFromKb(kb);
const lists: PrecheckLists = { core: terms.core, race: terms.race, chip: terms.chip, word: new Set(terms.word) };

function relevant(text: string): boolean {
  const { entities } = findEntities(normalize(text), text, kb, {});
  return scoreRelevance({ text }, entities, [], kb).relevant;
}

describe('chip makers anchor race-only relevance', () => {
  it('a company whose only products are chips is an anchor, with no relation to the core', () => {
    expect(kb.roles.get('chipco')).toMatchObject({ role: 'race', anchor: true });
  });

  it('a company that also makes models is not a chip maker by that alone', () => {
    expect(kb.roles.get('labco')?.anchor).toBe(false);
  });
});

describe("a chip maker's own results", () => {
  const page = (name: string) =>
    [
      `${name} said its quarterly revenue rose fivefold to 1.7 billion yuan, and net profit reached 570 million yuan.`,
      `${name} turned a profit for a third quarter in a row, as demand from artificial intelligence (AI) customers grew.`,
      `${name} shares rose 7 percent after the earnings, and analysts raised their forecasts for the quarter.`,
      `Over the first three quarters, ${name} revenue reached 4.6 billion yuan and profit 1.6 billion yuan.`,
      `${name} founder holds 28 percent of ${name}, whose share price doubled this year.`,
      `${name} said revenue growth in the quarter came from new customers.`,
    ].join(' ');

  it('are about the race, without an investment word: its results are the chips', () => {
    expect(relevant(page('Chipco'))).toBe(true);
    expect(precheck(page('Chipco'), lists).pass).toBe(true);
  });

  it("are not for a rival's results told the same way, with no AI business named", () => {
    expect(relevant(page('Rivalco'))).toBe(false);
    expect(precheck(page('Rivalco'), lists).pass).toBe(false);
  });

  it('are not when AI is not said: a maker of PC chips and foundries', () => {
    const pc = page('Chipco').replace('artificial intelligence (AI) customers', 'PC makers');
    expect(relevant(pc)).toBe(false);
    expect(relevant(`${pc} Chipco said chip demand from PC makers stayed strong, and its chips sold well.`)).toBe(false);
  });

  it("a chip maker's page without results or investment words is left alone by the pre-check", () => {
    expect(precheck('Chipco opened a new office in Shanghai and hired staff.', lists).pass).toBe(false);
  });
});

describe("a peer's results that name its AI business", () => {
  const para = (ai: string) =>
    [
      `Searchco said its quarterly revenue rose 5 percent to 30 billion yuan, and net profit grew 10 percent.`,
      `Searchco shares rose after the earnings, which beat analysts' forecasts for the quarter.`,
      `Searchco's ${ai} grew 40 percent from a year earlier, and Searchco expects more growth next quarter.`,
      `The chief executive said the ${ai} now makes a quarter of the company's revenue, up from a fifth.`,
      `Searchco's core business earned 25 billion yuan, and Searchco's online marketing fell 6 percent.`,
      `Rivalco reported its own revenue a week earlier; Rivalco grew faster than Searchco.`,
    ].join(' ');

  it('are relevant when the AI cloud is their subject', () => {
    expect(relevant(para('AI cloud revenue'))).toBe(true);
    expect(precheck(para('AI cloud revenue'), lists).pass).toBe(true);
  });

  it('are not when only the results are told (another company’s results)', () => {
    expect(relevant(para('online marketing revenue'))).toBe(false);
    expect(precheck(para('online marketing revenue'), lists).pass).toBe(false);
  });
});
