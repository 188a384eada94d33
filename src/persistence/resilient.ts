/**
 * Keeps the app working when IndexedDB does not: unavailable (private mode, disabled), blocked by an
 * old tab, or full. Every write also goes to an in-memory twin, writes the database refused wait in
 * a queue and are retried with backoff, and a status tells the app which banner to show.
 */
import { mergeProgress } from '@/domain/progress/merge'
import type { BackupFile } from '@/domain/progress/types'
import { isStorageError, StorageError } from './errors'
import { createMemoryRepository } from './memory'
import type { AnswerCommit, AnswerInput, LoadOptions, LoadResult, Repository } from './repository'

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
}

export interface ResilientRepository extends Repository {
  status(): StorageStatus
  /** Called on every change of status. Returns an unsubscribe. */
  subscribe(listener: (status: StorageStatus) => void): () => void
  /** Writes kept in memory, not yet in the database. */
  pendingWrites(): number
  /** Retries queued writes now (e.g. after the learner freed space). */
  retryNow(): Promise<void>
}

type Write = (repository: Repository) => Promise<void>

const BLOCKED = Symbol('blocked')

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

export function createResilientRepository(options: ResilientOptions): ResilientRepository {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
  const backoff = options.backoff ?? { initialMs: 1_000, maxMs: 60_000 }
  const memory = (options.fallback ?? createMemoryRepository)()
  const listeners = new Set<(status: StorageStatus) => void>()
  const queue: Write[] = []
  let status: StorageStatus = 'ok'
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
    if (next === 'read-only') queue.length = 0 // the newer data must not be written over; memory keeps them
    else schedule()
  }

  async function drain(): Promise<void> {
    if (!primaryUsable) {
      // A small read that opens (and migrates) the database.
      await primary.listSetAside()
      primaryUsable = true
    }
    while (queue.length > 0) {
      await queue[0]!(primary)
      queue.shift()
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

  async function perform(write: Write): Promise<void> {
    if (status === 'read-only') {
      throw new StorageError('read-only', 'stored progress was written by a newer version of the app; nothing is saved')
    }
    // The twin never fails for storage reasons: an error here is bad input, refused before anything is queued.
    await write(memory)
    if (status === 'ok' && queue.length === 0) {
      try {
        await write(primary)
        return
      } catch (error) {
        if (!isStorageFailure(error)) throw error
        if (statusOf(error) === 'read-only') {
          setStatus('read-only')
          throw error
        }
        queue.push(write)
        fail(error)
        return
      }
    }
    queue.push(write)
    schedule()
  }

  /**
   * An answer is worked out against what the database holds when it can be written now; when it must wait
   * (storage full or unavailable), against what the caller holds, and that exact result is queued.
   */
  async function commitAnswer(input: AnswerInput): Promise<AnswerCommit> {
    if (status === 'read-only') {
      throw new StorageError('read-only', 'stored progress was written by a newer version of the app; nothing is saved')
    }
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
    const out = input.compute(input.assumed)
    await memory.commitAnswer(exactly(out))
    queue.push(async (r) => {
      await r.commitAnswer(exactly(out))
    })
    if (failure !== undefined) fail(failure)
    else schedule()
    return out
  }

  /** Reads come from the database once it works, with queued answers folded in. */
  const reader = (): Repository => (primaryUsable && (status === 'ok' || status === 'full' || status === 'read-only') ? primary : memory)

  async function load(loadOptions?: LoadOptions): Promise<LoadResult> {
    const attemptLoad = primary.load(loadOptions)
    const blocked = new Promise<never>((_, reject) => (rejectBlockedLoad = reject))
    blocked.catch(() => undefined)
    try {
      const result = await Promise.race([attemptLoad, blocked])
      primaryUsable = true
      setStatus(result.readOnly ? 'read-only' : queue.length > 0 ? status : 'ok')
      return result
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

  return {
    load,
    async loadLog(since) {
      return reader().loadLog(since)
    },
    commitAnswer,
    commitUndo: (input) => perform((r) => r.commitUndo(input)),
    saveSettings: (settings) => perform((r) => r.saveSettings(settings)),
    saveSession: (value) => perform((r) => r.saveSession(value)),
    async exportSnapshot(now) {
      const source = reader()
      const stored = await source.exportSnapshot(now)
      if (source === memory || queue.length === 0) return stored
      const pending = await memory.exportSnapshot(now)
      const merged = mergeProgress(stored, pending, 'merge')
      return { ...stored, cards: merged.cards, log: merged.log } satisfies BackupFile
    },
    importSnapshot: (snapshot, mode) => perform((r) => r.importSnapshot(snapshot, mode)),
    reset: () => perform((r) => r.reset()),
    markBackup: (now) => perform((r) => r.markBackup(now)),
    markPersisted: (persisted) => perform((r) => r.markPersisted(persisted)),
    markDevice: (deviceId) => perform((r) => r.markDevice(deviceId)),
    setAside: (record) => perform((r) => r.setAside(record)),
    listSetAside: () => reader().listSetAside(),
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
    retryNow: flush,
  }
}
