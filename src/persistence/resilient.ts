/**
 * Keeps the app working when IndexedDB does not: unavailable (private mode, disabled), blocked by an
 * old tab, or full. Every write also goes to an in-memory twin, writes the database refused wait in
 * a queue and are retried with backoff, and a status tells the app which banner to show.
 *
 * Each queued write is also kept in a journal outside IndexedDB (`journal.ts`, localStorage in the
 * app), so a reload does not lose it: the next start replays the journal into the database before it
 * reads. A write the journal cannot keep either is counted by `unsaved()`, for the app to tell the learner.
 */
import { cardKey, PROGRESS_SCHEMA_VERSION, type ImportMode, type ProgressSnapshot, type Settings, type StorageMeta, type StoredCard } from '@/domain/progress/types'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import { isStorageError, StorageError } from './errors'
import { JOURNAL_PREFIX, type Journal, type JournalKind } from './journal'
import { KEYS, STORES } from './keys'
import { createMemoryRepository, emptyData } from './memory'
import { toPlain } from './plain'
import type { AnswerCommit, AnswerInput, LoadOptions, LoadResult, Repository, SetAsideInput, UndoInput } from './repository'

export type StorageStatus = 'ok' | 'unavailable' | 'blocked' | 'full' | 'read-only'

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface ResilientOptions {
  /** Makes the real repository; it must call `onBlocked` when its open is blocked. */
  open: (hooks: { onBlocked: () => void }) => Repository
  fallback?: () => Repository
  timers?: Timers
  /** First retry after `initialMs`, doubling up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number }
  /**
   * Where queued writes are also kept, outside IndexedDB, until the database takes them. Without one,
   * every queued write lives in memory only and counts in `unsaved()`.
   */
  journal?: Journal
}

export interface ResilientRepository extends Repository {
  status(): StorageStatus
  /** Called on every change of status. Returns an unsubscribe. */
  subscribe(listener: (status: StorageStatus) => void): () => void
  /** Writes kept in memory, not yet in the database (journaled or not). */
  pendingWrites(): number
  /**
   * Writes held only in memory: neither in the database nor in the journal (it is full, missing, or at its
   * bound). A reload would lose them; the learner should be told at once and offered an export.
   */
  unsaved(): number
  /** Called on every change of `unsaved()`. Returns an unsubscribe. */
  subscribeUnsaved(listener: (count: number) => void): () => void
  /** Retries queued writes now (e.g. after the learner freed space). */
  retryNow(): Promise<void>
}

/** An answer as it was committed in memory: replayed exactly, not worked out again. */
interface AnsweredPayload {
  deckId: string
  factId: string
  card: MemoryCard
  entry: ReviewLogEntry
  /** The session after the answer; absent: leave the stored one. */
  session?: unknown
}

/** A write as plain data: what is queued, journaled and replayed. */
type Op =
  | { kind: 'answer'; payload: AnsweredPayload }
  | { kind: 'undo'; payload: UndoInput }
  | { kind: 'settings'; payload: Settings }
  | { kind: 'session'; payload: unknown }
  | { kind: 'import'; payload: { snapshot: ProgressSnapshot; mode: ImportMode } }
  | { kind: 'reset'; payload: null }
  | { kind: 'backup'; payload: number }
  | { kind: 'persisted'; payload: boolean }
  | { kind: 'device'; payload: string }
  | { kind: 'aside-seen'; payload: number }
  | { kind: 'aside'; payload: SetAsideInput }

// Every kind of write is one the journal knows, and the other way round.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const kindsMatch: Same<Op['kind'], JournalKind> = true
void kindsMatch

interface Pending {
  op: Op
  seq: number
  /** Its key in the journal; null while it is held only in memory. */
  key: string | null
  /** Its journal record sets the session. */
  journaledSession?: boolean
  /** Needs no journal record: a later journaled write sets the session it set, and it set nothing else. */
  superseded?: boolean
}

/** Whether a write sets (or clears) the unfinished session. */
const setsSession = (op: Op): boolean =>
  op.kind === 'session' || ((op.kind === 'answer' || op.kind === 'undo') && (op.payload as { session?: unknown }).session !== undefined)

/** The write without its session step, for a journal record whose session a later one replaces. */
function withoutSession(op: Op): Op | null {
  if (op.kind === 'session') return null
  const { session: _superseded, ...rest } = op.payload as { session?: unknown }
  return { ...op, payload: rest } as Op
}

