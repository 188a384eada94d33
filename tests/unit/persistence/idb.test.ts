import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { PROGRESS_SCHEMA_VERSION } from '@/domain/progress/types'
import { createIdbRepository } from '@/persistence/idb'
import { DB_NAME, DB_VERSION, KEYS } from '@/persistence/keys'
import { makeAnswer, makeCard, saveAnswer, stored } from '../../fixtures/stored/factories'

function openRaw(factory: IDBFactory, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version)
    request.onupgradeneeded = () => upgrade(request.result)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

function put(db: IDBDatabase, store: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite')
    tx.objectStore(store).put(value, key)
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error)
  })
}

describe('IndexedDB specifics', () => {
  it('reads, without writing, a database a newer build upgraded (higher IndexedDB version)', async () => {
    const factory = new IDBFactory()
    const card = makeCard({ factId: 'f-kept' })
    const db = await openRaw(factory, DB_VERSION + 1, (d) => {
      for (const name of ['kv', 'cards', 'log', 'aside', 'something-new']) d.createObjectStore(name)
    })
    await put(db, 'cards', `article/${card.factId}`, stored(card))
    await put(db, 'kv', KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION)
    db.close()

    const repo = createIdbRepository({ indexedDB: factory })
    const loaded = await repo.load()
    expect(loaded.readOnly).toBe(true)
    expect(loaded.cards).toEqual([stored(card)])
    expect(loaded.issues.some((i) => i.kind === 'newer-version')).toBe(true)
    const { card: next, entry } = makeAnswer('f-kept')
    await expect(saveAnswer(repo, next, entry)).rejects.toMatchObject({ code: 'read-only' })
  })

  it('lets a newer build upgrade while open, then refuses to write over its data', async () => {
    const factory = new IDBFactory()
    const repo = createIdbRepository({ indexedDB: factory })
    await repo.load()
    const newer = await openRaw(factory, DB_VERSION + 1, () => {})
    newer.close()
    const { card, entry } = makeAnswer('f-a')
    await expect(saveAnswer(repo, card, entry)).rejects.toMatchObject({ code: 'read-only' })
  })

  it('adds its stores to the skeleton’s version 1 database and keeps what it held', async () => {
    const factory = new IDBFactory()
    const db = await openRaw(factory, 1, (d) => d.createObjectStore('kv'))
    await put(db, 'kv', 'unrelated', 'kept')
    db.close()
    await createIdbRepository({ indexedDB: factory }).load()
    const after = await openRaw(factory, DB_VERSION, () => {})
    expect([...after.objectStoreNames].sort()).toEqual(['aside', 'backups', 'cards', 'deckContent', 'decks', 'kv', 'log'])
    const kept = await new Promise((resolve) => {
      const request = after.transaction('kv').objectStore('kv').get('unrelated')
      request.onsuccess = () => resolve(request.result)
    })
    expect(kept).toBe('kept')
    after.close()
  })
})
