import { describe, expect, it, vi } from 'vitest'
import { requestPersistence, storageState } from '@/persistence/durability'

describe('requestPersistence', () => {
  it('asks the browser once and remembers the answer', async () => {
    const storage = { persist: vi.fn(async () => true) }
    expect(await requestPersistence(storage)).toBe(true)
    expect(await requestPersistence(storage)).toBe(true)
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['no StorageManager', undefined, 'unsupported'],
    ['no persist()', {}, 'unsupported'],
    ['a refusal', { persist: async (): Promise<boolean> => false }, false],
    ['a failure', { persist: async (): Promise<boolean> => { throw new Error('nope') } }, false],
  ] as const)('answers %s with %s', async (_name, storage, expected) => {
    expect(await requestPersistence(storage as never)).toBe(expected)
  })
})

describe('storageState', () => {
  it('reports persistence, usage and quota', async () => {
    const storage = { persisted: async () => true, estimate: async () => ({ usage: 2048, quota: 1e9 }) }
    expect(await storageState(storage)).toEqual({ persisted: true, usage: 2048, quota: 1e9 })
  })

  it('says unsupported where the browser has no StorageManager', async () => {
    expect(await storageState(undefined)).toEqual({ persisted: 'unsupported' })
  })
})
