// The check status of a figure as a small coloured badge.
import type { Check } from '@/utils/analysis/types';
import { useUi } from './ui-context';
import { causeFull, statusText } from '../../utils/ui/labels';

export function CheckBadge(props: { check?: Check }) {
  const { lang } = useUi();
  const status = props.check?.status ?? 'unverified';
  const cls = status === 'consistent' ? 'badge ok' : status === 'inconsistent' ? 'badge bad' : 'badge';
  const mark = status === 'consistent' ? '✓ ' : status === 'inconsistent' ? '⚠ ' : '';
  const cause = props.check ? causeFull(props.check, lang) : undefined;
  return (
    <span class={cls} title={cause ?? props.check?.reason} data-check={status}>
      {mark}
      {statusText(status, lang)}
    </span>
  );
}
