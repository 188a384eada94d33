/**
 * The one module that opens IndexedDB. idb-keyval supplies the request plumbing; the UseStore here
 * opens a transaction over several object stores, so a card and its log entry commit together.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval'
import { gaveWay, type Backend, type Key, type Tx } from './backend'
import { StorageError } from './errors'
import { ALL_STORES, DB_NAME, DB_VERSION, type StoreName } from './keys'

export interface IdbBackendOptions {
  /** Another IDBFactory, e.g. a fresh fake-indexeddb one per test. Defaults to the global one. */
  indexedDB?: IDBFactory
  name?: string
  /** Another connection (an old tab) holds the database at an older version and has not let go. */
  onBlocked?: () => void
}

export interface IdbBackend extends Backend {
  /** True when the database was made by a newer build (higher IndexedDB version): read only. */
  isNewerLayout(): Promise<boolean>
}

interface Opened {
  db: IDBDatabase
  newer: boolean
}

export function createIdbBackend(options: IdbBackendOptions = {}): IdbBackend {
  const name = options.name ?? DB_NAME
  let opened: Promise<Opened> | undefined

  async function open(): Promise<Opened> {
    const factory = options.indexedDB ?? globalThis.indexedDB
    if (!factory) throw new StorageError('unavailable', 'IndexedDB is not available in this browser')
    let newer = false
    let db: IDBDatabase
    try {
      const request = factory.open(name, DB_VERSION)
      // Runs for a new database and for the skeleton's version 1 (only `kv`): stores are only added.
      request.onupgradeneeded = () => {
        for (const store of ALL_STORES) {
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store)
        }
      }
      request.onblocked = () => options.onBlocked?.()
      db = await promisifyRequest(request)
    } catch (error) {
      if ((error as DOMException | null)?.name !== 'VersionError') throw error
      // A newer build upgraded the database; open it as it is, to read without writing.
      newer = true
      db = await promisifyRequest(factory.open(name))
    }
    // A newer build in another tab wants to upgrade: let it, and reopen on next use.
    db.onversionchange = () => {
      db.close()
      opened = undefined
    }
    db.onclose = () => (opened = undefined)
    return { db, newer }
  }

  const getDb = (): Promise<Opened> => {
    if (!opened) {
      opened = open()
      opened.catch(() => (opened = undefined))
    }
    return opened
  }

  const useStores =
    (stores: readonly StoreName[]): UseStore =>
    (mode, callback) =>
      getDb().then(({ db }) => {
        const present = stores.filter((s) => db.objectStoreNames.contains(s))
        if (present.length === 0) throw new StorageError('unavailable', `no object store among ${stores.join(', ')}`)
        return callback(db.transaction(present, mode).objectStore(present[0]!))
      })

  const range = (from: Key | undefined) => (from === undefined ? undefined : IDBKeyRange.lowerBound(from))

  function wrap(transaction: IDBTransaction): Tx {
    const has = (store: StoreName) => transaction.objectStoreNames.contains(store)
    const os = (store: StoreName) => transaction.objectStore(store)
    return {
      get: (store, key) => (has(store) ? promisifyRequest(os(store).get(key)) : Promise.resolve(undefined)),
      getAll: (store, from, count) => (has(store) ? promisifyRequest(os(store).getAll(range(from), count)) : Promise.resolve([])),
      getAllKeys: (store, from, count) =>
        has(store) ? promisifyRequest(os(store).getAllKeys(range(from), count)).then((keys) => keys as Key[]) : Promise.resolve([]),
      put: (store, key, value) => void os(store).put(value, key),
      delete: (store, key) => void os(store).delete(key),
      clear: (store) => void os(store).clear(),
    }
  }

  return {
    run(mode, stores, work, giveWay) {
      return useStores(stores)(mode, async (first) => {
        const transaction = first.transaction
        const committed = promisifyRequest(transaction)
        committed.catch(() => undefined)
        // Giving way aborts the transaction, unless its commit is under way (abort then throws, and it stands).
        let stopped = false
        const stop = () => {
          try {
            transaction.abort()
            stopped = true
          } catch {
            // Committing or done.
          }
        }
        if (giveWay?.aborted) stop()
        else giveWay?.addEventListener('abort', stop)
        try {
          let result
          try {
            result = await work(wrap(transaction))
          } catch (error) {
            try {
              transaction.abort()
            } catch {
              // Already aborted by the failed request.
            }
            // The transaction's own error (QuotaExceededError…) says more than the AbortError a pending get got.
            throw await committed.then(
              () => error,
              (txError: unknown) => txError ?? error,
            )
          }
          await committed
          return result
        } catch (error) {
          throw stopped ? gaveWay() : error
        }
      })
    },
    async isNewerLayout() {
      return (await getDb()).newer
    },
    close() {
      opened?.then(({ db }) => db.close()).catch(() => undefined)
      opened = undefined
    },
  }
}
