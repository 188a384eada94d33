// Size budget: gzip size of what the first screen loads (the entry script, its static imports and CSS, as
// index.html names them) and of everything the service worker precaches; also prints, unbudgeted, what each
// screen's own page loads at once. Fails past scripts/budgets.json.
// Run after a build: `npm run size` (dist), or `node scripts/size.mjs <outDir>` for another build folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = resolve(root, process.argv[2] ?? 'dist')
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'))

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size: ${join(dist, 'index.html')} not found; run \`npm run build\` first.`)
  process.exit(1)
}

const gzipKiB = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024

/** The scripts and styles a page names: its module script, modulepreload hints, stylesheets and style preloads. */
function namedBy(page) {
  const files = new Set()
  for (const [tag] of readFileSync(join(dist, page), 'utf8').matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = /rel="modulepreload"/.test(tag) || (/rel="preload"/.test(tag) && /as="style"/.test(tag))
    const isStyle = /rel="stylesheet"/.test(tag)
    const url = (tag.match(/(?:src|href)="\/?([^"]+)"/) ?? [])[1]
    if (url && (isScript || isPreload || isStyle) && /\.(js|css)$/.test(url)) files.add(url)
  }
  return files
}

const initial = namedBy('index.html')

const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
// A Set: the plugin lists the web manifest twice, and the browser stores it once.
const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))
if (precached.size === 0) {
  console.error('size: no precache manifest found in sw.js')
  process.exit(1)
}
// The worker itself and the Workbox runtime it imports are downloaded with the precache.
const workerFiles = ['sw.js', ...[...sw.matchAll(/"\.\/(workbox-[\w-]+)"/g)].map((m) => `${m[1]}.js`)]

const sum = (files) => [...files].reduce((total, f) => total + gzipKiB(f), 0)
const initialKiB = sum(initial)
const precacheKiB = sum(precached) + sum(workerFiles)

const rows = [
  ['initial JS+CSS', initialKiB, budgets.initialKiB, `${initial.size} files`],
  ['whole precache', precacheKiB, budgets.precacheKiB, `${precached.size} entries + ${workerFiles.join(', ')}`],
]
let failed = false
for (const [name, actual, budget, detail] of rows) {
  const ok = actual <= budget
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(16)} ${actual.toFixed(1).padStart(7)} KiB gzip  (budget ${budget} KiB; ${detail})`)
}

// Each screen's own page (scripts/screen-pages-plugin.ts) starts the start files and that screen's chunks at once.
const screens = readdirSync(dist).filter((f) => f.endsWith('.html') && f !== 'index.html').sort()
if (screens.length > 0) {
  console.log('     screen pages (start + screen, KiB gzip): ' + screens.map((f) => `${f.replace('.html', '')} ${sum(namedBy(f)).toFixed(1)}`).join(' · '))
}

// The five largest precached files, so a failure (or a creeping number) points at its cause.
const largest = [...precached, ...workerFiles].map((f) => [f, gzipKiB(f)]).sort((a, b) => b[1] - a[1]).slice(0, 5)
console.log('     largest: ' + largest.map(([f, kib]) => `${f} ${kib.toFixed(1)}`).join(' · '))

if (failed) {
  console.error('size: over budget. See docs/performance.md for what is in the bundles.')
  process.exit(1)
}
