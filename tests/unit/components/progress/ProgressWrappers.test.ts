// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressForecast from '@/components/progress/ProgressForecast.vue'
import ProgressReviews from '@/components/progress/ProgressReviews.vue'
import { i18n } from '@/i18n'
import { dueForecast, reviewsPerDay } from '@/domain/stats'
import { makeCard } from '../../../fixtures/engine/cards'
import { makeEntry } from '../../domain/stats/factories'

const now = Date.UTC(2026, 10, 26, 12)
const DAY = 86_400_000
const plugins = [i18n]
const rows = (w: ReturnType<typeof mount>) => w.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))

describe('ProgressReviews', () => {
  it('shows correct answers and the rest stacked, day by day', () => {
    const log = [makeEntry(now), makeEntry(now, { outcome: 'wrong', grade: 'again' }), makeEntry(now - DAY, { outcome: 'almost', grade: 'hard' })]
    const w = mount(ProgressReviews, { props: { days: reviewsPerDay(log, now, 'UTC') }, global: { plugins } })
    expect(rows(w)).toHaveLength(30)
    expect(rows(w).slice(-2)).toEqual([['25/11', '0', '1', '1'], ['26/11', '1', '1', '2']])
    expect(w.find('svg[role="img"]').attributes('aria-label')).toContain('Câu trả lời mỗi ngày. Tổng cộng 3')
  })

  it('has its own empty sentence', () => {
    const w = mount(ProgressReviews, { props: { days: reviewsPerDay([], now, 'UTC') }, global: { plugins } })
    expect(w.find('.empty').text()).toContain('Chưa có câu trả lời nào trong 30 ngày qua')
  })
})

describe('ProgressForecast', () => {
  it('shows the facts due each day, overdue ones stacked on today', () => {
    const cards = [makeCard({ due: now - 2 * DAY }), makeCard({ due: now + DAY }), makeCard({ due: now + DAY })]
    const w = mount(ProgressForecast, { props: { days: dueForecast(cards, now, 'UTC') }, global: { plugins } })
    expect(w.findAll('th[scope="col"]').map((th) => th.text())).toEqual(['Ngày', 'Đến hạn đúng ngày', 'Đã quá hạn', 'Số dữ kiện đến hạn'])
    expect(rows(w).slice(0, 3)).toEqual([['26/11', '0', '1', '1'], ['27/11', '2', '0', '2'], ['28/11', '0', '0', '0']])
  })

  it('has no overdue column when nothing is overdue', () => {
    const w = mount(ProgressForecast, { props: { days: dueForecast([makeCard({ due: now + DAY })], now, 'UTC') }, global: { plugins } })
    expect(rows(w).slice(0, 2)).toEqual([['26/11', '0'], ['27/11', '1']])
  })
})
