// The Dexie database: schema versions, KB load / update / rollback, alias lookups.
// fake-indexeddb/auto is set up globally (vitest.config.ts). User data: db-user.test.ts.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../scripts/lib/kb-files';
import { kbIndexFromDb, kbMeta, loadKb } from '../../utils/db/kb-load';
import { aliasKey } from '../../utils/db/keys';
import { lookupAlias } from '../../utils/db/lookup';
import { STORES_V1, type ReaderDb } from '../../utils/db/schema';
import * as user from '../../utils/db/user';
import { V1_FIXTURE, addUserData, bundleCounts, chunkKeys, counts, ent, expectUserData, synthetic, useFreshDbs } from './db-fixtures';

const freshDb = useFreshDbs('db');

describe('schema', () => {
  it('version 1 is unchanged', () => {
    expect(STORES_V1).toEqual(V1_FIXTURE);
    expect(freshDb().verno).toBe(1);
  });

  it('opens a database created with the v1 fixture and keeps its user data', async () => {
    const db = freshDb(); // not opened yet: it will open the database written below
    const old = new Dexie(db.name);
    old.version(1).stores(V1_FIXTURE);
    await old.table('watchlist').put({ entityId: 'alibaba', addedAt: 1 });
    await old.table('notes').put({ entityId: 'alibaba', text: 'kept', updatedAt: 2 });
    old.close();
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
    const stored = await chunkKeys(db); // a real reload would write new chunks
    const again = await loadKb(db, synthetic('v1'), () => 222);
    expect(again.loaded).toBe(false);
    expect(again.meta.loadedAt).toBe(111);
    expect(first.meta.loadedAt).toBe(111);
    expect(await chunkKeys(db)).toEqual(stored);
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
    expect((await kbIndexFromDb(db)).entities.has('gone')).toBe(false);
    // The previous KB's chunks are gone: only the new load's are stored.
    expect(new Set((await chunkKeys(db)).map((k) => k.split(':')[1]))).toEqual(new Set([out.meta.data]));
    await expectUserData(db);
  });

  it('a real-bundle update over a synthetic KB keeps user data', async () => {
    const db = freshDb();
    await loadKb(db, synthetic('old', { builtAt: '1999-01-01T00:00:00.000Z' })); // built before the real one
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
    const kb = await kbIndexFromDb(db);
    expect(kb.entities.has('new-co')).toBe(false);
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
    const pairs = bundle.entities.flatMap((e) => [...Object.values(e.names).flat(), ...(e.aliases ?? []).map((a) => a.text)].map((n) => [e.id, n!] as const));
    const found = await Promise.all(pairs.map(([, n]) => ids(db, n)));
    pairs.forEach(([id, n], i) => expect(found[i], `${id}: ${n}`).toContain(id));
    expect(pairs.length).toBeGreaterThan(0);
  }, 120_000); // ~7,000 look-ups in fake-indexeddb

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

it('aliasKey folds widths, case and ・ inside names', () => {
  expect(aliasKey('エディ・ウー')).toBe(aliasKey('エディウー'));
  expect(aliasKey('ＢＡＢＡ')).toBe('baba');
});
