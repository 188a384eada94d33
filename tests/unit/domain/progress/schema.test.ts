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

describe("a log entry's days (the interval even days chose)", () => {
  const { entry } = makeAnswer()

  it('is absent when the entry has none: an old entry reads as before', () => {
    const read = readLogEntry(JSON.parse(JSON.stringify(entry)))
    expect(read).toEqual(entry)
    expect(read && 'days' in read).toBe(false)
  })

  it.each([0, 1, 45, 36_501])('is kept when it is %i, a whole number of days in range', (days) => {
    expect(readLogEntry({ ...entry, days })).toEqual({ ...entry, days })
  })

  it.each<[string, unknown]>([
    ['negative', -1],
    ['fractional', 2.5],
    ['not a number', '12'],
    ['NaN', Number.NaN],
    ['infinite', Infinity],
    ['past the longest interval', 36_502],
    ['null', null],
  ])('is dropped, the entry kept, when it is %s', (_name, days) => {
    const read = readLogEntry({ ...entry, days })
    expect(read).toEqual(entry)
    expect(read && 'days' in read).toBe(false)
    // Backup and deck files are read by the schema: the same rule there.
    expect(v.parse(ReviewLogEntrySchema, { ...entry, days }).days).toBeUndefined()
  })

  it('travels through a backup or deck file (the schema keeps it)', () => {
    expect(v.parse(ReviewLogEntrySchema, { ...entry, days: 45 }).days).toBe(45)
    expect(v.parse(ReviewLogEntrySchema, entry).days).toBeUndefined()
  })
})
