import { parse } from 'node-html-parser';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
const root = process.argv[2];
const rows = [];
for (const edition of ['', 'en/']) {
  const dir = `${root}/${edition}compare`;
  for (const a of readdirSync(dir)) {
    if (a === 'text' || a.endsWith('.html') || a.endsWith('.json')) continue;
    for (const b of readdirSync(`${dir}/${a}`)) {
      const f = `${dir}/${a}/${b}/index.html`;
      if (!existsSync(f)) continue;
      const doc = parse(readFileSync(f, 'utf8'));
      if (doc.querySelector('meta[http-equiv="refresh"]')) continue;
      const all = doc.querySelectorAll('*');
      const tags = {};
      for (const e of all) tags[e.rawTagName] = (tags[e.rawTagName] || 0) + 1;
      rows.push([`/${edition}compare/${a}/${b}/`, all.length, tags]);
    }
  }
}
rows.sort((x, y) => y[1] - x[1]);
for (const [p, n, t] of rows.slice(0, process.argv[3] ? 30 : 4)) console.log(p, n, JSON.stringify(Object.entries(t).sort((x,y)=>y[1]-x[1]).slice(0,14)));
