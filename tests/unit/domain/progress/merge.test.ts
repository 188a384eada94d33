import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { laterCard, mergeProgress, type ProgressData } from '@/domain/progress/merge'
import { DEFAULT_SETTINGS, type Settings } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { T0, makeCard, stored } from '../../../fixtures/stored/factories'

const OTHER: Settings = { ...DEFAULT_SETTINGS, theme: 'dark' }

const factIds = fc.constantFrom('f-a', 'f-b', 'f-c', 'f-d')
const card = fc.record({ factId: factIds, lastReview: fc.option(fc.integer({ min: T0, max: T0 + 1e9 }), { nil: undefined }) })
  .map(({ factId, lastReview }) => stored(makeCard({ factId, lastReview, reps: lastReview === undefined ? 0 : 1 })))
const entry = fc.record({ n: fc.integer({ min: 0, max: 30 }), factId: factIds, at: fc.integer({ min: T0, max: T0 + 1e9 }) })
  .map(({ n, factId, at }): ReviewLogEntry => {
    const next = makeCard({ factId, lastReview: at })
    return { id: `${T0 + n}-${n}`, deckId: 'article', factId, questionId: `${factId}:mcq`, format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt: T0 + n, previous: null, next, durationMs: at % 5000 }
  })
const uniqueBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()]
const progress = (settings: Settings) =>
  fc.record({ cards: fc.array(card, { maxLength: 6 }), log: fc.array(entry, { maxLength: 12 }) }).map(
    ({ cards, log }): ProgressData => ({ cards: uniqueBy(cards, (c) => c.factId), log: uniqueBy(log, (e) => e.id), settings }),
  )

describe('mergeProgress', () => {
  it('is idempotent: merging the same file again changes nothing', () => {
    fc.assert(
      fc.property(progress(DEFAULT_SETTINGS), progress(OTHER), (here, file) => {
        const once = mergeProgress(here, file, 'merge')
        expect(mergeProgress(once, file, 'merge')).toEqual(once)
      }),
    )
  })

  it('never loses a log entry of either side', () => {
    fc.assert(
      fc.property(progress(DEFAULT_SETTINGS), progress(OTHER), (here, file) => {
        const ids = new Set(mergeProgress(here, file, 'merge').log.map((e) => e.id))
        for (const e of [...here.log, ...file.log]) expect(ids.has(e.id)).toBe(true)
        expect(ids.size).toBe(new Set([...here.log, ...file.log].map((e) => e.id)).size)
      }),
    )
  })

  it('keeps one card per fact, the one reviewed last, and this device’s settings', () => {
    fc.assert(
      fc.property(progress(DEFAULT_SETTINGS), progress(OTHER), (here, file) => {
        const merged = mergeProgress(here, file, 'merge')
        expect(merged.settings).toBe(DEFAULT_SETTINGS)
        const facts = new Set([...here.cards, ...file.cards].map((c) => c.factId))
        expect(merged.cards.map((c) => c.factId).sort()).toEqual([...facts].sort())
        for (const c of merged.cards) {
          const latest = Math.max(...[...here.cards, ...file.cards].filter((x) => x.factId === c.factId).map((x) => x.lastReview ?? -Infinity))
          expect(c.lastReview ?? -Infinity).toBe(latest)
        }
      }),
    )
  })

  it('replace takes the file whole', () => {
    const here: ProgressData = { cards: [stored(makeCard({ factId: 'f-a' }))], log: [], settings: DEFAULT_SETTINGS }
    const file: ProgressData = { cards: [], log: [], settings: OTHER }
    expect(mergeProgress(here, file, 'replace')).toBe(file)
  })

  it.each([
    ['a later incoming card wins', T0, T0 + 1, 'incoming'],
    ['an earlier incoming card loses', T0 + 1, T0, 'current'],
    ['a tie keeps the current card', T0, T0, 'current'],
    ['a reviewed card beats a new one', undefined, T0, 'incoming'],
  ] as const)('laterCard: %s', (_name, currentAt, incomingAt, winner) => {
    const current = makeCard({ lastReview: currentAt, reps: 1 })
    const incoming = makeCard({ lastReview: incomingAt, reps: 2 })
    expect(laterCard(current, incoming)).toBe(winner === 'current' ? current : incoming)
  })
})
