/**
 * Whether the browser may evict our data (Safari clears site data after 7 days unused unless the
 * app is installed or storage is persistent), and a one-time request that it does not.
 */
export type Persisted = boolean | 'unsupported'

export interface StorageState {
  persisted: Persisted
  /** Bytes used by this origin, when the browser tells. */
  usage?: number
  quota?: number
}

type Storage = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>

const requested = new WeakMap<object, Promise<Persisted>>()

const defaultStorage = (): Partial<Storage> | undefined => globalThis.navigator?.storage

/** Asks once per page; later calls return the first answer. Never rejects. */
export function requestPersistence(storage: Partial<Storage> | undefined = defaultStorage()): Promise<Persisted> {
  if (!storage?.persist) return Promise.resolve('unsupported')
  let answer = requested.get(storage)
  if (!answer) {
    answer = storage.persist.call(storage).catch(() => false)
    requested.set(storage, answer)
  }
  return answer
}

export async function storageState(storage: Partial<Storage> | undefined = defaultStorage()): Promise<StorageState> {
  const persisted: Persisted = storage?.persisted ? await storage.persisted.call(storage).catch(() => false) : 'unsupported'
  const estimate = storage?.estimate ? await storage.estimate.call(storage).catch(() => undefined) : undefined
  const state: StorageState = { persisted }
  if (estimate?.usage !== undefined) state.usage = estimate.usage
  if (estimate?.quota !== undefined) state.quota = estimate.quota
  return state
}
