// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import QuestionFeedback from '@/components/question/QuestionFeedback.vue'
import type { AnswerFeedback } from '@/components/question/types'
import { setLocale } from '@/i18n'
import { mountWith, loadMessages } from './factories'

beforeAll(loadMessages)

const sentence = 'Hôm nay tại Sochi Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev.'
const show = (feedback: AnswerFeedback, over: Record<string, unknown> = {}) =>
  mountWith(QuestionFeedback, { feedback, sentence, quote: 'tại Sochi', canUndo: true, isLast: false, ...over })

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuestionFeedback', () => {
  it.each<[AnswerFeedback, string]>([
    [{ outcome: 'correct', expected: 'Sochi' }, 'Đúng rồi!'],
    [{ outcome: 'almost', expected: 'Sochi', hint: 'diacritics' }, 'Gần đúng: kiểm tra lại dấu'],
    [{ outcome: 'almost', expected: 'Sochi', hint: 'typo' }, 'Gần đúng: có lỗi gõ'],
    [{ outcome: 'almost', expected: 'hòa bình', hint: 'missing-diacritics' }, 'Gần đúng: thiếu dấu'],
    [{ outcome: 'almost', expected: 'hòa bình', hint: 'keyboard' }, 'Gần đúng: còn sót phím bỏ dấu (Telex/VNI), hãy bật bộ gõ tiếng Việt'],
    [{ outcome: 'almost', expected: 'Nga', hint: 'extra', items: [{ label: 'Mỹ', verdict: 'extra' }] }, 'Gần đúng: có phần thêm vào không đúng'],
    [{ outcome: 'correct', expected: 'bảy', hint: 'missing-diacritics' }, 'Đúng, nhưng thiếu dấu: bảy'],
    [{ outcome: 'correct', expected: 'hòa bình', hint: 'diacritics' }, 'Đúng, nhưng sai dấu: hòa bình'],
    [{ outcome: 'almost', expected: 'Sochi' }, 'Gần đúng'],
    [{ outcome: 'wrong', expected: 'Sochi' }, 'Chưa đúng'],
  ])('announces %j as "%s" through a polite status region', async (feedback, headline) => {
    const w = show(feedback)
    await nextTick()
    const status = w.find('[role="status"]')
    expect(status.attributes('aria-live')).toBe('polite')
    expect(status.text()).toBe(headline)
    expect(w.find('.headline').text()).toContain(headline)
  })

  it('names the forgiven answer once, in the headline and in Vietnamese, in either language', async () => {
    await setLocale('en')
    try {
      const w = show({ outcome: 'correct', expected: 'bảy', hint: 'missing-diacritics' })
      await nextTick()
      expect(w.find('[role="status"]').text()).toBe('Correct, but without diacritics: bảy')
      expect(w.find('.headline strong').attributes('lang')).toBe('vi')
      expect(w.find('.expected').exists()).toBe(false)
    } finally {
      await setLocale('vi')
    }
  })

  it('names the extra claim of an almost answer among the items', () => {
    const w = show({ outcome: 'almost', expected: 'Nga', hint: 'extra', items: [{ label: 'Mỹ', verdict: 'extra' }] })
    expect(w.find('.expected').text()).toContain('Nga')
    expect(w.findAll('.item').map((li) => li.text())).toEqual([expect.stringContaining('Mỹ')])
    expect(w.find('.item .struck').text()).toBe('Mỹ')
  })

  it('shows the expected answer, the items and the sentence with the quote marked', () => {
    const w = show({
      outcome: 'wrong', expected: 'Putin, Aliyev',
      items: [{ label: 'Putin', verdict: 'correct' }, { label: 'Medvedev', verdict: 'wrong', expected: 'Aliyev' }],
    })
    expect(w.find('.expected').text()).toContain('Putin, Aliyev')
    expect(w.findAll('.item').map((li) => li.text())).toEqual(['✓đúngPutin', '✗saiMedvedev → Aliyev'])
    expect(w.find('figcaption').text()).toBe('Theo bài báo')
    expect(w.find('blockquote').text()).toBe(sentence)
    expect(w.find('blockquote mark').text()).toBe('tại Sochi')
  })

  it('leaves the sentence unmarked when the quote is not in it', () => {
    const w = show({ outcome: 'correct', expected: 'Sochi' }, { quote: 'Minsk' })
    expect(w.find('mark').exists()).toBe(false)
    expect(w.find('blockquote').text()).toBe(sentence)
  })

  it('focuses Continue, so Enter goes on; the last question says "Xem kết quả"', () => {
    const w = show({ outcome: 'correct', expected: 'Sochi' })
    expect(document.activeElement?.textContent?.trim()).toBe('Tiếp tục')
    const last = show({ outcome: 'correct', expected: 'Sochi' }, { isLast: true })
    expect(last.find('.next').text()).toBe('Xem kết quả')
    w.unmount()
  })

  it.each([
    ['Xem trong bài báo', 'show-in-article'],
    ['Hoàn tác', 'undo'],
    ['Tiếp tục', 'next'],
  ])('"%s" emits %s', async (label, event) => {
    const w = show({ outcome: 'wrong', expected: 'Sochi' })
    await w.findAll('button').find((b) => b.text().includes(label))!.trigger('click')
    expect(Object.keys(w.emitted())).toContain(event)
  })

  it('hides undo when it cannot undo', () => {
    const w = show({ outcome: 'wrong', expected: 'Sochi' }, { canUndo: false })
    expect(w.text()).not.toContain('Hoàn tác')
  })
})
