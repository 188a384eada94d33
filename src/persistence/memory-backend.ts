import { gaveWay, type Backend, type Key, type Tx } from './backend'
import { ALL_STORES, type StoreName } from './keys'

type Data = Map<StoreName, Map<Key, unknown>>

export interface MemoryBackend extends Backend {
  /** The committed data, shared between backends made with the same `data` (two tabs, one disk). */
  readonly data: Data
}

export function emptyData(): Data {
  return new Map(ALL_STORES.map((name) => [name, new Map<Key, unknown>()]))
}

function checkKey(key: unknown): Key {
  if (typeof key !== 'string') throw new DOMException('The key is not a valid key', 'DataError')
  return key
}

/**
 * Writes are journaled and applied only when `work` resolves, values are structured-cloned on the
 * way in and out like IndexedDB does, and read-write transactions run one at a time.
 */
export function createMemoryBackend(data: Data = emptyData()): MemoryBackend {
  let queue: Promise<unknown> = Promise.resolve()
  const store = (name: StoreName) => data.get(name) ?? data.set(name, new Map()).get(name)!

  async function transact<T>(mode: IDBTransactionMode, work: (tx: Tx) => Promise<T>, giveWay?: AbortSignal): Promise<T> {
    const journal = new Map<StoreName, Map<Key, { value: unknown } | 'deleted'>>()
    const cleared = new Set<StoreName>()
    const pending = (name: StoreName) => journal.get(name) ?? journal.set(name, new Map()).get(name)!
    const writable = () => {
      if (mode !== 'readwrite') throw new DOMException('The transaction is read-only.', 'ReadOnlyError')
    }
    const view = (name: StoreName): Map<Key, unknown> => {
      const merged = new Map(cleared.has(name) ? [] : store(name))
      for (const [key, op] of pending(name)) {
        if (op === 'deleted') merged.delete(key)
        else merged.set(key, op.value)
      }
      return merged
    }
    const tx: Tx = {
      async get(name, key) {
        const op = pending(name).get(checkKey(key))
        if (op !== undefined) return op === 'deleted' ? undefined : structuredClone(op.value)
        return cleared.has(name) ? undefined : structuredClone(store(name).get(key))
      },
      async getAll(name, from, count) {
        return [...view(name)]
          .filter(([key]) => from === undefined || key >= from)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .slice(0, count)
          .map(([, value]) => structuredClone(value))
      },
      async getAllKeys(name, from, count) {
        return [...view(name).keys()].filter((key) => from === undefined || key >= from).sort().slice(0, count)
      },
      put(name, key, value) {
        writable()
        pending(name).set(checkKey(key), { value: structuredClone(value) })
      },
      delete(name, key) {
        writable()
        pending(name).set(checkKey(key), 'deleted')
      },
      clear(name) {
        writable()
        cleared.add(name)
        pending(name).clear()
      },
    }
    const result = await work(tx)
    // Given way before the commit: nothing of it is kept.
    if (giveWay?.aborted) throw gaveWay()
    for (const name of cleared) store(name).clear()
    for (const [name, ops] of journal) {
      for (const [key, op] of ops) {
        if (op === 'deleted') store(name).delete(key)
        else store(name).set(key, op.value)
      }
    }
    return result
  }

  return {
    data,
    run(mode, _stores, work, giveWay) {
      if (mode === 'readonly') return transact(mode, work, giveWay)
      const next = queue.then(() => transact(mode, work, giveWay))
      queue = next.catch(() => undefined)
      return next
    },
    close() {},
  }
}
