/**
 * The progress engine: the learner's progress in memory, kept in step with storage. Plain TypeScript, tested
 * in Node; the Pinia store mirrors it (its state cells are the store's refs) and adds nothing of its own.
 *
 * It owns the order of writes and the news from other tabs: an answer is one transaction (entry, card,
 * session step) through the storage port, and memory changes only once it has committed, or the caller is
 * told it did not. Another tab's news makes it read again what changed.
 */
import { byId, type SchedulerFor } from '@/domain/progress/ids'
import { DEFAULT_SETTINGS, START_LOG_DAYS, type AutoBackupInfo, type BackupFile, type Settings, type StorageIssue, type StorageMeta } from '@/domain/progress/types'
import type { BackupError } from '@/domain/progress/backup'
import type { DeckSummary, StoredDeck } from '@/domain/deck/types'
import { reconcileWithBank } from '@/domain/progress/reconcile'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { AnswerBasis, AnswerCommit, Repository } from '@/persistence/repository'
import type { ResilientRepository, StorageStatus } from '@/persistence/resilient'
import type { TabChannel, TabMessage } from '@/persistence/tabs'
import type { StorageState } from '@/persistence/durability'
import type { Cell, CellFactory } from './cell'
import type { EngineCore } from './rare'

export type { StorageStatus }

const RECENT_LOG_MS = START_LOG_DAYS * 86_400_000

/** A card as memory holds it: the deck is implied by the map it is in. */
function withoutDeck(card: MemoryCard & { deckId?: string }): MemoryCard {
  const { deckId: _deck, ...rest } = card
  return rest
}

/** A device id for new log entries: 8 base-36 characters, made once and kept in the storage meta. */
function newDeviceId(): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto?.getRandomValues?.(bytes)
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('')
}

const isReadOnlyError = (error: unknown) => (error as { code?: unknown } | null)?.code === 'read-only'

export interface ProgressEngineDeps {
  /** Makes a state cell: `shallowRef` in the app, a plain box in Node tests. */
  cell: CellFactory
  /** Tells watchers a cell's value changed in place (a Map or an array): `triggerRef` in the app. */
  touch: (cell: Cell<unknown>) => void
  /** The wall clock, epoch ms. */
  clock: () => number
  /** The channel to other tabs (BroadcastChannel in the app). */
  openChannel: () => TabChannel
  durability: { request(): Promise<boolean | 'unsupported'>; state(): Promise<StorageState> }
  /**
   * Parses and validates a backup file's text. The app does it in a Web Worker (a 10 MB file of a strange shape
   * would block the page for seconds); by default, here, with `parseBackup`.
   */
  parseBackupFile?: (text: string, byteLength: number) => Promise<{ ok: true; value: BackupFile } | { ok: false; error: BackupError }>
}

export type ProgressEngine = ReturnType<typeof createProgressEngine>

/**
 * What changed in the learner's progress, in this tab or another (what a sync sends on): the tabs' own messages
 * (an answer, an undo, the decks, the settings; `import` and `reset` for a log replaced), once this tab holds
 * the change.
 */
export type ProgressChange = TabMessage

