/**
 * The check of a stored deck summary on the first screen's path: hand-written and small (valibot and the
 * full deck check load only when a deck is opened, imported or restored).
 */
import { DECK_ID_PATTERN, type DeckSummary } from './types'

const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0

/** The summary when it is one, else null. */
export function readDeckSummary(raw: unknown): DeckSummary | null {
  const s = raw as Partial<DeckSummary> | null
  if (typeof s !== 'object' || s === null) return null
  const ok = typeof s.id === 'string' && DECK_ID_PATTERN.test(s.id) && typeof s.title === 'string' && s.title !== ''
    && isTime(s.createdAt) && isTime(s.updatedAt) && typeof s.reviewed === 'boolean' && isCount(s.kept) && isCount(s.total)
    && Array.isArray(s.factIds) && s.factIds.every((id) => typeof id === 'string' && id.startsWith(`${s.id}.`))
  return ok ? (s as DeckSummary) : null
}
