import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@/domain/progress/types'
import { StorageError } from '@/persistence/errors'
import { createIdbRepository } from '@/persistence/idb'
import { createJournal, JOURNAL_PREFIX, type JournalLimits, type JournalStorage } from '@/persistence/journal'
import { createMemoryRepository, emptyData } from '@/persistence/memory'
import type { AnswerInput, Repository } from '@/persistence/repository'
import { createResilientRepository, isStorageFailure, type StorageStatus, type Timers } from '@/persistence/resilient'
import { T0, makeAnswer, saveAnswer, stored, undoAnswer } from '../../fixtures/stored/factories'

afterEach(() => vi.unstubAllGlobals())

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
function flaky(data = emptyData(), state: { fault: Error | null } = { fault: null }) {
  const inner = createMemoryRepository({ data })
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
    // The flush reads the log's tail first (with code loaded on first use): it settles a few tasks later.
    await vi.waitFor(() => expect(repo.status()).toBe('ok'))
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
    // A browser has it; the flush reads the log from an entry's key on.
    vi.stubGlobal('IDBKeyRange', IDBKeyRange)
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

/** localStorage as a Map; `fail` makes every write throw as a full localStorage does. */
function mapStorage() {
  const map = new Map<string, string>()
  const state = { fail: false }
  const storage: JournalStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      if (state.fail) throw new DOMException("Setting the value of 'x' exceeded the quota.", 'QuotaExceededError')
      map.set(key, value)
    },
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  }
  return { map, storage, state }
}

type Disk = ReturnType<typeof flaky>

/** One page of the app: a resilient repository over a fresh connection to `disk` (failing with it), journaling into `storage`. */
function page(disk: Disk, storage: JournalStorage | null, limits?: JournalLimits) {
  const connection = flaky(disk.data, disk.state)
  const clock = manualTimers()
  const journal = createJournal(storage, { clock: () => T0, ...(limits ? { limits } : {}) })
  const repo = createResilientRepository({ open: () => connection.repo, timers: clock.timers, backoff: { initialMs: 1000, maxMs: 4000 }, journal })
  const seen: StorageStatus[] = []
  const unsaved: number[] = []
  repo.subscribe((s) => seen.push(s))
  repo.subscribeUnsaved((n) => unsaved.push(n))
  return { repo, clock, seen, unsaved, connection }
}

/** A page whose disk fills up after the first load, and one answer given then (it waits in the journal). */
async function oneAnswerWhileFull() {
  const disk = flaky()
  const { map, storage } = mapStorage()
  const first = page(disk, storage)
  await first.repo.load()
  disk.state.fault = quota()
  const a = makeAnswer('f-a', T0)
  await saveAnswer(first.repo, a.card, a.entry)
  return { disk, map, storage, first, a }
}

const stateOf = (disk: Disk) => structuredClone(disk.data)
const onDisk = (disk: Disk) => createMemoryRepository({ data: disk.data }).load()
const journaled = (map: Map<string, string>) =>
  [...map.entries()].filter(([k]) => k.startsWith(JOURNAL_PREFIX)).map(([, v]) => JSON.parse(v) as { seq: number; kind: string; payload: unknown })
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, newPerDay: 7 }

