import { loadavg } from 'node:os'
import { expect, test } from '@playwright/test'
import type { BenchFigures } from './main'

const round = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

test('load and commitAnswer with 10,000 cards and 100,000 log entries', async ({ page }) => {
  await page.goto('/')
  await page.waitForFunction(() => typeof window.runStorageBench === 'function')
  const figures: BenchFigures = await page.evaluate(() => window.runStorageBench())
  console.log(
    [
      `machine load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min)`,
      `seeded ${figures.cards} cards, ${figures.entries} log entries in ${Math.round(figures.seedMs)} ms`,
      `load (everything)      median ${figures.median.load.toFixed(1)} ms  runs ${round(figures.loadMs).join(', ')}`,
      `load at start           median ${figures.median.loadToday.toFixed(1)} ms  runs ${round(figures.loadTodayMs).join(', ')}`,
      `loadLog (statistics)   median ${figures.median.loadLog.toFixed(1)} ms  runs ${round(figures.loadLogMs).join(', ')}`,
      `commitAnswer           median ${figures.median.commitAnswer.toFixed(2)} ms of 50 (max ${Math.max(...figures.commitMs).toFixed(1)})`,
      `commitAnswer while the whole log is read: median ${median(figures.duringReadMs).toFixed(1)} ms, max ${Math.max(...figures.duringReadMs).toFixed(1)} ms of ${figures.duringReadMs.length}`,
    ].join('\n'),
  )
  expect(figures.cards).toBe(10_000)
  expect(figures.entries).toBe(100_000)
  expect.soft(figures.median.loadToday, 'start-up load target 300 ms').toBeLessThanOrEqual(300)
  expect.soft(figures.median.commitAnswer, 'commitAnswer target 10 ms').toBeLessThanOrEqual(10)
})
