import { describe, expect, it } from 'vitest'
import { generateDeck, MAX_SOURCE_BYTES, MAX_TEXT_BYTES, type GenerateErrorCode, type GenerateInput } from '@/domain/generate'

const VIETNAMESE = 'Tổng thống Nga Vladimir Putin đã hội đàm với Thủ tướng Armenia Nikol Pashinyan tại Sochi ngày 10 tháng 11 năm 2020.'

function codeOf(input: GenerateInput): GenerateErrorCode | 'ok' {
  const r = generateDeck(input)
  return r.ok ? 'ok' : r.error.code
}

describe('validation: one error code per bad input, and nothing produced', () => {
  it.each<[string, GenerateInput, GenerateErrorCode]>([
    ['empty text', { title: 'x', text: '' }, 'empty'],
    ['only spaces and new lines', { title: 'x', text: ' \n\t \n ' }, 'empty'],
    ['a page with no text', { title: 'x', text: '<html><script>x()</script></html>', format: 'html' }, 'empty'],
    ['NUL bytes', { title: 'x', text: `${VIETNAMESE}\u0000\u0000` }, 'binary'],
    ['control characters', { title: 'x', text: `${VIETNAMESE}\u0001\u0002\u0003\u0004\u0005\u0006` }, 'binary'],
    ['replacement characters of a bad decoding', { title: 'x', text: 'T\ufffdng th\ufffdng \ufffd\ufffd \ufffd\ufffd' }, 'binary'],
    ['English', { title: 'x', text: 'The president met the prime minister in Sochi on 10 November 2020. They agreed.' }, 'not-vietnamese'],
    ['French', { title: 'x', text: 'Le président a rencontré le Premier ministre à Sotchi. Ils ont été d’accord sur la paix, déjà signée.' }, 'not-vietnamese'],
    ['Vietnamese without marks', { title: 'x', text: 'Tong thong Nga da hoi dam voi Thu tuong Armenia tai Sochi.' }, 'not-vietnamese'],
    ['only headings, no sentence', { title: 'x', text: 'Hà Nội\nHuế\nĐà Nẵng' }, 'no-sentence'],
    ['sentences with nothing to ask', { title: 'x', text: 'Trời hôm nay đẹp quá. Chúng tôi đi dạo rất vui.' }, 'no-facts'],
  ])('%s → %s', (_, input, code) => {
    expect(codeOf(input)).toBe(code)
  })

  it('refuses text over the limit, and says the limit and the size', () => {
    const text = `${VIETNAMESE}\n`.repeat(Math.ceil(MAX_TEXT_BYTES / VIETNAMESE.length))
    const r = generateDeck({ title: 'x', text })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('too-large')
      expect(r.error.limit).toBe(MAX_TEXT_BYTES)
      expect(r.error.size).toBeGreaterThan(MAX_TEXT_BYTES)
    }
  })

  it('refuses a source over its own limit before reading it', () => {
    const html = `<p>${VIETNAMESE}</p>` + '<span></span>'.repeat(Math.ceil(MAX_SOURCE_BYTES / 13) + 1)
    expect(codeOf({ title: 'x', text: html, format: 'html' })).toBe('too-large')
  })

  it('reads a saved page whose markup is larger than the text limit', () => {
    const html = `<p>${VIETNAMESE}</p>` + '<span></span>'.repeat(Math.ceil(MAX_TEXT_BYTES / 13) + 1)
    expect(codeOf({ title: 'x', text: html, format: 'html' })).toBe('ok')
  })

  it('accepts a short Vietnamese text and takes the first line as title when none is given', () => {
    const r = generateDeck({ title: '  ', text: `Hội đàm ở Sochi\n${VIETNAMESE}` })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.deck.title).toBe('Hội đàm ở Sochi')
  })

  it('treats a missing text like an empty one', () => {
    expect(codeOf({ title: 'x', text: undefined as unknown as string })).toBe('empty')
  })
})
