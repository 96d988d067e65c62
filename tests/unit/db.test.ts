// The Dexie database: KB load/update/rollback, alias lookups, user data, export/import.
// fake-indexeddb/auto is set up globally (vitest.config.ts).
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../scripts/lib/kb-files';
import type { Entity, KbBundle } from '../../utils/kb/types';
import { DEFAULT_SETTINGS } from '../../utils/messages';
import { entityCard } from '../../utils/db/card';
import { kbIndexFromDb, kbMeta, loadKb } from '../../utils/db/kb-load';
import { aliasKey } from '../../utils/db/keys';
import { lookupAlias } from '../../utils/db/lookup';
import { ReaderDb, STORES_V1 } from '../../utils/db/schema';
import { isEnabledFor } from '../../utils/db/sites';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';

// Node has neither `self` nor FileReader; dexie-export-import uses both (browsers and workers have
// them). Hoisted above the imports, since the library reads `self` when it loads.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; FileReader?: unknown };
  g.self ??= globalThis;
  if (g.FileReader) return;
  g.FileReader = class {
    result: ArrayBuffer | null = null;
    onload: ((ev: { target: unknown }) => void) | null = null;
    onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buf) => {
          this.result = buf;
          this.onload?.({ target: this });
        },
        (error) => this.onerror?.({ target: { error } }),
      );
    }
  };
});

/** Frozen copy of schema v1. If this fails, v1 was edited in place: add db.version(2) instead. */
const V1_FIXTURE = {
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
const open: Dexie[] = [];
function freshDb(): ReaderDb {
  const db = new ReaderDb(`test-db-${++seq}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const SRC = { id: 'S1', url: 'https://example.com/a', publisher: 'Example', date: '2025-01-01' };
function ent(id: string, names: Entity['names'], extra: Partial<Entity> = {}): Entity {
  return { id, type: 'company', names, description: { ja: 'テスト', en: 'test' }, status: 'verified', sources: ['S1'], ...extra };
}
/** A small synthetic bundle; `version` lets tests simulate KB updates. */
function synthetic(version: string, more: Partial<KbBundle> = {}): KbBundle {
  const entities: Entity[] = [
    ent('alibaba', { ja: ['アリババグループ', 'アリババ'], 'zh-Hans': ['阿里巴巴集团', '阿里巴巴'], en: ['Alibaba Group'] }, {
      tickers: ['NYSE:BABA', 'HKEX:9988'],
      aliases: [{ text: 'BABA', kind: 'ticker' }],
    }),
    ent('eddie-wu', { ja: ['呉泳銘', 'エディ・ウー'], en: ['Eddie Wu'] }, {
      type: 'person',
      reading: 'ゴ・エイメイ',
      aliases: [{ text: '呉永明', kind: 'mistranslation', note: 'wrong kanji' }],
    }),
    ent('ttg', { ja: ['淘天集団'], en: ['Taobao and Tmall Group'] }, {
      type: 'unit',
      parent: 'alibaba',
      aliases: [{ text: 'TTG(トヨタグループ)', kind: 'mistranslation' }, { text: 'TTG', kind: 'abbr' }],
    }),
  ];
  return {
    version,
    builtAt: '2025-01-01T00:00:00.000Z',
    entities,
    facts: [
      { id: 'f-old', subject: 'alibaba', metric: 'revenue', value: 1e11, unit: 'CNY', period: { start: '2024-07-01', end: '2024-09-30' }, source: 'S1', status: 'verified' },
      { id: 'f-new', subject: 'alibaba', metric: 'revenue', value: 2e11, unit: 'CNY', period: { start: '2025-07-01', end: '2025-09-30' }, source: 'S1', status: 'verified' },
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

async function counts(db: ReaderDb) {
  return {
    entities: await db.entities.count(),
    facts: await db.facts.count(),
    relations: await db.relations.count(),
    sources: await db.sources.count(),
    fx: await db.fx.count(),
    errors: await db.errors.count(),
  };
}
const bundleCounts = (b: KbBundle) => ({
  entities: b.entities.length,
  facts: b.facts.length,
  relations: b.relations.length,
  sources: b.sources.length,
  fx: b.fx.length,
  errors: b.errors.length,
});

async function addUserData(db: ReaderDb) {
  await user.setSettings(db, { currency: 'USD', categories: { ...DEFAULT_SETTINGS.categories, date: false } });
  await user.toggleSite(db, 'site', 'https://www.example.jp/news/1', false);
  await user.toggleWatch(db, 'alibaba', 1000);
  await user.setNote(db, 'eddie-wu', 'CEO since 2023', 2000);
  await user.addOwnAlias(db, 'alibaba', 'アリババ集団', 3000);
  await user.dismissFlag(db, 'fig:123:scale', 4000);
}

async function expectUserData(db: ReaderDb) {
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

describe('schema', () => {
  it('version 1 is unchanged', () => {
    expect(STORES_V1).toEqual(V1_FIXTURE);
    expect(freshDb().verno).toBe(1);
  });

  it('opens a database created with the v1 fixture and keeps its user data', async () => {
    const name = `test-db-v1-${++seq}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_FIXTURE);
    await old.table('watchlist').put({ entityId: 'alibaba', addedAt: 1 });
    await old.table('notes').put({ entityId: 'alibaba', text: 'kept', updatedAt: 2 });
    old.close();
    const db = new ReaderDb(name);
    open.push(db);
    expect(await user.listWatched(db)).toEqual(['alibaba']);
    expect(await user.getNote(db, 'alibaba')).toBe('kept');
  });
});

