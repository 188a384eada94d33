/**
 * Rules found by reading the generator's first run on public texts it had not seen (Vietnamese
 * Wikipedia, tests/fixtures/articles/unseen2) and on a news report read before them. Each case is a
 * sentence of the kind that went wrong, reworded, with the rule it needs.
 */
import { describe, expect, it } from 'vitest'
import { decks as decksOf } from './support'
import { accordingTo } from '@/domain/generate/wording'

const decks = (text: string, seeds = 12) => decksOf(text, seeds)

describe('wrong values', () => {
  const economy = [
    'Doanh thu của công ty tăng 30% trong năm 2010 nhờ thị trường nước ngoài.',
    'Hàng năm công ty đầu tư khoảng 10% doanh thu cho nghiên cứu và phát triển.',
    'Lợi tức trong nước là 64,77 tỉ nhân dân tệ, tăng 9,7% vì các công ty viễn thông giảm đầu tư.',
    'Doanh thu ở nước ngoài tăng 34% so với năm trước đó.',
  ].join(' ')

  it('never make a false statement of a figure rounded (9,7% → 10%)', () => {
    for (const deck of decks(economy, 40)) {
      for (const q of deck.questions) {
        if (q.kind === 'true-false' && !q.answer) expect(q.statement).not.toMatch(/tăng 10% vì/)
      }
    }
  })

  const airport = [
    'Năm 2014, sân bay này phục vụ 26.546.475 lượt khách quốc tế và nội địa.',
    'Năm 2010, nhà ga nội địa đã phục vụ 8 lượt triệu khách nội địa.',
    'Năm 2016, sân bay phục vụ 32 lượt triệu khách.',
  ].join(' ')

  it('are never of another order of magnitude from the text (8 and 26.546.475)', () => {
    for (const deck of decks(airport)) {
      for (const q of deck.questions) {
        if (q.kind === 'mcq' && q.options[q.answerIndex] === '8') expect(q.options).not.toContain('26.546.475')
        if (q.kind === 'true-false') expect(q.statement).not.toMatch(/26\.546\.475 lượt triệu/)
      }
    }
  })
})

describe('wording', () => {
  it('asks no clause that starts with a figure after ";" (it has lost its subject)', () => {
    const text = 'Nhà ga quốc tế có 80 quầy làm thủ tục, 1 quầy nối chuyến; 18 quầy thủ tục xuất cảnh, 20 quầy thủ tục nhập cảnh; 2 máy soi hải quan đi và 6 máy soi hải quan đến.'
    for (const deck of decks(text, 3)) {
      for (const q of deck.questions) {
        if (q.kind === 'mcq' || q.kind === 'typed') expect(q.prompt).toMatch(/nhà ga quốc tế/i)
      }
    }
  })
})

describe('connectives', () => {
  it('drops "tuy nhiên" at the head of a question when the text writes no comma after it', () => {
    expect(accordingTo('Tuy nhiên từ năm 2012 tại Việt Nam hãng là nhà cung cấp chính', true)).toBe('Theo bài, từ năm 2012 tại Việt Nam hãng là nhà cung cấp chính')
    expect(accordingTo('Tuy nhiên tính theo diện tích thì sân bay nhỏ hơn', true)).toBe('Theo bài, tính theo diện tích thì sân bay nhỏ hơn')
  })
})
