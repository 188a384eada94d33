// Prints one closing line over the unit and end-to-end runs: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
let passed = 0
let failed = 0
let skipped = 0

const unit = read('reports/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
}
const e2e = read('reports/e2e.json')
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
}
if (!unit || !e2e) console.log(`(missing report: ${!unit ? 'reports/unit.json ' : ''}${!e2e ? 'reports/e2e.json' : ''})`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