describe('resilient repository, journal', () => {
  it('journals each write that waits, in order, and forgets it once stored', async () => {
    const disk = flaky()
    const { map, storage } = mapStorage()
    const { repo, clock, unsaved } = page(disk, storage)
    await repo.load()
    const direct = makeAnswer('f-a', T0)
    await saveAnswer(repo, direct.card, direct.entry)
    expect(map.size).toBe(0) // written at once: nothing to journal

    disk.state.fault = quota()
    const { card, entry } = makeAnswer('f-b', T0 + 1)
    await saveAnswer(repo, card, entry)
    await repo.saveSettings(SETTINGS)
    await repo.saveSession({ step: 2 })
    await undoAnswer(repo, direct.entry.id, null, 'f-a')
    const records = journaled(map)
    expect(records.map((r) => r.kind)).toEqual(['answer', 'settings', 'session', 'undo'])
    expect(records.map((r) => r.seq)).toEqual([...records.map((r) => r.seq)].sort((a, b) => a - b))
    expect(records[0]!.payload).toEqual({ deckId: 'article', factId: 'f-b', card: stored(card), entry })
    expect(repo.pendingWrites()).toBe(4)
    expect(repo.unsaved()).toBe(0)

    disk.state.fault = null
    await clock.fire()
    expect(repo.status()).toBe('ok')
    expect(map.size).toBe(0)
    const after = await onDisk(disk)
    expect(after.log).toEqual([entry])
    expect(after.settings).toEqual(SETTINGS)
    expect(after.session).toEqual({ step: 2 })
    expect(unsaved).toEqual([])
  })

  it('after a reload with the disk still full, the journaled answers are there and keep waiting', async () => {
    const disk = flaky()
    const { map, storage } = mapStorage()
    const first = page(disk, storage)
    await first.repo.load()
    disk.state.fault = quota()
    const a = makeAnswer('f-a', T0)
    const b = makeAnswer('f-b', T0 + 1)
    const c = makeAnswer('f-a', T0 + 2, a.card)
    for (const x of [a, b, c]) await saveAnswer(first.repo, x.card, x.entry)
    await first.repo.saveSession({ step: 3 })
    first.repo.close()

    const second = page(disk, storage)
    const loaded = await second.repo.load()
    expect(second.repo.status()).toBe('full')
    expect(loaded.log).toEqual([a.entry, b.entry, c.entry])
    expect(loaded.cards).toEqual([stored(c.card), stored(b.card)])
    expect(loaded.session).toEqual({ step: 3 })
    expect(loaded.readOnly).toBe(false)
    expect(second.repo.pendingWrites()).toBe(4)
    expect(second.repo.unsaved()).toBe(0)
    expect(journaled(map)).toHaveLength(4)
    expect((await onDisk(disk)).log).toEqual([])
    // Statistics and backups see them too; a read the store makes later as well.
    expect(await second.repo.loadLog()).toEqual([a.entry, b.entry, c.entry])
    expect((await second.repo.exportSnapshot(T0)).log).toEqual([a.entry, b.entry, c.entry])
    expect((await second.repo.load({ logSince: T0 + 1 })).log).toEqual([b.entry, c.entry])

    second.connection.state.fault = null
    await second.clock.fire()
    expect(second.repo.status()).toBe('ok')
    expect(second.seen).toEqual(['full', 'ok'])
    expect(map.size).toBe(0)
    const after = await onDisk(disk)
    expect(after.log).toEqual([a.entry, b.entry, c.entry])
    expect(after.cards).toEqual([stored(c.card), stored(b.card)])
    expect(after.session).toEqual({ step: 3 })
  })

  it('replays the journal in order into the database before the first read', async () => {
    const disk = flaky()
    const { map, storage } = mapStorage()
    const first = page(disk, storage)
    await first.repo.load()
    disk.state.fault = quota()
    const a = makeAnswer('f-a', T0)
    const b = makeAnswer('f-a', T0 + 1, a.card)
    await saveAnswer(first.repo, a.card, a.entry)
    await saveAnswer(first.repo, b.card, b.entry)
    await undoAnswer(first.repo, b.entry.id, a.card, 'f-a')
    await first.repo.saveSettings({ ...SETTINGS, newPerDay: 1 })
    await first.repo.saveSettings(SETTINGS)

    disk.state.fault = null
    const second = page(disk, storage)
    const loaded = await second.repo.load()
    expect(second.repo.status()).toBe('ok')
    expect(second.seen).toEqual([])
    expect(loaded.log).toEqual([a.entry])
    expect(loaded.cards).toEqual([stored(a.card)])
    expect(loaded.settings).toEqual(SETTINGS)
    expect(second.repo.pendingWrites()).toBe(0)
    expect(map.size).toBe(0)
    const after = await onDisk(disk)
    expect(after.log).toEqual([a.entry])
    expect(after.cards).toEqual([stored(a.card)])
  })

  it('replaying the same journal twice changes nothing, and never puts an older card over a newer one', async () => {
    const disk = flaky()
    const { map, storage } = mapStorage()
    const first = page(disk, storage)
    await first.repo.load()
    disk.state.fault = quota()
    const a = makeAnswer('f-a', T0)
    const b = makeAnswer('f-b', T0 + 1)
    await saveAnswer(first.repo, a.card, a.entry)
    await saveAnswer(first.repo, b.card, b.entry)
    await undoAnswer(first.repo, b.entry.id, null, 'f-b')
    await first.repo.saveSettings(SETTINGS)
    const copy = new Map(map)
    expect(copy.size).toBe(4)

    disk.state.fault = null
    await page(disk, storage).repo.load()
    const once = stateOf(disk)
    expect(map.size).toBe(0)

    // As if the removal had not happened (a crash between the write and the removal).
    for (const [k, v] of copy) map.set(k, v)
    const again = page(disk, storage)
    await again.repo.load()
    expect(stateOf(disk)).toEqual(once)
    expect(map.size).toBe(0)

    // The learner answers again; then the old journal turns up once more.
    const d = makeAnswer('f-a', T0 + 5, a.card)
    await saveAnswer(again.repo, d.card, d.entry)
    for (const [k, v] of copy) map.set(k, v)
    const loaded = await page(disk, storage).repo.load()
    expect(loaded.cards).toEqual([stored(d.card)])
    expect(loaded.log).toEqual([a.entry, d.entry])
    expect(map.size).toBe(0)
  })

  it('keeps only the last session in the journal, and replays to the same state', async () => {
    const disk = flaky()
    const { map, storage } = mapStorage()
    const first = page(disk, storage)
    await first.repo.load()
    disk.state.fault = quota()
    const session = (step: number) => ({ step, items: Array.from({ length: 15 }, (_, i) => `f-${i}`) })
    await first.repo.saveSession(session(0))
    const answers = [makeAnswer('f-a', T0), makeAnswer('f-b', T0 + 1), makeAnswer('f-c', T0 + 2)]
    for (const [i, { card, entry }] of answers.entries()) {
      await first.repo.commitAnswer({
        deckId: 'article',
        factId: entry.factId,
        compute: () => ({ card, entry, session: session(i + 1) }),
        assumed: { card: undefined, lastEntryId: undefined },
      })
    }
    await undoAnswer(first.repo, answers[2]!.entry.id, null, 'f-c') // leaves the session as it is
    const records = journaled(map)
    expect(records.map((r) => [r.kind, 'session' in (r.payload as object)])).toEqual([
      ['answer', false],
      ['answer', false],
      ['answer', true],
      ['undo', false],
    ])
    expect(first.repo.unsaved()).toBe(0)
    expect(first.repo.pendingWrites()).toBe(5)

    const second = page(disk, storage)
    expect((await second.repo.load()).session).toEqual(session(3))
    disk.state.fault = null
    await second.clock.fire()
    const after = await onDisk(disk)
    expect(after.session).toEqual(session(3))
    expect(after.log).toEqual([answers[0]!.entry, answers[1]!.entry])
    expect(map.size).toBe(0)
  })

  it('counts the writes it can neither store nor journal, and says when the count changes', async () => {
    const disk = flaky()
    const { map, storage, state } = mapStorage()
    const { repo, clock, unsaved } = page(disk, storage)
    await repo.load()
    disk.state.fault = quota()
    state.fail = true
    const a = makeAnswer('f-a', T0)
    const b = makeAnswer('f-b', T0 + 1)
    await saveAnswer(repo, a.card, a.entry)
    await saveAnswer(repo, b.card, b.entry)
    expect(repo.status()).toBe('full')
    expect(repo.unsaved()).toBe(2)
    expect(unsaved).toEqual([1, 2])
    expect(map.size).toBe(0)

    // localStorage has room again: the next retry journals them, even though the disk is still full.
    state.fail = false
    await clock.fire()
    expect(repo.unsaved()).toBe(0)
    expect(unsaved).toEqual([1, 2, 0])
    expect(journaled(map).map((r) => (r.payload as { entry: { id: string } }).entry.id)).toEqual([a.entry.id, b.entry.id])

    state.fail = true
    const c = makeAnswer('f-c', T0 + 2)
    await saveAnswer(repo, c.card, c.entry)
    expect(repo.unsaved()).toBe(1)
    disk.state.fault = null
    await clock.fire()
    expect(repo.status()).toBe('ok')
    expect(repo.unsaved()).toBe(0)
    expect(unsaved).toEqual([1, 2, 0, 1, 0])
    expect((await onDisk(disk)).log).toEqual([a.entry, b.entry, c.entry])
  })

  it('a session write the journal could not keep needs no record once a later one sets the session', async () => {
    const disk = flaky()
    const { map, storage, state } = mapStorage()
    const { repo, unsaved } = page(disk, storage)
    await repo.load()
    disk.state.fault = quota()
    state.fail = true
    await repo.saveSession({ step: 1 })
    expect(repo.unsaved()).toBe(1)
    state.fail = false
    await repo.saveSession({ step: 2 })
    expect(repo.unsaved()).toBe(0)
    expect(unsaved).toEqual([1, 0])
    expect(journaled(map).map((r) => r.payload)).toEqual([{ step: 2 }])
    expect((await page(disk, storage).repo.load()).session).toEqual({ step: 2 })
  })

  it('counts every waiting write as unsaved without localStorage, and those beyond the bound', async () => {
    const disk = flaky()
    const none = page(disk, null)
    await none.repo.load()
    disk.state.fault = quota()
    const a = makeAnswer('f-a', T0)
    await saveAnswer(none.repo, a.card, a.entry)
    await none.repo.saveSession({ step: 1 })
    expect(none.repo.unsaved()).toBe(2)

    const { map, storage } = mapStorage()
    const bounded = page(disk, storage, { maxRecords: 1, maxBytes: 1e6 })
    await bounded.repo.load()
    await saveAnswer(bounded.repo, a.card, a.entry)
    await bounded.repo.saveSession({ step: 1 })
    expect(map.size).toBe(1)
    expect(bounded.repo.unsaved()).toBe(1)
  })

  it('never replays the journal into newer data, and keeps it', async () => {
    const { disk, map, storage } = await oneAnswerWhileFull()
    const journal = new Map(map)

    // A newer build took over the data meanwhile.
    disk.state.fault = null
    disk.data.get('kv')!.set('hbb:schema-version', 99)
    const before = stateOf(disk)
    const second = page(disk, storage)
    const loaded = await second.repo.load()
    expect(loaded.readOnly).toBe(true)
    expect(loaded.log).toEqual([])
    expect(second.repo.status()).toBe('read-only')
    expect(second.repo.pendingWrites()).toBe(0)
    expect(second.repo.unsaved()).toBe(0)
    expect(stateOf(disk)).toEqual(before)
    expect(map).toEqual(journal)
    await second.clock.fire()
    expect(stateOf(disk)).toEqual(before)
  })

  it('an answer resolves with what was written, stored at once, queued, or replayed from the journal', async () => {
    const { card, entry } = makeAnswer('f-a', T0)
    const input: AnswerInput = {
      deckId: 'article',
      factId: 'f-a',
      compute: () => ({ card, entry, session: { step: 1, at: undefined } }),
      assumed: { card: undefined, lastEntryId: undefined },
    }
    const okDisk = flaky()
    const ok = page(okDisk, mapStorage().storage)
    await ok.repo.load()
    const direct = await ok.repo.commitAnswer(input)
    expect(direct).toEqual({ card: stored(card), entry, session: { step: 1 } })

    const fullDisk = flaky()
    const { storage } = mapStorage()
    const full = page(fullDisk, storage)
    await full.repo.load()
    fullDisk.state.fault = quota()
    expect(await full.repo.commitAnswer(input)).toEqual(direct)

    fullDisk.state.fault = null
    await page(fullDisk, storage).repo.load()
    expect(stateOf(fullDisk)).toEqual(stateOf(okDisk))
  })

  it('sets aside a journal record it cannot use, and replays the rest', async () => {
    const { disk, map, storage, a } = await oneAnswerWhileFull()
    map.set(`${JOURNAL_PREFIX}1.old`, '{"seq": 1, "kind": "answ')
    map.set(`${JOURNAL_PREFIX}2.old`, JSON.stringify({ seq: 2, kind: 'answer', payload: { deckId: 'article', factId: 'f-x', card: { factId: 'f-x', due: 'soon' }, entry: {} } }))

    disk.state.fault = null
    const second = page(disk, storage)
    const loaded = await second.repo.load()
    expect(second.repo.status()).toBe('ok')
    expect(loaded.log).toEqual([a.entry])
    expect(map.size).toBe(0)
    const aside = await second.repo.listSetAside()
    expect(aside.map((r) => [r.origin, r.key]).sort()).toEqual([
      ['other', `${JOURNAL_PREFIX}1.old`],
      ['other', `${JOURNAL_PREFIX}2.old`],
    ])
  })

  it('without IndexedDB, answers journaled by the last page come back after a reload', async () => {
    expect(globalThis.indexedDB).toBeUndefined()
    const { map, storage } = mapStorage()
    const open = () =>
      createResilientRepository({ open: () => createIdbRepository(), timers: manualTimers().timers, journal: createJournal(storage) })
    const first = open()
    await first.load()
    expect(first.status()).toBe('unavailable')
    const a = makeAnswer('f-a', T0)
    await saveAnswer(first, a.card, a.entry)
    expect(map.size).toBe(1)

    const second = open()
    const loaded = await second.load()
    expect(second.status()).toBe('unavailable')
    expect(loaded.log).toEqual([a.entry])
    expect(loaded.cards).toEqual([stored(a.card)])
    expect(map.size).toBe(1)
  })
})
