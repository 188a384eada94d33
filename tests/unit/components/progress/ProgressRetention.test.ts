// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressRetention from '@/components/progress/ProgressRetention.vue'
import { i18n } from '@/i18n'
import { retentionStats } from '@/domain/stats'
import { makeEntry } from '../../domain/stats/factories'

const now = Date.UTC(2026, 10, 26, 12)
const DAY = 86_400_000
const answers = (daysAgo: number, good: number, again: number) => [
  ...Array.from({ length: good }, () => makeEntry(now - daysAgo * DAY)),
  ...Array.from({ length: again }, () => makeEntry(now - daysAgo * DAY, { grade: 'again', outcome: 'wrong' })),
]
const mountIt = (log = [...answers(0, 8, 2), ...answers(8, 9, 1)], target = 0.9) =>
  mount(ProgressRetention, { props: { stats: retentionStats(log, now, 'UTC', target, 14) }, global: { plugins: [i18n] } })

describe('ProgressRetention', () => {
  it('shows measured retention against the target, and the weeks in a table', () => {
    const w = mountIt()
    expect(w.find('.big').text()).toBe('85%')
    expect(w.find('.target').text()).toBe('Mục tiêu 90%')
    expect(w.find('.comparison').text()).toContain('Thấp hơn mục tiêu 5 điểm.')
    const rows = w.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['13/11–19/11', '10', '9', '90%'],
      ['20/11–26/11', '10', '8', '80%'],
    ])
    const heights = w.findAll('rect.bar').map((r) => Number(r.attributes('height')))
    expect(heights).toEqual([90, 80])
  })

  it('summarises every week in the aria-label', () => {
    expect(mountIt().find('svg[role="img"]').attributes('aria-label')).toBe(
      'Tỉ lệ nhớ 85%, mục tiêu 90%, qua 20 lần ôn. Tỉ lệ nhớ theo tuần: 13/11–19/11 90%; 20/11–26/11 80%.',
    )
  })

  it.each([
    [0.8, 'Cao hơn mục tiêu 5 điểm.'],
    [0.85, 'Đúng bằng mục tiêu.'],
  ])('compares with a target of %f', (target, text) => {
    expect(mountIt(undefined, target).find('.comparison').text()).toContain(text)
  })

  it('leaves a week without reviews blank instead of drawing 0 %', () => {
    const w = mountIt(answers(0, 3, 1))
    expect(w.findAll('rect.bar')).toHaveLength(1)
    expect(w.findAll('tbody tr')[0]?.text()).toContain('chưa có')
  })

  it('shows a friendly sentence, and the target, without reviews', () => {
    const w = mountIt([])
    expect(w.find('.empty').text()).toContain('Chưa có lần ôn nào')
    expect(w.find('.target').text()).toBe('Mục tiêu 90%')
    expect(w.find('svg').exists()).toBe(false)
  })
})
