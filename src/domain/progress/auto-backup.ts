/**
 * Which automatic backups to keep (Anki keeps a handful the same way): the newest few of each kind, so a
 * burst of imports cannot push out the last daily backup, nor a week of daily ones the backup taken before
 * a reset.
 */
import type { AutoBackupInfo } from './types'

export const KEEP_DAILY = 3
export const KEEP_EVENTS = 4
/** A daily backup is taken at start when the newest one is older than this. */
export const DAILY_EVERY_MS = 20 * 3_600_000

/** The ids to delete so that at most KEEP_DAILY daily and KEEP_EVENTS other backups remain, newest kept. */
export function backupsToPrune(backups: readonly AutoBackupInfo[]): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1))
  const daily = newestFirst.filter((b) => b.reason === 'daily')
  const events = newestFirst.filter((b) => b.reason !== 'daily')
  return [...daily.slice(KEEP_DAILY), ...events.slice(KEEP_EVENTS)].map((b) => b.id)
}

/** Whether a daily backup is due at `now`, given those kept. A clock set back (newest in the future) counts as due. */
export function dailyBackupDue(backups: readonly AutoBackupInfo[], now: number): boolean {
  const newest = Math.max(-Infinity, ...backups.filter((b) => b.reason === 'daily').map((b) => b.takenAt))
  return !(newest <= now && now - newest < DAILY_EVERY_MS)
}

/** The preview figures of a snapshot. */
export function countSnapshot(snapshot: { cards: readonly unknown[]; log: readonly { factId: string; deckId?: string }[]; decks?: readonly unknown[] }) {
  return {
    answers: snapshot.log.length,
    cards: snapshot.cards.length,
    facts: new Set(snapshot.log.map((e) => `${e.deckId ?? ''}/${e.factId}`)).size,
    ...(snapshot.decks?.length ? { decks: snapshot.decks.length } : {}),
  }
}