describe('loadKb', () => {
  it('fresh install loads the real bundle: counts match and the index reads back the same records', async () => {
    const bundle = loadBundle();
    const db = freshDb();
    const out = await loadKb(db, bundle);
    expect(out.loaded).toBe(true);
    expect(await counts(db)).toEqual(bundleCounts(bundle));
    expect(out.meta).toMatchObject({ key: 'kb', version: bundle.version, counts: bundleCounts(bundle) });
    expect(out.meta.loadMs).toBeGreaterThanOrEqual(0);
    const kb = await kbIndexFromDb(db);
    expect(kb.version).toBe(bundle.version);
    expect(kb.entities.size).toBe(bundle.entities.length);
    for (const e of bundle.entities) expect(kb.entities.get(e.id)).toEqual(e);
    for (const f of bundle.facts) expect(kb.facts.get(f.id)).toEqual(f);
    expect(kb.bundle.relations).toEqual(bundle.relations);
    expect(kb.fx.length).toBe(bundle.fx.length);
  });

  it('reload with the same version is a no-op', async () => {
    const db = freshDb();
    const first = await loadKb(db, synthetic('v1'), () => 111);
    await db.facts.delete('f-old'); // would be restored by a real reload
    const again = await loadKb(db, synthetic('v1'), () => 222);
    expect(again.loaded).toBe(false);
    expect(again.meta.loadedAt).toBe(111);
    expect(first.meta.loadedAt).toBe(111);
    expect(await db.facts.count()).toBe(1);
  });

  it('an update from an older KB replaces the KB and keeps every piece of user data', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1', { entities: [...synthetic('v1').entities, ent('gone', { en: ['Gone Corp'] })] }));
    await addUserData(db);
    const v2 = synthetic('v2', { facts: [synthetic('v2').facts[1]!] });
    const out = await loadKb(db, v2);
    expect(out.loaded).toBe(true);
    expect((await kbMeta(db))?.version).toBe('v2');
    expect(await counts(db)).toEqual(bundleCounts(v2));
    expect(await db.entities.get('gone')).toBeUndefined();
    await expectUserData(db);
  });

  it('a real-bundle update over a synthetic KB keeps user data', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('old'));
    await addUserData(db);
    await loadKb(db, loadBundle());
    await expectUserData(db);
  });

  it('an update that fails mid-way leaves the previous KB intact and readable', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    await addUserData(db);
    const before = await counts(db);
    // Entities and facts are written before the duplicate error id: all of it must roll back.
    const bad = synthetic('v2', {
      entities: [ent('new-co', { en: ['New Co'] })],
      errors: [synthetic('v2').errors[0]!, synthetic('v2').errors[0]!],
    });
    await expect(loadKb(db, bad)).rejects.toThrow();
    expect((await kbMeta(db))?.version).toBe('v1');
    expect(await counts(db)).toEqual(before);
    expect(await db.entities.get('new-co')).toBeUndefined();
    const kb = await kbIndexFromDb(db);
    expect(kb.version).toBe('v1');
    expect(kb.name('eddie-wu')).toBe('呉泳銘');
    expect((await lookupAlias(db, 'BABA')).map((e) => e.id)).toEqual(['alibaba']);
    await expectUserData(db);
    // ...and a good update still goes through afterwards.
    expect((await loadKb(db, synthetic('v3'))).loaded).toBe(true);
  });

  it('kbIndexFromDb on an empty database is an empty index', async () => {
    const kb = await kbIndexFromDb(freshDb());
    expect(kb.entities.size).toBe(0);
    expect(kb.version).toBe('empty');
  });
});

