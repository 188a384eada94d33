import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { DEFAULT_SETTINGS, START_LOG_DAYS, type ImportMode, type Settings, type StorageIssue, type StorageMeta } from '@/domain/progress/types'
import type { BackupError } from '@/domain/progress/backup'
import { reconcileWithBank } from '@/domain/progress/reconcile'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { Repository } from '@/persistence/repository'
import type { ResilientRepository, StorageStatus } from '@/persistence/resilient'
import { createTabChannel, type TabChannel } from '@/persistence/tabs'
import { requestPersistence, storageState, type StorageState } from '@/persistence/durability'
import { toPlain } from '@/persistence/plain'

export type { StorageStatus }

const RECENT_LOG_MS = START_LOG_DAYS * 86_400_000

/**
 * The learner's progress in memory, kept in step with storage. Every change goes to the repository
 * first in one transaction per answer, and other tabs are told so they refresh.
 */
export const useProgressStore = defineStore('progress', () => {
  /** Card per fact id, for facts the current bank knows. */
  const cards = shallowRef(new Map<string, MemoryCard>())
  /** Cards of facts the current bank no longer has: kept, never shown, back if the fact returns. */
  const orphaned = shallowRef<MemoryCard[]>([])
  const log = shallowRef<ReviewLogEntry[]>([])
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS })
  const meta = ref<StorageMeta>({})
  const readOnly = ref(false)
  const issues = ref<StorageIssue[]>([])
  const status = ref<StorageStatus>('ok')
  const durability = ref<StorageState | null>(null)
  const savedSession = shallowRef<unknown>(null)
  /** False until the whole log has been read (see `ensureFullLog`). */
  const logComplete = ref(false)
  /** Until `logComplete`, `log` holds the answers since this instant only (the first screen's window). */
  const logSince = ref(0)

  let repository: Repository | undefined
  let channel: TabChannel | undefined
  let knownFactIds: ReadonlySet<string> = new Set()

  const repo = () => {
    if (!repository) throw new Error('progress store used before hydrate()')
    return repository
  }

  /** Union by entry id, in time order: an answer given while a read was under way is never dropped. */
  function mergeLogs(...parts: readonly ReviewLogEntry[][]): ReviewLogEntry[] {
    const byId = new Map<string, ReviewLogEntry>()
    for (const part of parts) for (const e of part) byId.set(e.id, e)
    return [...byId.values()].sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1))
  }

  /** Counts this tab's own changes; a read they overtook is read again (see `reload`). */
  let localChanges = 0
  const MAX_REREADS = 3

  /**
   * Reads cards, settings and the recent log (what the first screen and undo need). The full log, which
   * can hold 100,000 answers and takes seconds to read, comes later through `ensureFullLog()`.
   *
   * Another tab's answer makes this tab re-read. If this tab answers (or undoes, or changes a setting) while that
   * read is under way, the read may predate the change and would put the old card back in memory; so once this
   * tab's writes have settled, it is read again.
   */
  async function reload() {
    let since = Date.now() - RECENT_LOG_MS
    let changes = localChanges
    let loaded = await repo().load({ logSince: since })
    for (let reread = 0; changes !== localChanges && reread < MAX_REREADS; reread++) {
      await Promise.allSettled([...writing])
      since = Date.now() - RECENT_LOG_MS
      changes = localChanges
      loaded = await repo().load({ logSince: since })
    }
    logSince.value = since
    const { active, orphaned: gone } = reconcileWithBank(loaded.cards, knownFactIds)
    cards.value = new Map(active.map((c) => [c.factId, c]))
    orphaned.value = gone
    // Entries older than the window stay as they were read; the recent part is replaced by the fresh read.
    log.value = mergeLogs(log.value.filter((e) => e.reviewedAt < since), loaded.log)
    settings.value = loaded.settings
    meta.value = loaded.meta
    readOnly.value = loaded.readOnly
    // Issues are reported by the first load only; keep them for the settings page.
    const seen = new Set(issues.value.map((i) => JSON.stringify(i)))
    issues.value = [...issues.value, ...loaded.issues.filter((i) => !seen.has(JSON.stringify(i)))]
    savedSession.value = loaded.session
    if (loaded.readOnly) status.value = 'read-only'
  }

  /** After a reset or an import the stored log is another one: forget what memory holds of it. */
  async function reloadAll() {
    log.value = []
    logComplete.value = false
    fullLog = undefined
    await reload()
  }

  let fullLog: Promise<void> | undefined
  /** The whole review log, for statistics; read once, in the background, after the first render. */
  function ensureFullLog(): Promise<void> {
    fullLog ??= repo()
      .loadLog()
      .then((all) => {
        log.value = mergeLogs(all, log.value)
        logComplete.value = true
      })
      .catch(() => {
        fullLog = undefined
      })
    return fullLog
  }

  /**
   * Loads everything before the first render. Bad stored data never throws (it is set aside); when the
   * storage itself fails, the resilient repository keeps the session in memory and `status` says so.
   */
  async function hydrate(repo: ResilientRepository, factIds: Iterable<string>) {
    knownFactIds = new Set(factIds)
    repository = repo
    repo.subscribe((next) => {
      const recovered = next === 'ok' && status.value !== 'ok'
      status.value = next
      // Storage came back (an old tab let go, space was freed): read what it holds now.
      if (recovered) void reload()
    })
    await reload()
    status.value = readOnly.value ? 'read-only' : repo.status()
    channel?.close()
    channel = createTabChannel()
    channel.subscribe((message) => {
      if (message.type === 'session') return
      void (message.type === 'reset' || message.type === 'import' ? reloadAll() : reload())
    })
  }

  /** This tab's writes under way (`reload` waits for them before it reads again). */
  const writing = new Set<Promise<void>>()

  /** Runs a write; a refused write (read-only, storage failing) shows in `status`, memory stays right. */
  async function write(action: () => Promise<void>) {
    const done = (async () => action())()
    writing.add(done)
    try {
      await done
    } catch (error) {
      const name = (error as { code?: string; name?: string })?.code ?? (error as Error)?.name
      if (readOnly.value) status.value = 'read-only'
      else if (name === 'QuotaExceededError' || name === 'quota') status.value = 'full'
      else status.value = 'unavailable'
      throw error
    } finally {
      writing.delete(done)
    }
  }

  async function recordAnswer(card: MemoryCard, entry: ReviewLogEntry) {
    localChanges++
    const plainCard = toPlain(card)
    const plainEntry = toPlain(entry)
    cards.value.set(plainCard.factId, plainCard)
    triggerRef(cards)
    log.value = [...log.value, plainEntry]
    await write(() => repo().saveAnswer(plainCard, plainEntry))
    channel?.announce({ type: 'answer', factId: plainCard.factId, entryId: plainEntry.id })
  }

  /** Puts the card back exactly as it was (or removes it when the fact was new) and drops the log entry. */
  async function undoAnswer(restore: { factId: string; previous: MemoryCard | null; entryId: string }) {
    localChanges++
    const previous = restore.previous ? toPlain(restore.previous) : null
    if (previous) cards.value.set(restore.factId, previous)
    else cards.value.delete(restore.factId)
    triggerRef(cards)
    log.value = log.value.filter((e) => e.id !== restore.entryId)
    await write(() => repo().undoAnswer(restore.entryId, previous, restore.factId))
    channel?.announce({ type: 'undo', factId: restore.factId, entryId: restore.entryId })
  }

  async function updateSettings(patch: Partial<Settings>) {
    localChanges++
    settings.value = { ...settings.value, ...patch }
    await write(() => repo().saveSettings(toPlain(settings.value)))
    channel?.announce({ type: 'settings' })
  }

  async function saveSession(value: unknown) {
    localChanges++
    savedSession.value = value
    await write(() => repo().saveSession(value === null ? null : toPlain(value)))
  }

  /** Builds the backup file and records the date of this backup. */
  async function exportBackup(now = Date.now()): Promise<string> {
    const file = await repo().exportSnapshot(now)
    await write(() => repo().markBackup(now))
    meta.value = { ...meta.value, lastBackupAt: now }
    return JSON.stringify(file, null, 1)
  }

  /** Parses and validates the whole file before anything is written; a bad file changes nothing. */
  async function importBackup(text: string, byteLength: number, mode: ImportMode): Promise<{ ok: true } | { ok: false; error: BackupError }> {
    // The backup parser loads only when a learner imports a file.
    const { parseBackup } = await import('@/domain/progress/backup')
    const parsed = parseBackup(text, byteLength)
    if (!parsed.ok) return parsed
    await write(() => repo().importSnapshot(parsed.value, mode))
    await reloadAll()
    channel?.announce({ type: 'import' })
    return { ok: true }
  }

  async function resetAll() {
    await write(() => repo().reset())
    await reloadAll()
    channel?.announce({ type: 'reset' })
  }

  /** Asked once, after the first finished session: a learner who finished one wants to keep it. */
  async function askPersistence() {
    const persisted = await requestPersistence()
    if (persisted !== 'unsupported') await write(() => repo().markPersisted(persisted)).catch(() => undefined)
    await refreshDurability()
  }

  async function refreshDurability() {
    durability.value = await storageState()
  }

  const reviewedFactIds = computed(() => new Set(cards.value.keys()))

  return {
    cards, orphaned, log, settings, meta, readOnly, issues, status, durability, savedSession, reviewedFactIds,
    logComplete, logSince, hydrate, reload, ensureFullLog, recordAnswer, undoAnswer, updateSettings, saveSession, exportBackup, importBackup, resetAll,
    askPersistence, refreshDurability,
  }
})
