// The reader's own data in Dexie: settings, site switches, watchlist, notes, own aliases,
// dismissed flags, entity cards, export / import. fake-indexeddb/auto is set up globally.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { entityCard } from '../../utils/db/card';
import { kbIndexFromDb, loadKb } from '../../utils/db/kb-load';
import { isEnabledFor } from '../../utils/db/sites';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';
import { SRC, addUserData, expectUserData, synthetic, useFreshDbs } from './db-fixtures';

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

const freshDb = useFreshDbs('db-user');
/** The synthetic KB's entities (what an import checks ids against). */
const known = (id: string) => synthetic('v1').entities.some((e) => e.id === id);

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
    const report = await importUserData(fresh, json, { known });
    // one row each: settings, watchlist, notes, ownAliases, dismissed
    expect(report).toEqual({ imported: { settings: 1, watchlist: 1, notes: 1, ownAliases: 1, dismissed: 1 }, refused: [] });
    expect(await user.listWatched(fresh)).toEqual(['alibaba', 'ttg']);
    await user.toggleWatch(fresh, 'ttg');
    await expectUserData(fresh);
    // importing twice adds nothing new
    await importUserData(fresh, json, { known });
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
    const report = await importUserData(target, JSON.stringify(doc), { known });
    expect(report.refused.map((r) => `${r.table}:${r.reason}:${r.count}`).sort()).toEqual([
      'entities:otherTable:1',
      'ownAliases:unknownEntity:1',
      'settings:invalid:1',
      'watchlist:invalid:1',
    ]);
    expect(await user.listWatched(target)).toEqual(['alibaba', 'ttg']);
    expect((await user.getSettings(target)).theme).toBe('dark');
    expect(await target.entities.get('evil')).toBeUndefined();
    expect((await user.listOwnAliases(target)).map((a) => a.entityId)).toEqual(['alibaba']);
    expect((await importUserData(target, '{not json', { known })).problem?.code).toBe('notJson');
  });
});
