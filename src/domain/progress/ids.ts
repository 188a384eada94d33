/**
 * Entry ids and replay order: what the start of the app needs of the log (the answer path, the merge), apart from
 * the replay itself (`replay.ts`), which loads with what rebuilds cards.
 */
import type { Scheduler } from '../scheduling/scheduler'
import type { ReviewLogEntry } from '../scheduling/types'
import { boundedNow, LATEST_TIME } from '../time'

/** A scheduler for a target retention (the engine caches one per value). */
export type SchedulerFor = (retention: number) => Scheduler

/** Entries in replay order: by id, which starts with the commit's time. */
export const byId = (a: ReviewLogEntry, b: ReviewLogEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The time part of an entry id (its first 13 digits), or 0 for an id that has none. */
export function idTime(id: string): number {
  const match = /^(\d{13})-/.exec(id)
  return match ? Number(match[1]) : 0
}

/**
 * The id of the next entry: `${time}-${deviceId}-${sequence}`, where time is the clock reading unless the
 * last entry's time is later (the clock went back, or another device's clock ran ahead): then it is one
 * millisecond after that. So ids increase with every commit and replay order is commit order.
 */
export function nextEntryId(lastId: string | undefined, now: number, deviceId: string, sequence: number): string {
  const last = lastId ? idTime(lastId) : 0
  const time = Math.min(LATEST_TIME - 1, Math.max(boundedNow(now), last + 1))
  return `${String(time).padStart(13, '0')}-${deviceId}-${sequence.toString(36).padStart(6, '0')}`
}