export function createProgressEngine(deps: ProgressEngineDeps) {
  const { cell, touch, clock } = deps

  /** Card per fact id, for the facts studied in any deck (fact ids are unique across decks). */
  const cards = cell(new Map<string, MemoryCard>())
  /** The decks the learner made or imported (summaries), oldest first; the built-in deck is not among them. */
  const decks = cell<DeckSummary[]>([])
  /** Cards of facts no deck studies now: kept, never shown, back if the fact returns. */
  const orphaned = cell<MemoryCard[]>([])
  const log = cell<ReviewLogEntry[]>([])
  const settings = cell<Settings>({ ...DEFAULT_SETTINGS })
  const meta = cell<StorageMeta>({})
  const readOnly = cell(false)
  const issues = cell<StorageIssue[]>([])
  const status = cell<StorageStatus>('ok')
  const durability = cell<StorageState | null>(null)
  const savedSession = cell<unknown>(null)
  /** False until the whole log has been read (see `ensureFullLog`). */
  const logComplete = cell(false)
  /** Until `logComplete`, `log` holds the answers since this instant only (the first screen's window). */
  const logSince = cell(0)
  /** Automatic backups kept on this device, newest first (read when settings open). */
  const backups = cell<AutoBackupInfo[]>([])
  /** Records set aside as unusable, kept and exportable; home tells of them until the learner has looked. */
  const setAsideCount = cell(0)
  /** Writes held only in memory (neither in IndexedDB nor in the journal): a reload would lose them. */
  const unsaved = cell(0)

  let repository: Repository | undefined
  /** This device's id in new entry ids; read from the storage meta, made on first use. */
  let device = newDeviceId()
  let channel: TabChannel | undefined
  /** The built-in deck's fact ids; with the decks' studied facts, the facts whose cards are shown. */
  let builtInFactIds: ReadonlySet<string> = new Set()
  const knownFactIds = () => {
    const known = new Set(builtInFactIds)
    for (const deck of decks.value) for (const id of deck.factIds) known.add(id)
    return known
  }

  /** Splits the cards held into shown and orphaned, after the decks changed (`quietly`: see `EngineCore`). */
  function reconcileDecks(all: MemoryCard[] = [...cards.value.values(), ...orphaned.value], quietly = false) {
    const { active, orphaned: gone } = reconcileWithBank(all, knownFactIds())
    if (quietly) {
      const shown = cards.value
      shown.clear()
      for (const c of active) shown.set(c.factId, c)
    } else cards.value = new Map(active.map((c) => [c.factId, c]))
    // The same cards orphaned as before (each part of a merge reconciles): the list stays, and what shows it (the
    // settings screen) is not drawn again.
    const held = orphaned.value
    if (gone.length !== held.length || gone.some((c, i) => c !== held[i])) orphaned.value = gone
  }

  const repo = () => {
    if (!repository) throw new Error('progress engine used before hydrate()')
    return repository
  }

  /** Union by entry id, in time order: an answer given while a read was under way is never dropped. */
  function mergeLogs(...parts: readonly ReviewLogEntry[][]): ReviewLogEntry[] {
    const unique = new Map<string, ReviewLogEntry>()
    for (const part of parts) for (const e of part) unique.set(e.id, e)
    return [...unique.values()].sort(byId)
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
    let since = clock() - RECENT_LOG_MS
    let changes = localChanges
    let loaded = await repo().load({ logSince: since })
    for (let reread = 0; changes !== localChanges && reread < MAX_REREADS; reread++) {
      await settled()
      since = clock() - RECENT_LOG_MS
      changes = localChanges
      loaded = await repo().load({ logSince: since })
    }
    logSince.value = since
    // Memory holds every deck's cards, keyed by fact id (stored cards also name their deck).
    decks.value = loaded.decks
    reconcileDecks(loaded.cards.map(withoutDeck))
    // Entries older than the window stay as they were read; the recent part is replaced by the fresh read.
    log.value = mergeLogs(log.value.filter((e) => e.reviewedAt < since), loaded.log)
    settings.value = loaded.settings
    meta.value = loaded.meta
    if (loaded.meta.deviceId) device = loaded.meta.deviceId
    readOnly.value = loaded.readOnly
    // Issues are reported by the first load only; keep them for the settings page.
    const seen = new Set(issues.value.map((i) => JSON.stringify(i)))
    issues.value = [...issues.value, ...loaded.issues.filter((i) => !seen.has(JSON.stringify(i)))]
    savedSession.value = loaded.session
    setAsideCount.value = loaded.setAsideCount
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
  /** Answers undone while the whole log is read (in several reads): not brought back by a read that met them. */
  const undoneWhileReading = new Set<string>()
  /** The whole review log, for statistics; read once, in the background, after the first render. */
  function ensureFullLog(): Promise<void> {
    fullLog ??= repo()
      .loadLog()
      .then((all) => {
        log.value = mergeLogs(all.filter((e) => !undoneWhileReading.has(e.id)), log.value)
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
    builtInFactIds = new Set(factIds)
    repository = repo
    unsaved.value = repo.unsaved()
    repo.subscribeUnsaved((count) => (unsaved.value = count))
    repo.subscribe((next) => {
      const recovered = next === 'ok' && status.value !== 'ok'
      status.value = next
      // Storage came back (an old tab let go, space was freed): read what it holds now.
      if (recovered) void reload()
    })
    await reload()
    status.value = readOnly.value ? 'read-only' : repo.status()
    if (!meta.value.deviceId && !readOnly.value) {
      meta.value = { ...meta.value, deviceId: device }
      void write(() => repo.markDevice(device)).catch(() => undefined)
    }
    channel?.close()
    channel = deps.openChannel()
    channel.subscribe((message) => {
      if (message.type === 'session') return
      const all = message.type === 'reset' || message.type === 'import' || message.type === 'merge'
      void (all ? reloadAll() : reload()).then(() => {
        tell(message, true)
      })
    })
  }

  /** This tab's writes under way (`reload` waits for them before it reads again). */
  const writing = new Set<Promise<void>>()
  /** Resolves once the writes under way have settled. */
  const settled = () => Promise.allSettled([...writing])

  /** The last write queued: each write starts once the one before it has settled, so they land in the order given. */
  let lastWrite: Promise<unknown> = Promise.resolve()
  /** The writes queued or under way that give way to any other (a merge's parts). */
  const yielding = new Set<AbortController>()

  /**
   * Runs a write after every write before it (a session saved at the start of a session must never land after
   * that session's first answer). A refused write (read-only, storage failing) shows in `status`; a write
   * refused for what it holds (an answer out of range, a bad backup) does not.
   *
   * A write that `givesWay` hands `action` a signal for its transaction (`Repository.mergeEntries`). Any other write
   * queued while it is queued or under way aborts it: unless its commit is under way, nothing of it is kept and it
   * rejects with `gave-way`, for its caller to queue it again. So the learner's answer waits for no part of a merge.
   */
  async function write<T>(action: (giveWay?: AbortSignal) => Promise<T>, givesWay = false): Promise<T> {
    const own = givesWay ? new AbortController() : undefined
    if (own) yielding.add(own)
    else for (const other of yielding) other.abort()
    const run = () => action(own?.signal)
    const done = lastWrite.then(run, run)
    const finished = done.then(() => undefined, () => undefined)
    lastWrite = finished
    writing.add(finished)
    try {
      return await done
    } catch (error) {
      const code = (error as { code?: string } | null)?.code
      const name = code ?? (error as Error)?.name
      if (code === 'invalid-answer' || code === 'invalid-backup' || code === 'gave-way') throw error
      if (readOnly.value) status.value = 'read-only'
      else if (name === 'QuotaExceededError' || name === 'quota') status.value = 'full'
      else status.value = 'unavailable'
      throw error
    } finally {
      writing.delete(finished)
      if (own) yielding.delete(own)
    }
  }

  /**
   * One answer in one transaction, worked out by `compute` from what is stored (see `Repository.commitAnswer`).
   * Memory takes the result only once it has committed; a refusal leaves memory as it was and rejects.
   */
  async function commitAnswer(deckId: string, factId: string, compute: (basis: AnswerBasis) => AnswerCommit): Promise<AnswerCommit> {
    localChanges++
    const lastEntryId = log.value.length ? log.value[log.value.length - 1]!.id : undefined
    const assumed: AnswerBasis = { card: cards.value.get(factId), lastEntryId }
    // Memory takes the answer inside the write, before the next write starts: a merge queued behind it builds on it.
    const remember = (out: AnswerCommit) => {
      cards.value.set(factId, withoutDeck(out.card))
      touch(cards)
      // Appended in place: copying a log of 100,000 answers on every answer costs more than the answer.
      const at = log.value.length
      if (at === 0 || byId(log.value[at - 1]!, out.entry) < 0) log.value.push(out.entry)
      else log.value = mergeLogs(log.value, [out.entry])
      touch(log)
      savedSession.value = out.session
      return out
    }
    let out: AnswerCommit
    try {
      out = await write(async () => remember(await repo().commitAnswer({ deckId, factId, compute, assumed })))
    } catch (error) {
      // Newer data on this device: the banner already says nothing is saved; study goes on in memory.
      if (!isReadOnlyError(error)) throw error
      out = remember(compute(assumed))
    }
    announce({ type: 'answer', factId, entryId: out.entry.id })
    return out
  }

  /** Puts the card back exactly as it was (or removes it when the fact was new), drops the entry and steps the session back: one transaction. */
  async function undoAnswer(restore: { deckId: string; factId: string; previous: MemoryCard | null; entryId: string; session: unknown }) {
    localChanges++
    const previous = restore.previous ? { ...restore.previous } : null
    // Memory follows inside the write, as for an answer (a refusal for a read-only store still undoes it here).
    const forget = () => {
      // Memory holds cards without their deck (the map they are in implies it), whatever the caller passed.
      if (previous) cards.value.set(restore.factId, withoutDeck(previous))
      else cards.value.delete(restore.factId)
      touch(cards)
      log.value = log.value.filter((e) => e.id !== restore.entryId)
      if (!logComplete.value) undoneWhileReading.add(restore.entryId)
      savedSession.value = restore.session
    }
    await write(() => repo().commitUndo({ ...restore, previous }).then(forget)).catch((error: unknown) => {
      if (!isReadOnlyError(error)) throw error
      forget()
    })
    announce({ type: 'undo', factId: restore.factId, entryId: restore.entryId })
  }

  const changeListeners = new Set<(change: ProgressChange, otherTab: boolean) => void>()
  /** Told of every change to the progress, this tab's and (once read again here) other tabs'. */
  function onChange(listener: (change: ProgressChange, otherTab: boolean) => void) {
    changeListeners.add(listener)
    return () => changeListeners.delete(listener)
  }
  function tell(change: ProgressChange, otherTab = false) {
    for (const listener of changeListeners) listener(change, otherTab)
  }
  /** This tab's change: to the other tabs, and to this tab's listeners. */
  function announce(message: TabMessage) {
    channel?.announce(message)
    tell(message)
  }

  /** A deck as stored, checked (null: no such deck, or it was unreadable and has been set aside). */
  async function readDeck(id: string): Promise<StoredDeck | null> {
    const deck = await repo().readDeck(id)
    if (!deck && decks.value.some((d) => d.id === id)) await reload()
    return deck
  }

  /** Writes a deck (new or changed) in one transaction; the decks, and the cards shown, follow. */
  async function saveDeck(deck: StoredDeck) {
    localChanges++
    await write(() => repo().saveDeck(deck))
    const others = decks.value.filter((d) => d.id !== deck.summary.id)
    decks.value = [...others, deck.summary].sort((a, b) => a.createdAt - b.createdAt)
    reconcileDecks()
    announce({ type: 'decks' })
  }

  async function updateSettings(patch: Partial<Settings>) {
    localChanges++
    settings.value = { ...settings.value, ...patch }
    await write(() => repo().saveSettings({ ...settings.value }))
    announce({ type: 'settings' })
  }

  async function saveSession(value: unknown) {
    localChanges++
    savedSession.value = value
    await write(() => repo().saveSession(value))
  }

  /**
   * The rarely used actions (backups, reset, deck files, set-aside records) load with their first use: the first
   * screen does not carry them (see `rare.ts`).
   */
  const core: EngineCore = {
    repo, write, reloadAll, announce, clock, deps, meta, backups, readOnly, status, cards, orphaned, log, logComplete, ensureFullLog,
    reconcileDecks, tellTabs: (message) => channel?.announce(message), decks, setAsideCount, durability,
    changed: () => localChanges++, refreshDurability: () => refreshDurability(), settled,
  }
  type Rare = typeof import('./rare')
  type Action<K extends keyof Rare> = Rare[K] extends (core: EngineCore, ...args: infer A) => infer R ? (...args: A) => R : never
  const rare = <K extends keyof Rare>(name: K): Action<K> =>
    (async (...args: unknown[]) => ((await import('./rare'))[name] as (...a: unknown[]) => unknown)(core, ...args)) as Action<K>
  const deleteDeck = rare('deleteDeck')
  const importDeck = rare('importDeck')
  const exportBackup = rare('exportBackup')
  const readBackupFile = rare('readBackupFile')
  const applyBackup = rare('applyBackup')
  const resetAll = rare('resetAll')
  const refreshBackups = rare('refreshBackups')
  const readAutoBackup = rare('readAutoBackup')
  const dailyBackup = rare('dailyBackup')
  /** Nothing learned yet, nothing to keep: then no backup code is loaded either (a first visit loads none). */
  const maybeDailyBackup = () =>
    readOnly.value || status.value !== 'ok' || (cards.value.size === 0 && log.value.length === 0 && decks.value.length === 0)
      ? Promise.resolve()
      : dailyBackup()
  const backupBeforeSyncedDeck = rare('backupBeforeSyncedDeck')
  const exportSetAside = rare('exportSetAside')
  const acknowledgeSetAside = rare('acknowledgeSetAside')
  const askPersistence = rare('askPersistence')
  /**
   * Answers from another device (what a sync pull brings), stored with the cards of their facts rebuilt from the
   * merged log, a few facts per transaction, without keeping the learner's answers waiting (see `merge.ts`, loaded
   * with the first pull). Resolves with how many answers were added or removed.
   */
  const mergeRemote = async (incoming: readonly ReviewLogEntry[], schedulerFor: SchedulerFor, removed?: readonly string[], sliceMs?: number) =>
    (await import('./merge')).mergeRemote(core, incoming, schedulerFor, removed, sliceMs)

  async function refreshDurability() {
    durability.value = await deps.durability.state()
  }


  return {
    entryDevice: () => device,
    cards, decks, orphaned, log, settings, meta, readOnly, issues, status, durability, savedSession,
    readDeck, saveDeck, deleteDeck, importDeck, onChange, mergeRemote,
    logComplete, logSince, hydrate, reload, ensureFullLog, commitAnswer, undoAnswer, updateSettings, saveSession, exportBackup, resetAll,
    backups, setAsideCount, unsaved, readBackupFile, applyBackup, refreshBackups, readAutoBackup, maybeDailyBackup, backupBeforeSyncedDeck, exportSetAside,
    acknowledgeSetAside,
    askPersistence, refreshDurability,
  }
}
