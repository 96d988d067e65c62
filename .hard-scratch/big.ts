import { launchExtension } from '../tests/e2e/harness';
import { waitForKb } from '../scripts/start';
const ext = await launchExtension({ extDir: '.output-hard/chrome-mv3' });
await waitForKb(ext.worker);
const errors: string[] = [];
const t0 = Date.now();
const p = await ext.context.newPage();
p.on('pageerror', (e) => errors.push(String(e)));
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
ext.worker.on('console', (m) => console.log('sw', m.type(), m.text().slice(0, 200)));
await p.goto(ext.baseUrl + '/hard-big.html' + (process.argv[2] ?? ''));
console.log('loaded', Date.now() - t0, await p.evaluate(() => (window as any).builtChars));
for (let i = 0; i < 60; i++) {
  const st = await p.evaluate(() => ({ hl: CSS.highlights.size, n: [...CSS.highlights.values()].reduce((a, h) => a + h.size, 0), tick: document.getElementById('tick')!.textContent }));
  console.log(Date.now() - t0, JSON.stringify(st));
  if (st.n > 0 && i > 5) break;
  await new Promise((r) => setTimeout(r, 1000));
}
const opt = await ext.context.newPage();
await opt.goto(`chrome-extension://${ext.extensionId}/options.html`);
const all = await opt.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
for (const [k, v] of Object.entries(all as Record<string, any>)) console.log(k, JSON.stringify(v.result?.reasons), v.status, v.url, v.result?.notes, v.result?.reasons, v.result?.score, v.result?.entities?.map((e:any)=>e.id+":"+e.mentions.length), v.result?.figures?.length, JSON.stringify(v).length);
console.log('errors', errors, 'extRequests', ext.extRequests);
await ext.close();
