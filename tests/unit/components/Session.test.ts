// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import SessionProgress from '@/components/session/SessionProgress.vue'
import SessionSummary from '@/components/session/SessionSummary.vue'
import { mountWith, loadMessages } from './factories'

beforeAll(loadMessages)

afterEach(() => {
  document.body.innerHTML = ''
})

describe('SessionProgress', () => {
  it.each([
    [3, 20, '3', '20', '3 / 20', '15%'],
    [0, 5, '0', '5', '0 / 5', '0%'],
    [7, 5, '5', '5', '5 / 5', '100%'],
    [0, 0, '0', '0', '0 / 0', '0%'],
  ])('done %i of %i → aria-valuenow %s, max %s, "%s"', (done, total, now, max, text, width) => {
    const w = mountWith(SessionProgress, { done, total, label: 'Tiến độ' })
    const bar = w.find('[role="progressbar"]')
    expect(bar.attributes()).toMatchObject({ 'aria-valuemin': '0', 'aria-valuemax': max, 'aria-valuenow': now, 'aria-valuetext': text, 'aria-label': 'Tiến độ' })
    expect(w.find('.count').text()).toBe(text)
    expect(w.find<HTMLElement>('.fill').element.style.width).toBe(width)
  })
})

describe('SessionSummary', () => {
  const mistakes = [
    { prompt: 'Hội đàm ở đâu?', expected: 'Sochi', sentenceIndex: 7, deckId: 'article' },
    { prompt: 'Ai là Thủ tướng Armenia?', expected: 'Nikol Pashinyan', sentenceIndex: 0, deckId: 'dabc12345' },
  ]
  const summary = (over: Record<string, unknown> = {}) =>
    mountWith(SessionSummary, { correct: 15, almost: 3, wrong: 2, total: 20, mistakes, ...over })

  it('shows the score and each count in words', () => {
    const w = summary()
    expect(w.find('.percent').text()).toBe('75%')
    expect(w.find('.of').text()).toBe('Đúng 15 trên 20 câu')
    expect(w.findAll('.count').map((c) => c.text())).toEqual(['✓đúng15đúng', '≈gần đúng3gần đúng', '✗sai2sai'])
  })

  it('lists the mistakes, each linking to its sentence', async () => {
    const w = summary()
    const items = w.findAll('.mistake')
    expect(items.map((i) => i.find('.expected').text())).toEqual(['Đáp án: Sochi', 'Đáp án: Nikol Pashinyan'])
    await items[1]!.find('button').trigger('click')
    await items[0]!.find('button').trigger('click')
    expect(w.emitted('show-in-article')).toEqual([[0, 'dabc12345'], [7, 'article']])
  })

  it('says so when there is nothing to revisit', () => {
    expect(summary({ mistakes: [], wrong: 0 }).find('.none').text()).toBe('Không có câu nào sai. Tuyệt vời!')
  })

  it.each([['Học tiếp', 'again'], ['Về trang chủ', 'home']])('"%s" emits %s', async (label, event) => {
    const w = summary()
    await w.findAll('.actions button').find((b) => b.text() === label)!.trigger('click')
    expect(w.emitted(event)).toEqual([[]])
  })
})
