import 'fake-indexeddb/auto'
import type { Backend } from '@/persistence/backend'
import { createIdbBackend } from '@/persistence/idb-backend'
import { createIdbRepository } from '@/persistence/idb'
import { KEYS, STORES, type StoreName } from '@/persistence/keys'
import { createMemoryBackend, emptyData } from '@/persistence/memory-backend'
import { createMemoryRepository } from '@/persistence/memory'
import type { Repository } from '@/persistence/repository'
import { T0 } from '../../fixtures/stored/factories'

/** One "disk": repositories opened on it share data, like tabs of one browser profile. */
export interface Disk {
  open(): Repository
  /** Raw access beneath the repository, to plant old or broken records and to look at what is stored. */
  raw: Backend
  /** Writes the walking skeleton's record the way the skeleton does (a version 1 database, `kv` only). */
  seedV1(record: unknown): Promise<void>
  dump(store: StoreName): Promise<Record<string, unknown>>
}

export interface Harness {
  name: string
  disk(): Disk
}

const clock = () => T0

function dumpWith(raw: Backend) {
  return (store: StoreName) =>
    raw.run('readonly', [store], async (tx) => {
      const keys = await tx.getAllKeys(store)
      const values = await tx.getAll(store)
      return Object.fromEntries(keys.map((k, i) => [k, values[i]]))
    })
}

let dbCounter = 0

/** As idb-keyval's `createStore('hoc-bai-bao', 'kv')` does it, then let go of the connection. */
async function skeletonWrite(name: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onupgradeneeded = () => request.result.createObjectStore('kv')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('kv', 'readwrite')
    tx.objectStore('kv').put(value, KEYS.legacyAnswers)
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error)
  })
  db.close()
}

export const idbHarness: Harness = {
  name: 'IndexedDB (fake-indexeddb)',
  disk() {
    const name = `hbb-test-${++dbCounter}`
    const raw = createIdbBackend({ name })
    return {
      open: () => createIdbRepository({ name, clock }),
      raw,
      seedV1: (record) => skeletonWrite(name, record),
      dump: dumpWith(raw),
    }
  },
}

export const memoryHarness: Harness = {
  name: 'in-memory twin',
  disk() {
    const data = emptyData()
    const raw = createMemoryBackend(data)
    return {
      open: () => createMemoryRepository({ data, clock }),
      raw,
      seedV1: (record) => raw.run('readwrite', [STORES.kv], async (tx) => tx.put(STORES.kv, KEYS.legacyAnswers, record)),
      dump: dumpWith(raw),
    }
  },
}

export const harnesses = [idbHarness, memoryHarness]