const BLOCKED = Symbol('blocked')
const NO_BASIS = { card: undefined, lastEntryId: undefined }

/** Errors of the storage itself; anything else (a bad key, an invalid backup) is the caller's and is rethrown. */
const STORAGE_FAILURES = new Set([
  'QuotaExceededError', 'UnknownError', 'InvalidStateError', 'AbortError', 'TransactionInactiveError',
  'NotFoundError', 'VersionError', 'TimeoutError',
])

export function isStorageFailure(error: unknown): boolean {
  if (isStorageError(error)) return error.code === 'unavailable' || error.code === 'read-only'
  return STORAGE_FAILURES.has((error as { name?: string } | null)?.name ?? '')
}

export function statusOf(error: unknown): Exclude<StorageStatus, 'ok' | 'blocked'> {
  if (isStorageError(error, 'read-only')) return 'read-only'
  if ((error as { name?: unknown } | null)?.name === 'QuotaExceededError') return 'full'
  return 'unavailable'
}

const readOnlyError = () =>
  new StorageError('read-only', 'stored progress was written by a newer version of the app; nothing is saved')

/**
 * Errors that say a waiting write itself cannot be stored (a damaged or foreign journal record): it is set
 * aside rather than retried forever. Anything else is a failure of the storage, or of this code, and waits.
 */
