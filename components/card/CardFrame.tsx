// The frame of every card: a header, a body that scrolls inside the card's height cap, a visible
// "more below" cue while there is more, and a footer of buttons that stays in view (never cut off).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { translator, type UiLang } from '../../utils/i18n';

interface Props {
  kind: 'entity' | 'figure';
  label: string;
  lang: UiLang;
  status?: string;
  title: ComponentChildren;
  onClose?: () => void;
  footer?: ComponentChildren;
  children: ComponentChildren;
}

export function CardFrame(props: Props) {
  const t = translator(props.lang);
  const body = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const check = () => setMore(el.scrollHeight - el.scrollTop - el.clientHeight > 4);
    check();
    el.addEventListener('scroll', check, { passive: true });
    // Content that arrives later (a chart, a reading) changes the height.
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    ro?.observe(el);
    if (el.firstElementChild) ro?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', check);
      ro?.disconnect();
    };
  }, []);
  return (
    <div
      class="rc-card"
      role="dialog"
      aria-label={props.label}
      tabIndex={-1}
      data-kind={props.kind}
      data-status={props.status}
      data-more={String(more)}
      lang={props.lang}
    >
      <header class="rc-head">
        <div class="rc-title">{props.title}</div>
        {props.onClose && (
          <button type="button" class="rc-x" aria-label={t('card.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </header>
      <div class="rc-body" ref={body}>
        <div class="rc-content">{props.children}</div>
      </div>
      {more && (
        <button type="button" class="rc-more" onClick={() => body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: 'smooth' })}>
          <span aria-hidden="true">▾ </span>
          {t('card.more')}
        </button>
      )}
      {props.footer && <footer class="rc-actions">{props.footer}</footer>}
    </div>
  );
}
