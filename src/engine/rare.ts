/**
 * The progress engine's rarely used actions: backups, reset, deck files and deletion, set-aside records, the
 * request for persistent storage. They load with their first use, so the first screen does not carry them (like
 * the repository's `rare.ts`); the engine hands them its core.
 */
import type { BackupError } from '@/domain/progress/backup'
import type { DeckFile } from '@/domain/deck/file'
import type { DeckSummary } from '@/domain/deck/types'
import type { AutoBackupInfo, BackupFile, ImportMode, StorageMeta } from '@/domain/progress/types'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { Repository } from '@/persistence/repository'
import type { StorageStatus } from '@/persistence/resilient'
import type { TabMessage } from '@/persistence/tabs'
import type { StorageState } from '@/persistence/durability'
import type { Cell } from './cell'
import type { ProgressEngineDeps } from './progress'

/** What the actions need of the engine. */
export interface EngineCore {
  repo(): Repository
  /** Queues a write after the others; one that `givesWay` is stopped by any write queued after it (see the engine's `write`). */
  write<T>(action: (giveWay?: AbortSignal) => Promise<T>, givesWay?: boolean): Promise<T>
  reloadAll(): Promise<void>
  announce(message: TabMessage): void
  clock(): number
  deps: ProgressEngineDeps
  meta: Cell<StorageMeta>
  backups: Cell<AutoBackupInfo[]>
  readOnly: Cell<boolean>
  status: Cell<StorageStatus>
  cards: Cell<Map<string, MemoryCard>>
  orphaned: Cell<MemoryCard[]>
  log: Cell<ReviewLogEntry[]>
  logComplete: Cell<boolean>
  ensureFullLog(): Promise<void>
  /**
   * Splits the cards given into shown and orphaned (by the decks held). `quietly`: the shown cards' map is filled
   * again in place, and what shows them is told only by the caller's `touch`.
   */
  reconcileDecks(cards: MemoryCard[], quietly?: boolean): void
  /** Resolves once the writes under way (an answer's, say) have settled. */
  settled(): Promise<unknown>
  /** Tells the other tabs only (this tab's listeners are not told). */
  tellTabs(message: TabMessage): void
  decks: Cell<DeckSummary[]>
  setAsideCount: Cell<number>
  durability: Cell<StorageState | null>
  /** Counts a change made here (see the engine's `reload`). */
  changed(): void
  refreshDurability(): Promise<void>
}

/** Deletes a deck, its cards and answers, after an automatic backup of everything (the way back). */
export async function deleteDeck(core: EngineCore, id: string) {
  core.changed()
  await core.write(() => core.repo().deleteDeck(id))
  await core.reloadAll()
  core.announce({ type: 'import' })
  void refreshBackups(core)
}

/** Stores a checked deck file (and the progress it carries). */
export async function importDeck(core: EngineCore, file: DeckFile) {
  core.changed()
  await core.write(() => core.repo().importDeck(file))
  await core.reloadAll()
  core.announce({ type: 'import' })
}

/** Builds the backup file and records the date of this backup. */
export async function exportBackup(core: EngineCore, now = core.clock()): Promise<string> {
  const file = await core.repo().exportSnapshot(now)
  await core.write(() => core.repo().markBackup(now))
  core.meta.value = { ...core.meta.value, lastBackupAt: now }
  return JSON.stringify(file, null, 1)
}

/** Parses and validates the whole file; nothing is written. The parser loads only when a learner imports a file. */
export async function readBackupFile(
  core: EngineCore,
  text: string,
  byteLength: number,
): Promise<{ ok: true; value: BackupFile } | { ok: false; error: BackupError }> {
  if (core.deps.parseBackupFile) return core.deps.parseBackupFile(text, byteLength)
  const { parseBackup } = await import('@/domain/progress/backup')
  return parseBackup(text, byteLength)
}

/** Writes a parsed backup. A replace first keeps an automatic backup of what it replaces. */
export async function applyBackup(core: EngineCore, file: BackupFile, mode: ImportMode): Promise<void> {
  await core.write(() => core.repo().importSnapshot(file, mode))
  await core.reloadAll()
  core.announce({ type: 'import' })
  void refreshBackups(core)
}

export async function resetAll(core: EngineCore) {
  await core.write(() => core.repo().reset())
  await core.reloadAll()
  core.announce({ type: 'reset' })
  void refreshBackups(core)
}

export async function refreshBackups(core: EngineCore): Promise<void> {
  core.backups.value = await core.repo().listBackups().catch(() => [])
}

/** The automatic backup as a parsed file, for its preview and restore. */
export async function readAutoBackup(core: EngineCore, id: string) {
  return readBackupFile(core, await core.repo().readBackup(id), 0)
}

/**
 * Takes the day's automatic backup if none was taken in the last 20 hours (in the background, after the first
 * screen). The engine calls it only when there is something to keep (`maybeDailyBackup` in progress.ts).
 */
export async function dailyBackup(core: EngineCore): Promise<void> {
  await refreshBackups(core)
  const { dailyBackupDue } = await import('@/domain/progress/auto-backup')
  if (!dailyBackupDue(core.backups.value, core.clock())) return
  await core.repo().takeBackup('daily', core.clock()).catch(() => null)
  await refreshBackups(core)
}

/** An automatic backup before a deck is replaced by another device's later version (the way back to this one). */
export async function backupBeforeSyncedDeck(core: EngineCore): Promise<void> {
  await core.repo().takeBackup('before-sync-deck', core.clock())
  await refreshBackups(core)
}

/** Every set-aside record, as a JSON file's text, for a support request or a hand repair. */
export async function exportSetAside(core: EngineCore): Promise<string> {
  const records = await core.repo().listSetAside()
  return JSON.stringify({ app: 'hoc-bai-bao', kind: 'set-aside-records', exportedAt: core.clock(), records }, null, 1)
}

/** The learner has seen the set-aside records: home stops telling of them until more are set aside. */
export async function acknowledgeSetAside(core: EngineCore): Promise<void> {
  const seen = core.setAsideCount.value
  core.meta.value = { ...core.meta.value, setAsideSeen: seen }
  await core.write(() => core.repo().markSetAsideSeen(seen)).catch(() => undefined)
}

/** Asked once, after the first finished session: a learner who finished one wants to keep it. */
export async function askPersistence(core: EngineCore) {
  const persisted = await core.deps.durability.request()
  if (persisted !== 'unsupported') await core.write(() => core.repo().markPersisted(persisted)).catch(() => undefined)
  await core.refreshDurability()
}
