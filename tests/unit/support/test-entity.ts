import type { Entity } from '../../../utils/analysis/kb/types';

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
