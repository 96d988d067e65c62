// Entity names in the reader's UI language for the side panel (getNames), refetched when the
// language or the set of ids changes. The analysis names entities as the page spells them.
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '@/utils/messaging/protocol';

export type NameMap = ReadonlyMap<string, { name: string; type: string; reading?: string }>;

export function useNames(ids: string[], lang: string): NameMap {
  const [names, setNames] = useState<NameMap>(new Map());
  const key = [...new Set(ids)].sort().join('\u0000');
  useEffect(() => {
    if (!key) return;
    let live = true;
    toBackground('getNames', { ids: key.split('\u0000') }).then(
      (r) => live && setNames(new Map(Object.entries(r))),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key, lang]);
  return names;
}
