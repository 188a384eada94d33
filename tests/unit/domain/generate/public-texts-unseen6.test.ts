/**
 * Rules found by reading the generator's runs on held-out public texts (tests/fixtures/articles/unseen6 and the Huế
 * text): a range of figures followed by a unit is a measure, not a period of years; and a period's wrong options
 * stay within the years the text knows. Each case is a sentence of the kind that went wrong, reworded.
 */
import { describe, expect, it } from 'vitest'
import { decks as decksOf, shown } from './support'

const decks = (text: string, seeds = 6) => decksOf(text, seeds)

describe('a range of figures followed by a unit', () => {
  it.each([
    'Gang trắng nóng chảy ở nhiệt độ khoảng 1420–1470 K, thấp hơn sắt nguyên chất.',
    'Đỉnh núi cao nhất của dãy này cao khoảng 2100–2300 m so với mực nước biển.',
    'Mỗi năm nhà máy sản xuất 1500–1800 tấn thép cho cả vùng.',
  ])('is no period of years: %s', (sentence) => {
    // A sentence with a fact of its own beside it, so that the text gives a deck at all.
    for (const deck of decks(`${sentence} Năm 1959, Khu gang thép Thái Nguyên được khởi công xây dựng.`)) {
      for (const f of deck.facts) expect(f.kind).not.toBe('period')
      for (const q of deck.questions) expect(shown(q)).not.toMatch(/từ năm|thời gian nào|những năm nào/u)
    }
  })

  it('a range of years stays a period', () => {
    const text = 'Trong giai đoạn 1992–1994, thành phố xây thêm ba cây cầu qua sông Hương.'
    expect(decks(text, 1)[0]!.facts.some((f) => f.kind === 'period')).toBe(true)
  })
})

describe("a period's wrong options", () => {
  const text = [
    'Nhà Nguyễn trị vì từ năm 1802 đến năm 1945, với kinh đô đặt tại Huế.',
    'Năm 1993, quần thể di tích cố đô Huế được UNESCO công nhận là di sản thế giới.',
  ].join(' ')

  it('never lie after the latest year the text gives', () => {
    let periods = 0
    for (const deck of decks(text)) {
      for (const q of deck.questions) {
        if (q.kind !== 'mcq' || !/từ năm/u.test(q.options.join(' '))) continue
        periods++
        for (const option of q.options) {
          for (const year of option.match(/\d{4}/gu) ?? []) expect(Number(year)).toBeLessThanOrEqual(1993)
        }
      }
    }
    expect(periods).toBeGreaterThan(0)
  })
})

describe("a period written with an en dash", () => {
  it('is offered in the same form as its wrong options, so the dash does not give it away', () => {
    const text = 'Trong giai đoạn 1962–1975, khu vực này là tuyến đường biển quan trọng của miền Bắc. Năm 1994, UNESCO công nhận vịnh Hạ Long là di sản thiên nhiên thế giới.'
    let periods = 0
    for (const deck of decks(text)) {
      for (const q of deck.questions) {
        if (q.kind !== 'mcq' || !q.options.some((o) => /^\d{4}[-–]\d{4}$/u.test(o))) continue
        periods++
        expect(new Set(q.options.map((o) => o.replace(/\d/gu, '')))).toEqual(new Set(['-']))
      }
    }
    expect(periods).toBeGreaterThan(0)
  })
})
