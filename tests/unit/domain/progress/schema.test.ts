import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { MemoryCardSchema, ReviewLogEntrySchema, parseCard, parseLogEntry, readCard, readLogEntry } from '@/domain/progress/schema'
import { makeAnswer, makeCard } from '../../../fixtures/stored/factories'

const odd = fc.constantFrom<unknown>(Number.NaN, Infinity, -1, 1.5, 0, '', 'x', null, undefined, {}, [], true, 'review', 'good', 'self')

/** A valid record with some fields replaced by odd values, some dropped, some added. */
function mutated<T extends object>(base: T) {
  const keys = Object.keys(base)
  return fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys), odd, { maxKeys: 3 }),
      drop: fc.subarray(keys, { maxLength: 2 }),
      extra: fc.boolean(),
    })
    .map(({ replace, drop, extra }) => {
      const copy: Record<string, unknown> = { ...base, ...replace }
      for (const key of drop) delete copy[key]
      if (extra) copy.stray = 1
      return copy
    })
}

describe('fast guards agree with the valibot schemas', () => {
  const { card, entry } = makeAnswer('f-a', 1_764_000_000_000, makeCard())

  it('on cards', () => {
    fc.assert(
      fc.property(mutated(card), (input) => {
        const fast = readCard(input)
        const slow = v.safeParse(MemoryCardSchema, input)
        expect(fast !== null).toBe(slow.success)
        if (slow.success) expect(fast).toEqual(slow.output)
      }),
      { numRuns: 2000 },
    )
  })

  it('on log entries, nested cards included', () => {
    const withBadCards = fc.oneof(
      mutated(entry),
      mutated(card).map((next) => ({ ...entry, next })),
      mutated(card).map((previous) => ({ ...entry, previous })),
    )
    fc.assert(
      fc.property(withBadCards, (input) => {
        const fast = readLogEntry(input)
        const slow = v.safeParse(ReviewLogEntrySchema, input)
        expect(fast !== null).toBe(slow.success)
        if (slow.success) expect(fast).toEqual(slow.output)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('parse reasons', () => {
  it.each<[string, unknown, string]>([
    ['a NaN due date', makeCard({ due: Number.NaN }), 'due'],
    ['a negative rep count', makeCard({ reps: -1 }), 'reps'],
    ['an unknown state', { ...makeCard(), state: 'lost' }, 'state'],
    ['not an object', 'garbage', ''],
  ])('names the field of %s', (_name, input, path) => {
    expect(parseCard(input)).toMatchObject({ ok: false, path })
  })

  it('names a nested field of a log entry', () => {
    const { entry } = makeAnswer()
    expect(parseLogEntry({ ...entry, next: { ...entry.next, due: 'soon' } })).toMatchObject({ ok: false, path: 'next.due' })
  })
})
