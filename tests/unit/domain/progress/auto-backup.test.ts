import { describe, expect, it } from 'vitest'
import { backupsToPrune, countSnapshot, dailyBackupDue, KEEP_DAILY, KEEP_EVENTS } from '@/domain/progress/auto-backup'
import type { AutoBackupInfo, AutoBackupReason } from '@/domain/progress/types'

const H = 3_600_000
const T0 = Date.UTC(2026, 10, 20, 8)
const make = (reason: AutoBackupReason, takenAt: number): AutoBackupInfo =>
  ({ id: `${takenAt}-${reason}`, reason, takenAt, answers: 1, cards: 1, facts: 1, bytes: 10 })

describe('backupsToPrune', () => {
  it(`keeps the newest ${KEEP_DAILY} daily and the newest ${KEEP_EVENTS} others`, () => {
    const daily = Array.from({ length: 6 }, (_, i) => make('daily', T0 + i * 24 * H))
    const events = Array.from({ length: 7 }, (_, i) => make(i % 2 ? 'before-reset' : 'before-replace', T0 + i * H))
    const pruned = new Set(backupsToPrune([...daily, ...events]))
    expect(daily.filter((b) => !pruned.has(b.id)).map((b) => b.takenAt)).toEqual(daily.slice(-KEEP_DAILY).map((b) => b.takenAt))
    expect(events.filter((b) => !pruned.has(b.id))).toHaveLength(KEEP_EVENTS)
    expect(pruned.has(events.at(-1)!.id)).toBe(false)
  })

  it('a burst of imports never pushes out the last daily backup', () => {
    const kept = [make('daily', T0), ...Array.from({ length: 20 }, (_, i) => make('before-replace', T0 + (i + 1) * H))]
    expect(backupsToPrune(kept)).not.toContain(kept[0]!.id)
  })
})

describe('dailyBackupDue', () => {
  it.each([
    ['none kept', [], T0, true],
    ['one an hour ago', [make('daily', T0 - H)], T0, false],
    ['one 21 hours ago', [make('daily', T0 - 21 * H)], T0, true],
    ['only a backup before a reset', [make('before-reset', T0 - H)], T0, true],
    ['the newest in the future (clock set back)', [make('daily', T0 + 5 * H)], T0, true],
  ] as const)('%s → %s', (_name, kept, now, want) => {
    expect(dailyBackupDue(kept, now)).toBe(want)
  })
})

it('countSnapshot counts answers, cards and distinct facts per deck', () => {
  expect(countSnapshot({ cards: [1, 2], log: [{ factId: 'a' }, { factId: 'a' }, { factId: 'b', deckId: 'x' }] })).toEqual({ answers: 3, cards: 2, facts: 2 })
})
