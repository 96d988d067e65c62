// Synthetic KB bundles and user data for tests/unit/db.test.ts.
import { afterEach, expect, vi } from 'vitest';
import type { Table } from 'dexie';
import type { Entity, KbBundle } from '../../utils/analysis/kb/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { ReaderDb } from '../../utils/db/schema';
import * as user from '../../utils/db/user';

export const SRC = { id: 'S1', url: 'https://example.com/a', publisher: 'Example', date: '2025-01-01' };
export function ent(id: string, names: Entity['names'], extra: Partial<Entity> = {}): Entity {
  return { id, type: 'company', names, description: { ja: 'テスト', en: 'test' }, status: 'verified', sources: ['S1'], ...extra };
}
/** A small synthetic bundle; `version` lets tests simulate KB updates. */
export function synthetic(version: string, more: Partial<KbBundle> = {}): KbBundle {
  const entities: Entity[] = [
    ent(
      'alibaba',
      { ja: ['アリババグループ', 'アリババ'], 'zh-Hans': ['阿里巴巴集团', '阿里巴巴'], en: ['Alibaba Group'] },
      {
        tickers: ['NYSE:BABA', 'HKEX:9988'],
        aliases: [{ text: 'BABA', kind: 'ticker' }],
      },
    ),
    ent(
      'eddie-wu',
      { ja: ['呉泳銘', 'エディ・ウー'], en: ['Eddie Wu'] },
      {
        type: 'person',
        reading: 'ゴ・エイメイ',
        aliases: [{ text: '呉永明', kind: 'mistranslation', note: 'wrong kanji' }],
      },
    ),
    ent(
      'ttg',
      { ja: ['淘天集団'], en: ['Taobao and Tmall Group'] },
      {
        type: 'unit',
        parent: 'alibaba',
        aliases: [
          { text: 'TTG(トヨタグループ)', kind: 'mistranslation' },
          { text: 'TTG', kind: 'abbr' },
        ],
      },
    ),
  ];
  return {
    version,
    builtAt: '2025-01-01T00:00:00.000Z',
    entities,
    facts: [
      {
        id: 'f-old',
        subject: 'alibaba',
        metric: 'revenue',
        value: 1e11,
        unit: 'CNY',
        period: { start: '2024-07-01', end: '2024-09-30' },
        source: 'S1',
        status: 'verified',
      },
      {
        id: 'f-new',
        subject: 'alibaba',
        metric: 'revenue',
        value: 2e11,
        unit: 'CNY',
        period: { start: '2025-07-01', end: '2025-09-30' },
        source: 'S1',
        status: 'verified',
      },
    ],
    relations: [
      { from: 'eddie-wu', type: 'ceo_of', to: 'alibaba', since: '2023-09' },
      { from: 'ttg', type: 'unit_of', to: 'alibaba' },
    ],
    sources: [SRC],
    fx: [{ id: 'usdcny', base: 'USD', quote: 'CNY', rate: 7.1, date: '2025-09-30', source: 'S1', status: 'verified' }],
    errors: [{ id: 'E1', wrong: 'TTG(トヨタグループ)', correct: '淘天集団', cause: 'name', entity: 'ttg', source: 'S1' }],
    ...more,
  };
}

/**
 * Records of each KB table in the stored KB in use (the chunks the 'kb' meta row names, or the
 * per-table stores an earlier version wrote), read as they are: a half-written KB shows as such.
 */
export async function counts(db: ReaderDb) {
  const meta = await db.meta.get('kb');
  if (!meta?.data) {
    return {
      entities: await db.entities.count(),
      facts: await db.facts.count(),
      relations: await db.relations.count(),
      sources: await db.sources.count(),
      fx: await db.fx.count(),
      errors: await db.errors.count(),
    };
  }
  const out = { entities: 0, facts: 0, relations: 0, sources: 0, fx: 0, errors: 0 };
  const chunks = await (db.meta as unknown as Table<{ key: string; table: keyof typeof out; rows: unknown[] }, string>)
    .where('key')
    .startsWith(`kbdata:${meta.data}:`)
    .toArray();
  for (const c of chunks) out[c.table] += c.rows.length;
  return out;
}

/** Keys of every stored KB chunk (of any load). */
export async function chunkKeys(db: ReaderDb): Promise<string[]> {
  return (await db.meta.where('key').startsWith('kbdata:').primaryKeys()) as string[];
}

/** Makes the chunk writes of a KB load call `fail` for the chunk of `table` (a throw, or a promise that never settles). */
export function failChunkWrite(db: ReaderDb, table: string, fail: () => Promise<never>) {
  const put = db.meta.put.bind(db.meta);
  return vi
    .spyOn(db.meta, 'put')
    .mockImplementation(((row: { key: string; table?: string }, key?: string) =>
      row.key.startsWith('kbdata:') && row.table === table ? fail() : put(row as never, key)) as never);
}

export const bundleCounts = (b: KbBundle) => ({
  entities: b.entities.length,
  facts: b.facts.length,
  relations: b.relations.length,
  sources: b.sources.length,
  fx: b.fx.length,
  errors: b.errors.length,
});

export async function addUserData(db: ReaderDb) {
  await user.setSettings(db, { currency: 'USD', categories: { ...DEFAULT_SETTINGS.categories, date: false } });
  await user.toggleSite(db, 'site', 'https://www.example.jp/news/1', false);
  await user.toggleWatch(db, 'alibaba', 1000);
  await user.setNote(db, 'eddie-wu', 'CEO since 2023', 2000);
  await user.addOwnAlias(db, 'alibaba', 'アリババ集団', 3000);
  await user.dismissFlag(db, 'fig:123:scale', 4000);
}

export async function expectUserData(db: ReaderDb) {
  const s = await user.getSettings(db);
  expect(s.currency).toBe('USD');
  expect(s.categories.date).toBe(false);
  expect(s.categories.money).toBe(true);
  expect(s.disabledSites).toEqual(['example.jp']);
  expect(await user.listWatched(db)).toEqual(['alibaba']);
  expect(await user.getNote(db, 'eddie-wu')).toBe('CEO since 2023');
  expect((await user.listOwnAliases(db)).map((a) => [a.entityId, a.text])).toEqual([['alibaba', 'アリババ集団']]);
  expect(await user.listDismissed(db)).toEqual(['fig:123:scale']);
}

/** Frozen copy of schema v1. If this fails, v1 was edited in place: add db.version(2) instead. */
export const V1_FIXTURE = {
  entities: 'id, type, parent, *keys',
  facts: 'id, subject, metric, [subject+metric]',
  relations: '++rid, from, to, type',
  sources: 'id',
  fx: 'id, date',
  errors: 'id, entity, fact',
  meta: 'key',
  settings: 'id',
  watchlist: 'entityId, addedAt',
  notes: 'entityId, updatedAt',
  ownAliases: '++id, entityId, key',
  dismissed: 'key, at',
};

let seq = 0;

/** A new empty database per call, deleted after each test of the calling file. */
export function useFreshDbs(prefix: string): () => ReaderDb {
  const open: ReaderDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = new ReaderDb(`${prefix}-${++seq}`);
    open.push(db);
    return db;
  };
}
