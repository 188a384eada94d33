// @vitest-environment happy-dom
import { mount, type DOMWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressHeatmap from '@/components/progress/ProgressHeatmap.vue'
import { i18n } from '@/i18n'
import { activityHeatmap, type ActivityHeatmap } from '@/domain/stats'
import { makeEntry } from '../../domain/stats/factories'

const now = Date.UTC(2026, 10, 26, 10) // Thursday
const H = 3_600_000
const DAY = 86_400_000
const log = [
  ...[0, 0, 0, 0, 0, 0, 0, 0].map(() => makeEntry(now - H)),
  makeEntry(now - DAY), makeEntry(now - DAY), makeEntry(now - DAY),
  makeEntry(now - 10 * DAY),
]
const mountMap = (l = log) =>
  mount(ProgressHeatmap, { props: { heatmap: activityHeatmap(l, now, 'UTC', 2) }, global: { plugins: [i18n] } })

/** Every day of five months as "today" (months of 28, 30 and 31 days), 12 weeks back: the grid and its month names. */
async function everyDay(check: (heatmap: ActivityHeatmap, names: DOMWrapper<Element>[], today: string) => void) {
  const w = mountMap()
  for (let day = 0; day < 150; day++) {
    const today = Date.UTC(2026, 0, 1, 12) + day * DAY
    const heatmap = activityHeatmap([makeEntry(today - H)], today, 'UTC', 12)
    await w.setProps({ heatmap })
    check(heatmap, w.findAll('svg[role="img"] > text').filter((t) => t.text().startsWith('Thg')), new Date(today).toISOString())
  }
}

describe('ProgressHeatmap', () => {
  it('gives every day a cell with a title naming its count, and the table the same counts', () => {
    const w = mountMap()
    const cells = w.findAll('rect.cell').filter((r) => r.find('title').exists())
    expect(cells).toHaveLength(11)
    expect(cells.at(-1)?.find('title').text()).toBe('T5 26/11: 8 câu trả lời')
    expect(cells.at(-2)?.find('title').text()).toBe('T4 25/11: 3 câu trả lời')
    expect(cells.at(-1)?.classes()).toContain('level-4')
    const rows = w.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['16/11', '1', '0', '0', '0', '0', '0', '0'],
      ['23/11', '0', '0', '3', '8', '', '', ''],
    ])
    const fromCells = cells.map((c) => Number(/: (\d+)/.exec(c.find('title').text())?.[1]))
    expect(fromCells).toEqual(rows.flatMap((r) => r.slice(1).filter((v) => v !== '').map(Number)))
  })

  it('summarises in the aria-label and explains the levels in a legend with numbers', () => {
    const w = mountMap()
    expect(w.find('svg[role="img"]').attributes('aria-label')).toBe('12 câu trả lời trong 3 ngày học; ngày nhiều nhất có 8 câu.')
    expect(w.find('.legend').text()).toMatch(/Ít\s*0\s*1–2\s*3–4\s*5–6\s*7–8\s*Nhiều/)
    // "Most" goes with the last range, never alone on a line of a narrow screen.
    expect(w.findAll('.legend li').at(-1)!.text()).toMatch(/^7–8\s*Nhiều$/)
    expect(w.find('caption').text()).toBe('Hoạt động 12 tuần qua')
  })

  it('names each month above the week of its first day, and the first column only with room before the next name', async () => {
    // Month names never closer than three columns (a name is about two cells wide), every first of a month named, and
    // the first column named whenever the next name leaves room.
    await everyDay((heatmap, names, today) => {
      const columns = names.map((t) => (t.attributes('text-anchor') === 'end' ? heatmap.weeks.length - 1 : (Number(t.attributes('x')) - 20) / 12))
      const firsts = heatmap.weeks.flatMap((week, c) => (week.some((cell) => cell.date.day === 1) ? [c] : []))
      const expected = firsts[0] === undefined || firsts[0] >= 3 ? [0, ...firsts.filter((c) => c > 0)] : firsts
      expect(columns, today).toEqual(expected)
      expect(columns.slice(1).every((c, i) => c - columns[i]! >= 3)).toBe(true)
    })
  })

  it('keeps a month’s name inside the chart when its first day is in this week’s column', async () => {
    // A name needs two columns; the last column has one: its name ends at the chart's right edge instead.
    await everyDay((heatmap, names, today) => {
      const width = 20 + heatmap.weeks.length * 12
      for (const t of names) {
        const x = Number(t.attributes('x'))
        const end = t.attributes('text-anchor') === 'end'
        expect(end ? x : x + 24, `${today} ${t.text()}`).toBeLessThanOrEqual(width)
        expect(end, t.text()).toBe(x === width)
      }
    })
  })

  it('shows a friendly sentence and no chart without answers', () => {
    const w = mountMap([])
    expect(w.find('.empty').text()).toContain('Chưa có ngày học nào')
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('table').exists()).toBe(false)
  })
})
