// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProgressMastery from '@/components/progress/ProgressMastery.vue'
import { i18n, setLocale } from '@/i18n'
import type { TopicMastery } from '@/domain/stats'

const row = (topic: TopicMastery['topic'], n: number, l: number, y: number, m: number, averageRecall: number | null): TopicMastery =>
  ({ topic, total: n + l + y + m, new: n, learning: l, young: y, mature: m, averageRecall })

const topics = [row('sochi-talks', 2, 1, 3, 4, 0.874), row('ceasefire', 5, 0, 0, 0, null)]
const mountIt = (t = topics) => mount(ProgressMastery, { props: { topics: t }, global: { plugins: [i18n] } })

afterEach(() => setLocale('vi'))

describe('ProgressMastery', () => {
  it('names topics in Vietnamese and holds the same numbers in the table as the bars', () => {
    const w = mountIt()
    expect(w.findAll('.name').map((n) => n.text())).toEqual(['Hội đàm ở Sochi', 'Thỏa thuận ngừng bắn'])
    const rows = w.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['Hội đàm ở Sochi', '2', '1', '3', '4', '10', '87%'],
      ['Thỏa thuận ngừng bắn', '5', '0', '0', '0', '5', '–'],
    ])
    const widths = w.findAll('svg[role="img"]')[0]?.findAll('rect').map((r) => [r.classes()[1], Number(r.attributes('width'))])
    expect(widths).toEqual([['new', 20], ['learning', 10], ['young', 30], ['mature', 40]])
    expect(w.find('.summary').text()).toBe('4 trên 15 dữ kiện đã thuộc lâu.')
  })

  it('gives each topic bar role img and an aria-label with its counts', () => {
    const labels = mountIt().findAll('svg[role="img"]').map((s) => s.attributes('aria-label'))
    expect(labels).toEqual([
      'Hội đàm ở Sochi: 2 chưa học, 1 đang học, 3 mới thuộc, 4 thuộc lâu, trên 10 dữ kiện.',
      'Thỏa thuận ngừng bắn: 5 chưa học, 0 đang học, 0 mới thuộc, 0 thuộc lâu, trên 5 dữ kiện.',
    ])
  })

  it('speaks English once English is chosen', async () => {
    await setLocale('en')
    const w = mountIt()
    expect(w.findAll('.name').map((n) => n.text())).toEqual(['Talks in Sochi', 'The ceasefire agreement'])
    expect(w.find('summary').text()).toBe('Show as table')
  })

  it('shows a friendly sentence without facts', () => {
    const w = mountIt([])
    expect(w.find('.empty').text()).toBe('Chưa có dữ kiện nào để thống kê.')
    expect(w.find('svg[role="img"]').exists()).toBe(false)
  })
})
