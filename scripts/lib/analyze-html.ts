// Article text of a saved web page, extracted exactly as the extension does it
// (findArticleRoot + collectText from utils/dom), on a linkedom document.
import { parseHTML } from 'linkedom';
import { decodeText, InputError, sniffHtmlCharset } from './analyze-input';

export interface HtmlArticle {
  text: string;
  title?: string;
  lang?: string;
  date?: string;
}

export async function htmlArticle(buf: Uint8Array): Promise<HtmlArticle> {
  const html = decodeText(buf, sniffHtmlCharset(buf));
  // Loaded on first use so plain-text runs never depend on the DOM modules.
  const [{ findArticleRoot }, { collectText }, { publishedDate }, { pageLang }] = await Promise.all([
    import('../../utils/dom/article-root'),
    import('../../utils/dom/collect'),
    import('../../utils/dom/published'),
    import('../../utils/dom/page-lang'),
  ]);
  let doc: Document;
  try {
    doc = parseHTML(html).document as unknown as Document;
  } catch (e) {
    throw new InputError(`cannot parse HTML (${e instanceof Error ? e.message : String(e)})`);
  }
  const { text } = collectText(findArticleRoot(doc));
  const out: HtmlArticle = { text };
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) out.title = title;
  const lang = pageLang(doc);
  if (lang) out.lang = lang;
  const date = publishedDate(doc);
  if (date) out.date = date;
  return out;
}
