import type { Entity, KbBundle } from '../../../utils/analysis/kb/types';

/** A minimal valid KB entity for unit tests. */
export const testEntity = (id: string, type: Entity['type'], ja: string[], extra: Partial<Entity> = {}): Entity => ({
  id,
  type,
  names: { ja },
  description: { ja: 'テスト', en: 'test' },
  status: 'unverified',
  sources: [],
  ...extra,
});

/** A KB bundle for unit tests: what is given, every other table empty. */
export const testBundle = (parts: Partial<KbBundle>): KbBundle => ({
  version: 'test',
  builtAt: '2000-01-01T00:00:00.000Z',
  entities: [],
  facts: [],
  relations: [],
  sources: [],
  fx: [],
  errors: [],
  ...parts,
});
