import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { drive, generateDeck, generateSteps, type GenerateProgress } from '@/domain/generate'

const ARTICLE = readFileSync(new URL('../../../../questions/source/article.vi.txt', import.meta.url), 'utf8')
const input = { title: 'Bài', text: ARTICLE }

/** A clock that moves 5 ms at every reading. */
function fakeClock() {
  let t = 0
  return () => (t += 5)
}

describe('drive', () => {
  it('runs the steps in slices, reporting progress, to the same result as generateDeck', async () => {
    const reports: GenerateProgress[] = []
    let pauses = 0
    const result = await drive(generateSteps(input, { progressEvery: 1 }), {
      report: (p) => reports.push(p),
      pause: async () => {
        pauses++
      },
      cancelled: () => false,
      clock: fakeClock(),
      sliceMs: 10,
    })
    expect(result).toEqual(generateDeck(input))
    expect(reports.length).toBeGreaterThan(0)
    expect(pauses).toBe(reports.length)
  })

  it('stops at the first pause after a cancel', async () => {
    let cancelled = false
    const result = await drive(generateSteps(input, { progressEvery: 1 }), {
      report: () => {
        cancelled = true
      },
      pause: async () => {},
      cancelled: () => cancelled,
      clock: fakeClock(),
      sliceMs: 10,
    })
    expect(result).toBeUndefined()
  })

  it('returns an input error at once', async () => {
    const result = await drive(generateSteps({ title: '', text: '   ' }), {
      report: () => {},
      pause: async () => {},
      cancelled: () => false,
      clock: fakeClock(),
    })
    expect(result).toEqual({ ok: false, error: { code: 'empty' } })
  })
})
