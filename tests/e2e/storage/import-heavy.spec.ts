import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, type Page, type Worker } from '@playwright/test'
import { test, answerAndNext, dumpDb, waitForLog } from './support'

/**
 * Importing a heavy or hostile file of almost 10 MB keeps the page responsive: a file nested too deeply, or made
 * of millions of arrays or objects, is refused before JSON.parse, and parsing runs in a worker, so no task on the
 * main thread comes near the seconds that JSON.parse of such files takes there. The refusal is shown and the
 * database is untouched. Each file is written to disk and handed over by path, so Playwright does not decode it
 * in the page (which would itself be a long task).
 */

/** Longest task allowed on the main thread while a file is imported. */
const MAX_TASK_MS = 200
/** Just under the 10 MB limit, so the size check lets the file through to the parser. */
const SIZE = Math.floor(9.9 * 1024 * 1024)

const message = (page: Page) => page.getByTestId('settings-message')
const goodBackup = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/backups/good.json', import.meta.url)), 'utf8')) as {
  log: Record<string, unknown>[]
}

/** Looks like a backup up to `cards`, which is millions of nested empty arrays. */
function deeplyNested(): string {
  const head = '{"app":"hoc-bai-bao","schemaVersion":3,"exportedAt":1768003320000,"cards":'
  const tail = ',"log":[],"settings":{}}'
  const depth = Math.floor((SIZE - head.length - tail.length) / 2)
  return head + '['.repeat(depth) + ']'.repeat(depth) + tail
}

/** Flat, but `cards` holds 3.4 million empty objects, which JSON.parse alone takes seconds to build. */
function manyEmptyObjects(): string {
  return fill((count) => '{},'.repeat(count), 3)
}

/** Flat, but `cards` holds 5 million numbers: no bracket to count, so JSON.parse runs (in the worker). */
function manyNumbers(): string {
  return fill((count) => '0,'.repeat(count), 2)
}

/** Looks like a backup, with `cards` made of `count` repeats of a `width`-character item, filling the file. */
function fill(items: (count: number) => string, width: number): string {
  const head = '{"app":"hoc-bai-bao","schemaVersion":3,"exportedAt":1768003320000,"cards":['
  const tail = '0],"log":[],"settings":{}}'
  const text = head + items(Math.floor((SIZE - head.length - tail.length) / width)) + tail
  return text + ' '.repeat(SIZE - text.length)
}

/**
 * A schema 2 backup (as good.json) whose log repeats its first answer, with new ids, until the file is full
 * (about 14,000 answers, each upgraded and validated); only the very last one is wrong.
 */
function bigBackupWrongAtTheEnd(): { text: string; badPath: string } {
  const entry = JSON.stringify(goodBackup.log[0])
  const [before, after] = JSON.stringify({ ...goodBackup, log: 'LOG' }).split('"LOG"') as [string, string]
  const parts: string[] = []
  let length = before.length + after.length + 2
  for (let i = 0; length + entry.length + 20 < SIZE; i++) {
    const part = entry.replace('"1768003200000-fixture0"', `"1768003200000-heavy${i}"`)
    parts.push(part)
    length += part.length + 1
  }
  const last = parts.length - 1
  parts[last] = parts[last]!.replace('"durationMs":4200', '"durationMs":"slow"')
  const text = `${before}[${parts.join(',')}]${after}`
  return { text: text + ' '.repeat(SIZE - Buffer.byteLength(text)), badPath: `log.${last}.durationMs` }
}

/** Starts recording main-thread tasks over 50 ms (Long Tasks API) and the longest gap between 10 ms timer ticks. */
async function startWatching(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __heavy: { tasks: number[]; gap: number; stop: () => void } }
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask' })
    let last = performance.now()
    let gap = 0
    const timer = setInterval(() => {
      const now = performance.now()
      gap = Math.max(gap, now - last)
      last = now
    }, 10)
    w.__heavy = { tasks, gap: 0, stop: () => {} }
    w.__heavy.stop = () => {
      // Tasks still queued for the observer are delivered by takeRecords.
      for (const entry of observer.takeRecords()) tasks.push(entry.duration)
      observer.disconnect()
      clearInterval(timer)
      w.__heavy.gap = Math.max(gap, performance.now() - last)
    }
  })
}

