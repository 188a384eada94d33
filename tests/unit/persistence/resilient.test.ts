import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'
import { StorageError } from '@/persistence/errors'
import { createIdbRepository } from '@/persistence/idb'
import { createMemoryRepository, emptyData } from '@/persistence/memory'
import type { Repository } from '@/persistence/repository'
import { createResilientRepository, isStorageFailure, type StorageStatus, type Timers } from '@/persistence/resilient'
import { T0, makeAnswer, saveAnswer, undoAnswer } from '../../fixtures/stored/factories'

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>()
  let next = 0
  const timers: Timers = {
    setTimeout: (run, ms) => (pending.set(++next, { run, ms }), next),
    clearTimeout: (handle) => pending.delete(handle as number),
  }
  return {
    timers,
    delays: () => [...pending.values()].map((t) => t.ms),
    async fire() {
      const all = [...pending.entries()]
      pending.clear()
      for (const [, t] of all) t.run()
      await vi.waitFor(() => undefined)
      await new Promise((r) => setTimeout(r, 0))
    },
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/** A repository over shared memory whose operations fail while `fault` is set. */
function flaky(data = emptyData()) {
  const inner = createMemoryRepository({ data })
  const state: { fault: Error | null } = { fault: null }
  const guarded = Object.fromEntries(
    Object.entries(inner).map(([name, fn]) => [
      name,
      (...args: unknown[]) => (state.fault && name !== 'close' ? Promise.reject(state.fault) : (fn as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as Repository
  return { repo: guarded, state, data }
}

function setup(primary: Repository) {
  const clock = manualTimers()
  const repo = createResilientRepository({ open: () => primary, timers: clock.timers, backoff: { initialMs: 1000, maxMs: 4000 } })
  const seen: StorageStatus[] = []
  repo.subscribe((s) => seen.push(s))
  return { repo, clock, seen }
}

describe('resilient repository', () => {
  it('passes writes straight through while storage works', async () => {
    const disk = flaky()
    const { repo, seen } = setup(disk.repo)
    await repo.load()
    const { card, entry } = makeAnswer('f-a')
    await saveAnswer(repo, card, entry)
    expect(repo.status()).toBe('ok')
    expect(seen).toEqual([])
    expect((await createMemoryRepository({ data: disk.data }).load()).log).toEqual([entry])
  })

  it('keeps answers when the disk is full, retries with backoff, and flushes in order', async () => {
    const disk = flaky()
    const { repo, clock, seen } = setup(disk.repo)
    await repo.load()
    disk.state.fault = quota()
    const first = makeAnswer('f-a', T0)
    const second = makeAnswer('f-a', T0 + 1, first.card)
    await saveAnswer(repo, first.card, first.entry)
    await saveAnswer(repo, second.card, second.entry)
    expect(repo.status()).toBe('full')
    expect(seen).toEqual(['full'])
    expect(repo.pendingWrites()).toBe(2)
    expect(clock.delays()).toEqual([1000])

    await clock.fire()
    expect(clock.delays()).toEqual([2000])
    await clock.fire()
    await clock.fire()
    expect(clock.delays()).toEqual([4000]) // capped

    // While full, an export still contains the answers waiting in memory.
    disk.state.fault = null
    await undoAnswer(repo, second.entry.id, first.card, 'f-a')
    await clock.fire()
    expect(repo.status()).toBe('ok')
    expect(seen).toEqual(['full', 'ok'])
    expect(repo.pendingWrites()).toBe(0)
    const stored = await createMemoryRepository({ data: disk.data }).load()
    expect(stored.log).toEqual([first.entry])
    expect(stored.cards).toEqual([{ ...first.card, deckId: 'article' }])
  })

  it('exports answers that are still waiting for the disk', async () => {
    const disk = flaky()
    const { repo } = setup(disk.repo)
    await repo.load()
    disk.state.fault = quota()
    const { card, entry } = makeAnswer('f-a')
    await saveAnswer(repo, card, entry)
    disk.state.fault = null
    const file = await repo.exportSnapshot(T0)
    expect(file.log).toEqual([entry])
  })

  it('works in memory when IndexedDB does not exist, and says so', async () => {
    expect(globalThis.indexedDB).toBeUndefined()
    const { repo, clock } = setup(createIdbRepository())
    const loaded = await repo.load()
    expect(loaded).toMatchObject({ cards: [], log: [], settings: DEFAULT_SETTINGS, readOnly: false })
    expect(repo.status()).toBe('unavailable')
    const { card, entry } = makeAnswer('f-a')
    await saveAnswer(repo, card, entry)
    expect(repo.pendingWrites()).toBe(1)
    expect((await repo.exportSnapshot(T0)).log).toEqual([entry])
    await clock.fire()
    expect(repo.status()).toBe('unavailable')
    expect(clock.delays()).toEqual([2000])
  })

  it('recovers on retryNow once storage opens again', async () => {
    const disk = flaky()
    disk.state.fault = new DOMException('Internal error opening backing store', 'UnknownError')
    const { repo, seen } = setup(disk.repo)
    await repo.load()
    const { card, entry } = makeAnswer('f-a')
    await saveAnswer(repo, card, entry)
    disk.state.fault = null
    await repo.retryNow()
    expect(seen).toEqual(['unavailable', 'ok'])
    expect((await createMemoryRepository({ data: disk.data }).load()).log).toEqual([entry])
  })

  it('reports read-only data and refuses writes', async () => {
    const data = emptyData()
    data.get('kv')!.set('hbb:schema-version', 99)
    const { repo } = setup(createMemoryRepository({ data }))
    expect((await repo.load()).readOnly).toBe(true)
    expect(repo.status()).toBe('read-only')
    const { card, entry } = makeAnswer('f-a')
    await expect(saveAnswer(repo, card, entry)).rejects.toBeInstanceOf(StorageError)
    expect(repo.pendingWrites()).toBe(0)
  })

  it('says "blocked" while an old tab holds the database, then flushes when it lets go', async () => {
    const factory = new IDBFactory()
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('hoc-bai-bao')
      request.onupgradeneeded = () => request.result.createObjectStore('kv')
      request.onsuccess = () => resolve(request.result)
    })
    const clock = manualTimers()
    const repo = createResilientRepository({
      open: ({ onBlocked }) => createIdbRepository({ indexedDB: factory, onBlocked }),
      timers: clock.timers,
    })
    const loaded = await repo.load()
    expect(loaded.cards).toEqual([])
    expect(repo.status()).toBe('blocked')
    const { card, entry } = makeAnswer('f-a')
    await saveAnswer(repo, card, entry)
    expect(repo.pendingWrites()).toBe(1)

    old.close()
    await vi.waitFor(() => expect(repo.status()).toBe('ok'))
    const stored = await createIdbRepository({ indexedDB: factory }).load()
    expect(stored.log).toEqual([entry])
  })
})

describe('resilient repository, bad input', () => {
  it('rethrows an invalid backup instead of queueing it, and stays ok', async () => {
    const disk = flaky()
    const { repo, seen } = setup(disk.repo)
    await repo.load()
    const bad = { schemaVersion: 2, cards: 'none', log: [], settings: DEFAULT_SETTINGS }
    await expect(repo.importSnapshot(bad as never, 'replace')).rejects.toMatchObject({ code: 'invalid-backup' })
    expect(repo.pendingWrites()).toBe(0)
    expect(seen).toEqual([])
  })

  it.each([
    ['QuotaExceededError', true],
    ['UnknownError', true],
    ['DataError', false],
    ['DataCloneError', false],
    ['TypeError', false],
  ])('treats %s as a storage failure: %s', (name, expected) => {
    expect(isStorageFailure(new DOMException('x', name))).toBe(expected)
  })
})
