/**
 * The few operations the repository needs from a database, as one transaction over several stores.
 * Two implementations: IndexedDB (through idb-keyval) and a Map-based twin with the same
 * all-or-nothing semantics, so one repository and one contract suite serve both.
 */
import { StorageError } from './errors'
import type { StoreName } from './keys'

export type Key = string

export interface Tx {
  get(store: StoreName, key: Key): Promise<unknown>
  /** Values in key order, from `from` (inclusive) when given, at most `count` when given. */
  getAll(store: StoreName, from?: Key, count?: number): Promise<unknown[]>
  getAllKeys(store: StoreName, from?: Key, count?: number): Promise<Key[]>
  /** Queued in the transaction; a failure aborts the whole transaction. */
  put(store: StoreName, key: Key, value: unknown): void
  delete(store: StoreName, key: Key): void
  clear(store: StoreName): void
}

export interface Backend {
  /**
   * Runs `work` in one transaction and resolves once it has committed. If `work` throws or a request
   * fails, nothing of it is kept. `work` must await only the transaction's own requests.
   *
   * With `giveWay`: when it aborts before the transaction has committed, the transaction is aborted, nothing of
   * it is kept, and the run rejects with a `gave-way` StorageError. Aborted once the commit is under way, it
   * changes nothing: the run resolves as usual.
   */
  run<T>(mode: IDBTransactionMode, stores: readonly StoreName[], work: (tx: Tx) => Promise<T>, giveWay?: AbortSignal): Promise<T>
  close(): void
}

/** The rejection of a run that gave way (see `Backend.run`). */
export const gaveWay = () => new StorageError('gave-way', 'gave way, nothing written')