async function stopWatching(page: Page): Promise<{ longestTask: number; longestGap: number; tasks: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __heavy: { tasks: number[]; gap: number; stop: () => void } }
    w.__heavy.stop()
    return { longestTask: Math.max(0, ...w.__heavy.tasks), longestGap: w.__heavy.gap, tasks: w.__heavy.tasks.map(Math.round) }
  })
}

const heavyFiles: { name: string; file: string; make: () => { text: string; says: string } }[] = [
  {
    name: 'a deeply nested file',
    file: 'deep.json',
    make: () => ({ text: deeplyNested(), says: 'Tệp này không phải bản sao lưu của Học bài báo. Không có gì thay đổi.' }),
  },
  {
    name: 'a flat file of millions of empty objects',
    file: 'objects.json',
    make: () => ({ text: manyEmptyObjects(), says: 'Tệp này không phải bản sao lưu của Học bài báo. Không có gì thay đổi.' }),
  },
  {
    name: 'a flat file of millions of numbers',
    file: 'numbers.json',
    make: () => ({ text: manyNumbers(), says: 'Tệp sao lưu bị hỏng (cards.0). Không có gì thay đổi.' }),
  },
  {
    name: 'a backup of 14,000 answers with the last one wrong',
    file: 'big-backup.json',
    make: () => {
      const { text, badPath } = bigBackupWrongAtTheEnd()
      return { text, says: `Tệp sao lưu bị hỏng (${badPath}). Không có gì thay đổi.` }
    },
  },
]

for (const heavy of heavyFiles) {
  test(`${heavy.name} (9.9 MB) is refused without blocking the page, in a worker, and changes nothing`, async ({ page }, testInfo) => {
    test.setTimeout(90_000)
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    const workers: Worker[] = []
    const closed = new Set<Worker>()
    page.on('worker', (worker) => {
      workers.push(worker)
      worker.on('close', () => closed.add(worker))
    })

    const { text, says } = heavy.make()
    const path = testInfo.outputPath(heavy.file)
    writeFileSync(path, text)
    expect(Buffer.byteLength(text)).toBe(SIZE)

    await page.goto('/review')
    for (let i = 0; i < 2; i++) await answerAndNext(page)
    await waitForLog(page, 2)
    await page.goto('/settings')
    await expect(page.getByTestId('import-file')).toBeEnabled()
    const before = await dumpDb(page)
    await page.getByRole('radio', { name: 'Thay thế toàn bộ tiến độ hiện có' }).check()
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true)

    await startWatching(page)
    await page.getByTestId('import-file').setInputFiles(path)
    // Any refusal ends the watch (a build that blocks for seconds still gets its figures printed)...
    await expect(message(page)).toHaveText(/Không có gì thay đổi\.$/, { timeout: 60_000 })
    const blocking = await stopWatching(page)
    testInfo.annotations.push({ type: 'main-thread blocking', description: JSON.stringify(blocking) })
    console.log(`${heavy.name}: longest task ${Math.round(blocking.longestTask)} ms, longest timer gap ${Math.round(blocking.longestGap)} ms, long tasks ${JSON.stringify(blocking.tasks)}`)
    expect(blocking.longestTask, 'longest main-thread task during the import').toBeLessThan(MAX_TASK_MS)

    // ...then it must be this file's own refusal, with nothing stored.
    await expect(message(page)).toHaveText(says)
    expect(await dumpDb(page)).toEqual(before)
    // The parsing ran in a worker from the app's own origin (the CSP allows it), terminated afterwards.
    expect(workers, 'one worker parsed the file').toHaveLength(1)
    expect(new URL(workers[0]!.url()).pathname).toMatch(/^\/assets\/backup\.worker-[\w-]+\.js$/)
    await expect.poll(() => closed.has(workers[0]!), 'the worker is terminated').toBe(true)
    expect(violations).toEqual([])
  })
}