function isRefusedRecord(error: unknown): boolean {
  if (isStorageError(error)) return error.code === 'invalid-answer' || error.code === 'invalid-backup'
  const name = (error as { name?: unknown } | null)?.name
  return name === 'TypeError' || name === 'DataError' || name === 'DataCloneError'
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/** Whether the log holds this entry: read from the entry's own key on (ids start with their time). */
async function holdsEntry(repository: Repository, entryId: string): Promise<boolean> {
  const prefix = /^(\d{1,15})-/.exec(entryId)?.[1]
  const since = prefix !== undefined && String(Number(prefix)) === prefix ? Number(prefix) : undefined
  return (await repository.loadLog(since)).some((e) => e.id === entryId)
}

/**
 * Performs one write on a repository. `replay` makes answers and undos idempotent, for writes that may
 * already have reached the database (a journal replayed twice, another tab replaying the same journal):
 * an answer whose entry is stored is skipped, and so is an undo whose entry is gone.
 */
async function apply(op: Op, repository: Repository, replay: boolean): Promise<void> {
  switch (op.kind) {
    case 'answer': {
      const { deckId, factId, card, entry, session } = op.payload
      if (replay && (await holdsEntry(repository, entry.id))) return
      await repository.commitAnswer({ deckId, factId, compute: () => ({ card, entry, session }), assumed: NO_BASIS })
      return
    }
    case 'undo':
      if (replay && !(await holdsEntry(repository, op.payload.entryId))) return
      return repository.commitUndo(op.payload)
    case 'settings':
      return repository.saveSettings(op.payload)
    case 'session':
      return repository.saveSession(op.payload)
    case 'import':
      return repository.importSnapshot(op.payload.snapshot, op.payload.mode)
    case 'reset':
      return repository.reset()
    case 'backup':
      return repository.markBackup(op.payload)
    case 'persisted':
      return repository.markPersisted(op.payload)
    case 'device':
      return repository.markDevice(op.payload)
    case 'aside-seen':
      return repository.markSetAsideSeen(op.payload)
    case 'aside':
      return repository.setAside(op.payload)
    default:
      throw new TypeError(`unknown write ${String((op as { kind?: unknown }).kind)}`)
  }
}

interface Seed {
  cards?: StoredCard[]
  log?: ReviewLogEntry[]
  settings?: Settings
  session?: unknown
  meta?: StorageMeta
}

/** An in-memory repository holding `seed` with the queued writes applied: what the database will hold once they land. */
async function overlay(seed: Seed, queued: readonly Pending[]): Promise<Repository> {
  const data = emptyData()
  const kv = data.get(STORES.kv)!
  kv.set(KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION)
  if (seed.settings !== undefined) kv.set(KEYS.settings, seed.settings)
  if (seed.session !== undefined && seed.session !== null) kv.set(KEYS.session, seed.session)
  if (seed.meta !== undefined) kv.set(KEYS.meta, seed.meta)
  for (const card of seed.cards ?? []) data.get(STORES.cards)!.set(cardKey(card.deckId, card.factId), card)
  for (const entry of seed.log ?? []) data.get(STORES.log)!.set(entry.id, entry)
  const view = createMemoryRepository({ data, autoBackups: false })
  for (const { op } of queued) await apply(op, view, false).catch(() => undefined)
  return view
}

export function createResilientRepository(options: ResilientOptions): ResilientRepository {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
  const backoff = options.backoff ?? { initialMs: 1_000, maxMs: 60_000 }
  const journal = options.journal
  const memory = (options.fallback ?? (() => createMemoryRepository({ autoBackups: false })))()
  const listeners = new Set<(status: StorageStatus) => void>()
  const unsavedListeners = new Set<(count: number) => void>()
  const queue: Pending[] = []
  let status: StorageStatus = 'ok'
  let unsavedCount = 0
  let localSeq = 0
  let adopting: Promise<void> | undefined
  let primaryUsable = false
  let attempt = 0
  let timer: unknown
  let flushing: Promise<void> | undefined
  let rejectBlockedLoad: ((reason: unknown) => void) | undefined

  const primary = options.open({
    onBlocked: () => {
      setStatus('blocked')
      rejectBlockedLoad?.(BLOCKED)
    },
  })

  function setStatus(next: StorageStatus): void {
    if (next === status) return
    status = next
    for (const listener of listeners) listener(next)
  }

  function noteUnsaved(): void {
    let count = 0
    for (const item of queue) if (item.key === null && !item.superseded) count++
    if (count === unsavedCount) return
    unsavedCount = count
    for (const listener of unsavedListeners) listener(count)
  }

  function keep(item: Pending): void {
    if (item.key !== null || item.superseded || !journal) return
    let op = item.op
    const replaced = setsSession(op) && queue.slice(queue.indexOf(item) + 1).some((later) => later.journaledSession)
    if (replaced) {
      // A later record already sets the session: this one is kept without it.
      const smaller = withoutSession(op)
      if (smaller === null) {
        item.superseded = true
        return
      }
      op = smaller
    }
    item.key = journal.keep({ seq: item.seq, kind: op.kind, payload: op.payload })
    if (item.key === null || replaced || !setsSession(op)) return
    item.journaledSession = true
    // Only the last session matters on replay: earlier records lose theirs (a session is a few kilobytes,
    // most of an answer's record), so the journal holds about three times as many answers.
    for (const earlier of queue) {
      if (earlier === item) break
      if (earlier.key === null && earlier.op.kind === 'session') earlier.superseded = true // held only in memory, needed no more
      if (!earlier.journaledSession || earlier.key === null) continue
      const smaller = withoutSession(earlier.op)
      if (smaller === null) {
        journal.drop(earlier.key)
        earlier.key = null
        earlier.superseded = true
      } else if (journal.replace(earlier.key, { seq: earlier.seq, kind: smaller.kind, payload: smaller.payload })) {
        earlier.journaledSession = false
      }
    }
  }

  function enqueue(op: Op): void {
    const item: Pending = { op, seq: journal ? journal.nextSeq() : ++localSeq, key: null }
    queue.push(item)
    keep(item)
    noteUnsaved()
  }

  /** Newer data must not be written over: the queue is dropped (memory keeps the writes, the journal too). */
  function dropQueue(): void {
    queue.length = 0
    noteUnsaved()
  }

  function schedule(): void {
    if (timer !== undefined || status === 'read-only' || status === 'blocked') return
    const delay = Math.min(backoff.initialMs * 2 ** attempt, backoff.maxMs)
    attempt++
    timer = timers.setTimeout(() => {
      timer = undefined
      void flush()
    }, delay)
  }

  function fail(error: unknown): void {
    const next = statusOf(error)
    setStatus(next)
    if (next === 'read-only') dropQueue()
    else schedule()
  }

  async function drain(): Promise<void> {
    // Writes the journal could not keep before may fit now (the learner freed space, older records left it).
    for (const item of queue) keep(item)
    noteUnsaved()
    if (!primaryUsable) {
      // A small read that opens (and migrates) the database.
      await primary.listSetAside()
      primaryUsable = true
    }
    while (queue.length > 0) {
      const item = queue[0]!
      try {
        await apply(item.op, primary, true)
      } catch (error) {
        if (!isRefusedRecord(error)) throw error
        // A record the database refuses for what it is (e.g. a damaged journal): kept aside, not retried forever.
        await primary.setAside({
          origin: 'other',
          key: item.key ?? `${JOURNAL_PREFIX}${item.seq}`,
          reason: `a waiting write was refused: ${describe(error)}`,
          value: toPlain(item.op),
        })
      }
      queue.shift()
      if (item.key !== null) journal?.drop(item.key)
      noteUnsaved()
    }
    attempt = 0
    setStatus('ok')
  }

  function flush(): Promise<void> {
    if (timer !== undefined) timers.clearTimeout(timer)
    timer = undefined
    flushing ??= drain()
      .catch(fail)
      .finally(() => (flushing = undefined))
    return flushing
  }

  /**
   * Takes over the records an earlier page left in the journal (once, at the first load): into the twin,
   * so the session sees them whatever the database does, and to the front of the queue.
   */
  function adopt(): Promise<void> {
    adopting ??= takeOver()
    return adopting
  }

  async function takeOver(): Promise<void> {
    if (!journal) return
    const { records, unreadable } = journal.read()
    const queued = new Set(queue.map((item) => item.key))
    const found: Pending[] = []
    const aside = (key: string, reason: string, value: unknown): Op => ({ kind: 'aside', payload: { origin: 'other', key, reason, value } })
    for (const { key, raw, reason } of unreadable) {
      if (!queued.has(key)) found.push({ op: aside(key, `unreadable journal record: ${reason}`, raw), seq: 0, key })
    }
    for (const { key, record } of records) {
      if (queued.has(key)) continue
      const op = { kind: record.kind, payload: record.payload } as Op
      try {
        await apply(op, memory, false)
      } catch (error) {
        if (isRefusedRecord(error)) {
          found.push({ op: aside(key, `journal record refused: ${describe(error)}`, record), seq: record.seq, key })
          continue
        }
      }
      found.push({ op, seq: record.seq, key, journaledSession: setsSession(op) })
    }
    queue.unshift(...found)
    noteUnsaved()
  }

  async function perform(op: Op): Promise<void> {
    if (status === 'read-only') throw readOnlyError()
    // The twin never fails for storage reasons: an error here is bad input, refused before anything is queued.
    await apply(op, memory, false)
    if (status === 'ok' && queue.length === 0) {
      try {
        await apply(op, primary, false)
        return
      } catch (error) {
        if (!isStorageFailure(error)) throw error
        if (statusOf(error) === 'read-only') {
          setStatus('read-only')
          throw error
        }
        enqueue(op)
        fail(error)
        return
      }
    }
    enqueue(op)
    schedule()
  }

  /**
   * An answer is worked out against what the database holds when it can be written now; when it must wait
   * (storage full or unavailable), against what the caller holds, and that exact result is queued and
   * journaled. Either way it resolves with what was written: the card as stored (with its deck), the entry,
   * the session as JSON.
   */
  async function commitAnswer(input: AnswerInput): Promise<AnswerCommit> {
    if (status === 'read-only') throw readOnlyError()
    const exactly = (out: AnswerCommit): AnswerInput => ({ ...input, compute: () => out })
    let failure: unknown
    if (status === 'ok' && queue.length === 0) {
      try {
        const out = await primary.commitAnswer(input)
        await memory.commitAnswer(exactly(out)).catch(() => undefined)
        return out
      } catch (error) {
        if (!isStorageFailure(error)) throw error
        if (statusOf(error) === 'read-only') {
          setStatus('read-only')
          throw error
        }
        failure = error
      }
    }
    const written = await memory.commitAnswer(exactly(input.compute(input.assumed)))
    const payload: AnsweredPayload = { deckId: input.deckId, factId: input.factId, card: written.card, entry: written.entry }
    if (written.session !== undefined) payload.session = written.session
    enqueue({ kind: 'answer', payload })
    if (failure !== undefined) fail(failure)
    else schedule()
    return written
  }

  /** Reads come from the database once it works, with queued writes folded in. */
  const reader = (): Repository => (primaryUsable && (status === 'ok' || status === 'full' || status === 'read-only') ? primary : memory)

  async function withQueued(result: LoadResult, loadOptions: LoadOptions | undefined): Promise<LoadResult> {
    const view = await overlay(result, queue)
    const folded = await view.load(loadOptions)
    return { ...result, cards: folded.cards, log: folded.log, settings: folded.settings, session: folded.session, meta: folded.meta }
  }

  async function load(loadOptions?: LoadOptions): Promise<LoadResult> {
    const starting = adopting === undefined
    await adopt()
    const attemptLoad = (async () => {
      // What an earlier page left in the journal goes in first, in order, so that this read includes it.
      if (starting && queue.length > 0) await flush()
      return primary.load(loadOptions)
    })()
    const blocked = new Promise<never>((_, reject) => (rejectBlockedLoad = reject))
    blocked.catch(() => undefined)
    try {
      const result = await Promise.race([attemptLoad, blocked])
      primaryUsable = true
      if (result.readOnly) {
        // Newer data: shown as it is; nothing of this build's queue or journal goes into it.
        setStatus('read-only')
        dropQueue()
        return result
      }
      if (queue.length === 0) {
        setStatus('ok')
        return result
      }
      return await withQueued(result, loadOptions)
    } catch (error) {
      if (error === BLOCKED) {
        // When the old tab lets go, the open completes: flush what was done meanwhile.
        attemptLoad.then(() => {
          primaryUsable = true
          return flush()
        }, fail)
      } else {
        fail(error)
      }
      return { ...(await memory.load(loadOptions)), readOnly: false }
    } finally {
      rejectBlockedLoad = undefined
    }
  }

  const setAsideOp = (record: SetAsideInput): Op => ({ kind: 'aside', payload: toPlain(record) })

  return {
    load,
    async loadLog(since) {
      const source = reader()
      const stored = await source.loadLog(since)
      if (source === memory || queue.length === 0) return stored
      return (await overlay({ log: stored }, queue)).loadLog(since)
    },
    commitAnswer,
    commitUndo: (input) => perform({ kind: 'undo', payload: toPlain(input) }),
    saveSettings: (settings) => perform({ kind: 'settings', payload: toPlain(settings) }),
    saveSession: (value) => perform({ kind: 'session', payload: value === undefined ? null : toPlain(value) }),
    async exportSnapshot(now) {
      const source = reader()
      const stored = await source.exportSnapshot(now)
      if (source === memory || queue.length === 0) return stored
      return (await overlay(stored, queue)).exportSnapshot(now)
    },
    // Not copied here: the repository copies it, and a backup can hold 100,000 entries.
    importSnapshot: (snapshot, mode) => perform({ kind: 'import', payload: { snapshot, mode } }),
    reset: () => perform({ kind: 'reset', payload: null }),
    markBackup: (now) => perform({ kind: 'backup', payload: now }),
    markPersisted: (persisted) => perform({ kind: 'persisted', payload: persisted }),
    markDevice: (deviceId) => perform({ kind: 'device', payload: deviceId }),
    markSetAsideSeen: (count) => perform({ kind: 'aside-seen', payload: count }),
    setAside: (record) => perform(setAsideOp(record)),
    listSetAside: () => reader().listSetAside(),
    // A deck is written where it is read, not journaled: it can be hundreds of kilobytes, too much for the
    // journal. When the database refuses it, the learner is told at once (the deck is still on screen).
    readDeck: (id) => reader().readDeck(id),
    saveDeck: (deck) => reader().saveDeck(deck),
    deleteDeck: (id) => reader().deleteDeck(id),
    importDeck: (file) => reader().importDeck(file),
    mergeEntries: (input, giveWay) => reader().mergeEntries(input, giveWay),
    // Automatic backups live only in the database: the in-memory twin keeps none.
    takeBackup: (reason, now) => (primaryUsable && status !== 'unavailable' ? primary.takeBackup(reason, now) : Promise.resolve(null)),
    listBackups: () => (primaryUsable ? primary.listBackups() : Promise.resolve([])),
    readBackup: (id) => primary.readBackup(id),
    close() {
      if (timer !== undefined) timers.clearTimeout(timer)
      primary.close()
      memory.close()
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    pendingWrites: () => queue.length,
    unsaved: () => unsavedCount,
    subscribeUnsaved(listener) {
      unsavedListeners.add(listener)
      return () => unsavedListeners.delete(listener)
    },
    retryNow: flush,
  }
}
