// The model-name grammar: parts of a name, and the KB model each name links to. Sentences and names
// written for the test (shapes, not pages); runs on the real KB.
import { describe, expect, it } from 'vitest';
import { parseModelName, pickModel, type ModelEntry } from '../../utils/analysis/entities/model-name';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const STEMS = new Set(['qwen', 'deepseek', 'gpt', 'o', 'llama', 'claude', 'mixtral', 'wan']);
const parts = (s: string) => parseModelName(s.toLowerCase(), STEMS, (i) => /[A-Z]/.test(s[i] ?? ''))?.parts;

describe('parseModelName', () => {
  it.each([
    ['Qwen3-30B-A3B', { family: 'qwen', version: '3', size: '30b', active: 'a3b' }],
    ['Qwen2.5-72B-Instruct', { family: 'qwen', version: '2.5', size: '72b', variant: 'instruct' }],
    ['Qwen-72B', { family: 'qwen', size: '72b' }],
    ['Qwen-14B-Chat', { family: 'qwen', size: '14b', variant: 'chat' }],
    ['DeepSeek-V3.1', { family: 'deepseek', version: 'v3.1' }],
    ['DeepSeek-R1-0528', { family: 'deepseek', version: 'r1', variant: '0528' }],
    ['GPT-5', { family: 'gpt', version: '5' }],
    ['GPT-4o mini', { family: 'gpt', version: '4o', variant: 'mini' }],
    ['o4-mini (high)', { family: 'o', version: '4', variant: 'mini-high' }],
    ['Llama 4 Maverick', { family: 'llama', version: '4', variant: 'maverick' }],
    ['Claude Opus 4.1', { family: 'claude', version: '4.1', variant: 'opus' }],
    ['Mixtral 8x7B', { family: 'mixtral', size: '8x7b' }],
    ['Wan2.5-preview', { family: 'wan', version: '2.5', variant: 'preview' }],
  ])('%s', (name, expected) => {
    expect(parts(name)).toEqual(expected);
  });

  it('stops at ordinary words and needs a known family', () => {
    expect(parseModelName('llama 3 large language model', STEMS)?.length).toBe('llama 3'.length);
    expect(parseModelName('qwen-based models', STEMS)?.length).toBe('qwen'.length);
    expect(parseModelName('gemini 2.5 pro', STEMS)).toBeNull();
    expect(parseModelName('qwen3x', STEMS)).toBeNull();
  });
});

describe('pickModel', () => {
  const entries: ModelEntry[] = [
    { id: 'fam', variants: [], ambiguous: false, vendor: false },
    { id: 'v3', version: '3', variants: [], ambiguous: false, vendor: false },
    { id: 'v3-coder', version: '3', variants: ['coder'], ambiguous: false, vendor: false },
    { id: 'v3.5', version: '3.5', variants: [], ambiguous: false, vendor: false },
  ];
  const pick = (s: string) => pickModel(entries, parseModelName(s, new Set(['qwen']))!)?.id;
  it('takes the exact version, then the same major version, then the family', () => {
    expect(pick('qwen3.5-plus')).toBe('v3.5');
    expect(pick('qwen3-coder-480b-a35b-instruct')).toBe('v3-coder');
    expect(pick('qwen3.6-plus')).toBe('v3');
    expect(pick('qwen4')).toBe('fam');
    expect(pick('qwen-72b')).toBe('fam');
  });
});

describe('model names in text', () => {
  const found = (text: string) =>
    findEntities(normalize(text), text, kb).mentions.map(
      (m) =>
        `${m.entityId}:${m.surface}${m.model ? `{${[m.model.family, m.model.version, m.model.size, m.model.active, m.model.variant].filter(Boolean).join(',')}}` : ''}`,
    );

  it('reads a sized or tuned release as one mention of its release, with its parts', () => {
    expect(found('Alibaba open-sourced Qwen2.5-72B-Instruct and the smaller Qwen-7B.')).toEqual(
      expect.arrayContaining(['qwen2-5:Qwen2.5-72B-Instruct{Qwen,2.5,72B,Instruct}', 'qwen:Qwen-7B{Qwen,7B}']),
    );
    expect(found('阿里巴巴发布了Qwen3-30B-A3B模型。')).toContain('qwen3-30b-a3b:Qwen3-30B-A3B{Qwen,3,30B,A3B}');
  });

  it('recognises a release the KB does not list, linked to its major version or family', () => {
    expect(found('DeepSeek-V3.9 was compared with GPT-5.7 and Llama 4 Maverick.')).toEqual([
      'deepseek-v3:DeepSeek-V3.9{DeepSeek,V3.9}',
      'gpt-5:GPT-5.7{GPT,5.7}',
      'llama-4:Llama 4 Maverick{Llama,4,Maverick}',
    ]);
  });

  it('keeps a reasoning setting and a vendor prefix in the span', () => {
    expect(found('OpenAI said o4-mini (high) scored 90%.')).toContain('openai-o4-mini:o4-mini (high){o,4,mini-high}');
    expect(found('Google Gemini 2.5 Pro led the ranking.')).toEqual(['gemini-2-5-pro:Google Gemini 2.5 Pro{Gemini,2.5,Pro}']);
  });

  it('a minor version falls back to its major version, not to a sibling minor (Gemini 2.5 is no Gemini 2.0)', () => {
    expect(found('Gemini 2.5 and Gemini 2.0 Flash were compared with Gemini 2.')).toEqual([
      'gemini:Gemini 2.5{Gemini,2.5}',
      'gemini-2-0:Gemini 2.0 Flash{Gemini,2.0,Flash}',
      'gemini-2-0:Gemini 2{Gemini,2}',
    ]);
  });

  it('reads an en or em dash inside a name as a hyphen, for known parts only', () => {
    expect(found('推論モデル「Qwen3—Max—Thinking」を公開。')).toEqual(['qwen3-max:Qwen3—Max—Thinking{Qwen,3,Max-Thinking}']);
    expect(found('Qwen3–Coder shipped; Qwen3—Alibaba said—was open.')).toEqual(
      expect.arrayContaining(['qwen3-coder:Qwen3–Coder{Qwen,3,Coder}', 'qwen3:Qwen3{Qwen,3}']),
    );
  });

  it('leaves ordinary words alone', () => {
    expect(found('Step 2 of the plan is simple.')).toEqual([]);
    expect(found('Apache Spark 3.5 was released.')).toEqual([]);
  });
});
