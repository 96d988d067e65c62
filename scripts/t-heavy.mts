import { builtExtension, launch, loadNote } from './bench/browser-launch';
import { servePages } from './bench/browser-pages';
import { heavyPage } from './bench/browser-heavy';
const extDir = builtExtension();
const pages = await servePages();
const ext = await launch(extDir);
try {
  const rows = await heavyPage({ ext, extDir, pages, note: loadNote }, Number(process.argv[2] ?? 3));
  for (const r of rows.slice(0, 3)) console.log(r.name, '|', r.median.toFixed(1), r.min.toFixed(1), r.max.toFixed(1), '|', (r.note ?? '').slice(0, 900));
} finally { await ext.close(); await pages.close(); }
