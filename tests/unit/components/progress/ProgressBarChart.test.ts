// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressBarChart from '@/components/progress/ProgressBarChart.vue'
import type { ChartBar } from '@/components/progress/types'
import { i18n } from '@/i18n'

const bar = (key: string, value: number, secondary?: number): ChartBar => ({ key, label: `${key}/11`, value, secondary })

function mountChart(props: Partial<InstanceType<typeof ProgressBarChart>['$props']> & { bars: ChartBar[] }) {
  return mount(ProgressBarChart, {
    props: { title: 'Câu trả lời mỗi ngày', valueLabel: 'Số câu', ...props },
    global: { plugins: [i18n] },
  })
}

const cells = (w: ReturnType<typeof mountChart>) =>
  w.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))

describe('ProgressBarChart', () => {
  it('holds in its table the numbers the bars show', () => {
    const bars = [bar('24', 3), bar('25', 0), bar('26', 12)]
    const w = mountChart({ bars })
    expect(cells(w)).toEqual([['24/11', '3'], ['25/11', '0'], ['26/11', '12']])
    // Bar heights are proportional to the same values.
    const heights = w.findAll('rect.primary').map((r) => Number(r.attributes('height')))
    expect(heights).toHaveLength(3)
    expect(heights[1]).toBe(0)
    expect((heights[2] ?? 0) / (heights[0] ?? 1)).toBeCloseTo(4, 6)
    expect(w.find('caption').text()).toBe('Câu trả lời mỗi ngày')
    expect(w.findAll('th[scope="col"]').map((th) => th.text())).toEqual(['Ngày', 'Số câu'])
    expect(w.find('summary').text()).toBe('Xem dạng bảng')
  })

  it('summarises itself in the aria-label of an SVG with role img', () => {
    const w = mountChart({ bars: [bar('24', 3), bar('25', 9)] })
    const svg = w.find('svg[role="img"]')
    expect(svg.attributes('aria-label')).toBe('Câu trả lời mỗi ngày. Tổng cộng 12; cao nhất 9 (25/11).')
  })

  it('stacks the secondary part on top and gives both parts and the total columns', () => {
    const w = mountChart({ bars: [bar('24', 3, 1), bar('25', 5, 3)], stacked: { value: 'Đúng', secondary: 'Sai' } })
    expect(w.findAll('th[scope="col"]').map((th) => th.text())).toEqual(['Ngày', 'Đúng', 'Sai', 'Số câu'])
    expect(cells(w)).toEqual([['24/11', '3', '1', '4'], ['25/11', '5', '3', '8']])
    const secondary = w.findAll('rect.secondary')
    expect(secondary).toHaveLength(2)
    const h = secondary.map((r) => Number(r.attributes('height')))
    expect((h[1] ?? 0) / (h[0] ?? 1)).toBeCloseTo(3, 6)
    expect(w.find('.legend').text()).toContain('Sai')
  })

  it('draws a target line, names it in the legend and in the aria-label', () => {
    const w = mountChart({ bars: [bar('1', 80), bar('2', 95)], target: 90, format: (v: number) => `${v}%` })
    expect(w.find('line.target').exists()).toBe(true)
    expect(w.find('.legend').text()).toContain('Mục tiêu 90%')
    expect(w.find('svg[role="img"]').attributes('aria-label')).toContain('Đường mục tiêu ở mức 90%.')
  })

  it.each([[[]], [[bar('1', 0), bar('2', 0)]]])('shows a friendly sentence and no chart without data (%#)', (bars) => {
    const w = mountChart({ bars })
    expect(w.find('.empty').text()).toBe('Chưa có dữ liệu. Trả lời vài câu hỏi, biểu đồ sẽ hiện ra ở đây.')
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('table').exists()).toBe(false)
  })

  it('labels only a few days under the bars, always the newest', () => {
    const bars = Array.from({ length: 30 }, (_, i) => bar(String(i + 1), i))
    const labels = mountChart({ bars }).findAll('.x-axis span').map((s) => s.text())
    expect(labels.length).toBeLessThanOrEqual(6)
    expect(labels.at(-1)).toBe('30/11')
  })
})
