import type { Grade, MemoryState, Outcome, ReviewLogEntry } from '@/domain/scheduling/types'
import { makeCard } from '../../../fixtures/engine/cards'

export const MIN = 60_000
export const HOUR = 3_600_000
export const DAY = 86_400_000
export const ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'] as const

/** Local day number of a calendar date, as `localDayNumber` returns it. */
export const dayNo = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY

let counter = 0

export function makeEntry(
  reviewedAt: number,
  { outcome = 'correct', grade = 'good', previous = 'review' }: { outcome?: Outcome; grade?: Grade; previous?: MemoryState | null } = {},
): ReviewLogEntry {
  counter++
  return {
    id: `${reviewedAt}-${counter}`,
    deckId: 'article',
    factId: `f-${counter}`,
    questionId: `f-${counter}:mcq`,
    format: 'mcq',
    grade,
    outcome,
    reviewedAt,
    previous: previous === null ? null : makeCard({ state: previous }),
    next: makeCard({ lastReview: reviewedAt }),
    durationMs: 5000,
  }
}
