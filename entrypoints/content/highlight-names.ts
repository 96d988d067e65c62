// The names under which highlights are registered in the page's CSS.highlights. That registry is
// the document's, shared with the page's own scripts: anything registered there a page can read
// (CSS.highlights.get(name), or by iterating it). So nothing about the reader goes in it: watched
// entities share the one entry of all entities (the card and the side panel show which are
// watched), and the names say what kind of item a highlight is, nothing else. README: "What a web
// page can observe".
import type { HlKind } from './items';

const ENTITY = 'rc-entity';

export const HL_NAME: Record<HlKind | 'flash' | 'focus', string> = {
  entity: ENTITY,
  watched: ENTITY,
  money: 'rc-money',
  percent: 'rc-percent',
  count: 'rc-count',
  date: 'rc-date',
  bad: 'rc-bad',
  flash: 'rc-flash',
  focus: 'rc-focus',
};
