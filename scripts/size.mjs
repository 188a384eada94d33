// Size budget: gzip size of what the first screen loads (the entry script, its static imports and CSS,
// as index.html names them) and of everything the service worker precaches. Fails past scripts/budgets.json.
// Run after `npm run build`: `npm run size`.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'))

if (!existsSync(join(dist, 'index.html'))) {
  console.error('size: dist/index.html not found; run `npm run build` first.')
  process.exit(1)
}

const gzipKiB = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024
const html = readFileSync(join(dist, 'index.html'), 'utf8')

const initial = new Set()
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const isScript = tag.startsWith('<script') && /type="module"/.test(tag)
  const isPreload = /rel="modulepreload"/.test(tag)
  const isStyle = /rel="stylesheet"/.test(tag)
  const url = (tag.match(/(?:src|href)="\/?([^"]+)"/) ?? [])[1]
  if (url && (isScript || isPreload || isStyle) && /\.(js|css)$/.test(url)) initial.add(url)
}

const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1])
if (precached.length === 0) {
  console.error('size: no precache manifest found in dist/sw.js')
  process.exit(1)
}

const sum = (files) => [...files].reduce((total, f) => total + gzipKiB(f), 0)
const initialKiB = sum(initial)
const precacheKiB = sum(precached) + gzipKiB('sw.js')

const rows = [
  ['initial JS+CSS', initialKiB, budgets.initialKiB, `${initial.size} files`],
  ['whole precache', precacheKiB, budgets.precacheKiB, `${precached.length} entries + sw.js`],
]
let failed = false
for (const [name, actual, budget, detail] of rows) {
  const ok = actual <= budget
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(16)} ${actual.toFixed(1).padStart(7)} KiB gzip  (budget ${budget} KiB; ${detail})`)
}
if (failed) {
  console.error('size: over budget. See docs/performance.md for what is in the bundles.')
  process.exit(1)
}
