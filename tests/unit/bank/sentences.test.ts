import { describe, expect, it } from 'vitest'
import { findSentence, splitSentences } from '@/domain/bank'
import { ARTICLE } from './helpers'

describe('splitSentences', () => {
  const sentences = splitSentences(ARTICLE)

  it('splits the article into 17 sentences and one heading, each a substring of it', () => {
    expect(sentences).toHaveLength(18)
    expect(sentences.filter((s) => s.heading).map((s) => s.text)).toEqual(['Xung đột ở Nagorno-Karabakh'])
    for (const s of sentences) expect(ARTICLE).toContain(s.text)
  })

  it.each([
    [4, 4, 'Các nhà lãnh đạo ước định'],
    [5, 4, 'Moskva sẽ hỗ trợ'],
    [17, 9, 'Ngoài ra trong khu vực'],
  ])('sentence %i is on line %i and starts "%s"', (index, line, start) => {
    expect(sentences[index]!.line).toBe(line)
    expect(sentences[index]!.text.startsWith(start)).toBe(true)
  })

  it('does not split after an abbreviation such as "TP."', () => {
    expect(splitSentences('Ông ở TP. Hồ Chí Minh. Bà ở Hà Nội.').map((s) => s.text)).toEqual([
      'Ông ở TP. Hồ Chí Minh.',
      'Bà ở Hà Nội.',
    ])
  })
})

describe('findSentence', () => {
  const sentences = splitSentences(ARTICLE)
  it.each([
    ['Moskva sẽ hỗ trợ', undefined, 5],
    ['Tổng thống Azerbaijan Ilham Aliyev', undefined, undefined],
    ['Tổng thống Azerbaijan Ilham Aliyev', 7, 7],
    ['Tổng thống Azerbaijan Ilham Aliyev', 2, undefined],
    ['Hà Nội', undefined, undefined],
  ])('"%s" (hint %s) → %s', (quote, hint, expected) => {
    expect(findSentence(sentences, quote, hint)).toBe(expected)
  })
})