describe('lookupAlias', () => {
  const ids = async (db: ReaderDb, q: string) => (await lookupAlias(db, q)).map((e) => e.id).sort();

  it('finds entities by every kind of name', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    const cases: Array<[string, string]> = [
      ['エディ・ウー', 'eddie-wu'], // katakana with ・
      ['エディウー', 'eddie-wu'], // ...without
      ['ｴﾃﾞｨ･ｳｰ', 'eddie-wu'], // half-width katakana
      ['呉泳銘', 'eddie-wu'],
      ['呉永明', 'eddie-wu'], // mistranslation
      ['ゴ・エイメイ', 'eddie-wu'], // reading
      ['EDDIE WU', 'eddie-wu'],
      ['阿里巴巴', 'alibaba'], // zh
      ['alibaba group', 'alibaba'], // en, any case
      ['ＢＡＢＡ', 'alibaba'], // ticker, full width
      ['9988', 'alibaba'], // ticker without exchange
      ['HKEX:9988', 'alibaba'],
      ['TTG（トヨタグループ）', 'ttg'], // mistranslation, full-width brackets
      ['淘天集団', 'ttg'],
    ];
    for (const [q, id] of cases) expect(await ids(db, q), q).toEqual([id]);
    expect(await ids(db, 'Tencent')).toEqual([]);
    expect(await ids(db, '   ')).toEqual([]);
  });

  it('finds every name and alias of every entity in the real KB', async () => {
    const bundle = loadBundle();
    const db = freshDb();
    await loadKb(db, bundle);
    let checked = 0;
    for (const e of bundle.entities) {
      const names = [...Object.values(e.names).flat(), ...(e.aliases ?? []).map((a) => a.text)];
      for (const n of names) {
        expect(await ids(db, n!), `${e.id}: ${n}`).toContain(e.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("includes the reader's own aliases", async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    expect(await ids(db, 'アリ経済圏')).toEqual([]);
    await user.addOwnAlias(db, 'alibaba', 'アリ経済圏');
    expect(await ids(db, 'アリ経済圏')).toEqual(['alibaba']);
    await user.addOwnAlias(db, 'alibaba', 'BABA'); // already a KB name: no duplicate result
    expect(await ids(db, 'baba')).toEqual(['alibaba']);
  });
});

describe('user data', () => {
  it('settings: defaults, partial updates, validation', async () => {
    const db = freshDb();
    expect(await user.getSettings(db)).toEqual(DEFAULT_SETTINGS);
    const s = await user.setSettings(db, { theme: 'dark' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await expect(user.setSettings(db, { hoverDelayMs: -5 })).rejects.toThrow();
    expect((await user.getSettings(db)).theme).toBe('dark');
  });

  it('site and page switches', async () => {
    const db = freshDb();
    let s = await user.toggleSite(db, 'site', 'https://www.nikkei.com/article/1', false);
    expect(isEnabledFor(s, 'https://asia.nikkei.com/x')).toBe(false);
    expect(isEnabledFor(s, 'https://example.com/x')).toBe(true);
    s = await user.toggleSite(db, 'site', 'https://asia.nikkei.com/x', true);
    expect(isEnabledFor(s, 'https://www.nikkei.com/article/1')).toBe(true);
    s = await user.toggleSite(db, 'page', 'https://example.com/a?id=1#top', false);
    expect(isEnabledFor(s, 'https://example.com/a?id=1')).toBe(false);
    expect(isEnabledFor(s, 'https://example.com/a?id=2')).toBe(true);
  });

  it('watchlist, notes, own aliases, dismissed flags', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    expect(await user.toggleWatch(db, 'ttg')).toBe(true);
    expect(await user.toggleWatch(db, 'ttg')).toBe(false);
    expect(await user.listWatched(db)).toEqual([]);
    await user.setNote(db, 'ttg', 'note');
    await user.setNote(db, 'ttg', '  ');
    expect(await user.getNote(db, 'ttg')).toBeUndefined();
    await expect(user.addOwnAlias(db, 'no-such-entity', 'X')).rejects.toThrow(/unknown entity/);
    await user.addOwnAlias(db, 'ttg', 'タオティエン');
    await user.addOwnAlias(db, 'ttg', 'ﾀｵﾃｨｴﾝ'); // same key: kept once
    expect(await user.ownAliasPairs(db)).toEqual([{ text: 'タオティエン', entityId: 'ttg' }]);
    expect(await user.removeOwnAlias(db, 'ttg', 'ﾀｵﾃｨｴﾝ')).toBe(1);
    expect(await user.listOwnAliases(db)).toEqual([]);
    await user.dismissFlag(db, 'b', 2);
    await user.dismissFlag(db, 'a', 1);
    expect(await user.listDismissed(db)).toEqual(['a', 'b']);
  });

  it('entity card: relations both ways with names, facts newest first with sources, user data', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    await addUserData(db);
    const kb = await kbIndexFromDb(db);
    const card = (await entityCard(db, kb, 'alibaba'))!;
    expect(card.relations).toEqual(
      expect.arrayContaining([
        { type: 'ceo_of', dir: 'in', other: { id: 'eddie-wu', name: '呉泳銘', type: 'person' }, since: '2023-09', until: undefined },
        { type: 'unit_of', dir: 'in', other: { id: 'ttg', name: '淘天集団', type: 'unit' }, since: undefined, until: undefined },
      ]),
    );
    expect(card.facts.map((f) => f.id)).toEqual(['f-new', 'f-old']);
    expect(card.facts[0]!.sourceInfo).toEqual(SRC);
    expect(card).toMatchObject({ watched: true, ownAliases: ['アリババ集団'] });
    const ttg = (await entityCard(db, kb, 'ttg', 'en'))!;
    expect(ttg.parent).toEqual({ id: 'alibaba', name: 'Alibaba Group' });
    expect(ttg.relations[0]).toMatchObject({ dir: 'out', other: { id: 'alibaba' } });
    expect(await entityCard(db, kb, 'nope')).toBeNull();
  });
});

describe('export / import', () => {
  it('round-trips user data through export → wipe → import, never the KB', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    await addUserData(db);
    const json = await exportUserData(db);
    const parsed = JSON.parse(json);
    const tables = parsed.data.data.map((t: { tableName: string }) => t.tableName).sort();
    expect(tables).toEqual(['dismissed', 'notes', 'ownAliases', 'settings', 'watchlist']);
    await db.delete();

    const fresh = freshDb();
    await loadKb(fresh, synthetic('v1'));
    await user.toggleWatch(fresh, 'ttg', 5000); // present before the import: kept (merge, not replace)
    const n = await importUserData(fresh, json);
    expect(n).toBe(5); // one row each: settings, watchlist, notes, ownAliases, dismissed
    expect(await user.listWatched(fresh)).toEqual(['alibaba', 'ttg']);
    await user.toggleWatch(fresh, 'ttg');
    await expectUserData(fresh);
    // importing twice adds nothing new
    await importUserData(fresh, json);
    expect(await user.listOwnAliases(fresh)).toHaveLength(1);
  });

  it('skips invalid rows, KB tables in the file and aliases of unknown entities', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('v1'));
    await addUserData(db);
    const doc = JSON.parse(await exportUserData(db));
    const byName = (n: string) => doc.data.data.find((t: { tableName: string }) => t.tableName === n);
    byName('watchlist').rows.push({ entityId: '', addedAt: 'x' }, { entityId: 'ttg', addedAt: 7000 });
    byName('ownAliases').rows.push({ id: 99, entityId: 'not-in-kb', text: 'Z', key: 'z', addedAt: 1 });
    byName('settings').rows[0].hoverDelayMs = 999_999; // invalid: skipped, current settings kept
    doc.data.tables.push({ name: 'entities', schema: 'id,type,parent,*keys', rowCount: 1 });
    doc.data.data.push({ tableName: 'entities', inbound: true, rows: [{ id: 'evil', type: 'company', keys: ['x'] }] });

    const target = freshDb();
    await loadKb(target, synthetic('v1'));
    await user.setSettings(target, { theme: 'dark' });
    await importUserData(target, JSON.stringify(doc));
    expect(await user.listWatched(target)).toEqual(['alibaba', 'ttg']);
    expect((await user.getSettings(target)).theme).toBe('dark');
    expect(await target.entities.get('evil')).toBeUndefined();
    expect((await user.listOwnAliases(target)).map((a) => a.entityId)).toEqual(['alibaba']);
    await expect(importUserData(target, '{not json')).rejects.toThrow();
  });
});

it('aliasKey folds widths, case and ・ inside names', () => {
  expect(aliasKey('エディ・ウー')).toBe(aliasKey('エディウー'));
  expect(aliasKey('ＢＡＢＡ')).toBe('baba');
});
