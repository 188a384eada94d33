import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserJournalStorage, createJournal, JOURNAL_PREFIX, type JournalRecord, type JournalStorage } from '@/persistence/journal'

/** localStorage as a Map; `fail` makes writes throw as a full localStorage does, `broken` makes every call throw. */
function mapStorage(map = new Map<string, string>()) {
  const state = { fail: false, broken: false }
  const guard = () => {
    if (state.broken) throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  const storage: JournalStorage = {
    getItem: (key) => (guard(), map.get(key) ?? null),
    setItem(key, value) {
      guard()
      if (state.fail) throw new DOMException("Setting the value of 'x' exceeded the quota.", 'QuotaExceededError')
      map.set(key, value)
    },
    removeItem: (key) => (guard(), void map.delete(key)),
    keys: () => (guard(), [...map.keys()]),
  }
  return { map, storage, state }
}

const record = (seq: number, kind: JournalRecord['kind'] = 'settings', payload: unknown = { n: seq }): JournalRecord => ({ seq, kind, payload })

afterEach(() => vi.unstubAllGlobals())

describe('journal', () => {
  it('keeps plain JSON records under its prefix and reads them back in order, in another page too', () => {
    const { map, storage } = mapStorage(new Map([['hbb:other', 'untouched']]))
    const journal = createJournal(storage, { clock: () => 100, owner: 'tab1' })
    const seqs = [journal.nextSeq(), journal.nextSeq(), journal.nextSeq()]
    expect(seqs).toEqual([100, 101, 102])
    // Kept out of order: read in seq order.
    const keys = [seqs[2]!, seqs[0]!, seqs[1]!].map((seq) => journal.keep(record(seq, 'answer', { id: seq })))
    expect(keys).toEqual([`${JOURNAL_PREFIX}102.tab1`, `${JOURNAL_PREFIX}100.tab1`, `${JOURNAL_PREFIX}101.tab1`])
    expect(JSON.parse(map.get(`${JOURNAL_PREFIX}100.tab1`)!)).toEqual({ seq: 100, kind: 'answer', payload: { id: 100 } })

    const next = createJournal(storage, { clock: () => 50, owner: 'tab2' })
    const { records, unreadable } = next.read()
    expect(unreadable).toEqual([])
    expect(records.map((r) => r.record)).toEqual([100, 101, 102].map((seq) => record(seq, 'answer', { id: seq })))
    // The next page's numbers follow the last one held, whatever its clock says.
    expect(next.nextSeq()).toBe(103)

    // A record written again under its key, smaller: the count of bytes follows.
    const before = next.size().bytes
    expect(next.replace(records[0]!.key, record(100, 'answer', {}))).toBe(true)
    expect(next.size().bytes).toBeLessThan(before)
    expect(next.read().records[0]!.record).toEqual(record(100, 'answer', {}))

    for (const { key } of records) next.drop(key)
    expect([...map.keys()]).toEqual(['hbb:other'])
    expect(next.size()).toEqual({ records: 0, bytes: 0 })
  })

  it('gives two tabs with the same numbers different keys', () => {
    const { storage } = mapStorage()
    const a = createJournal(storage, { clock: () => 7, owner: 'aaaa' })
    const b = createJournal(storage, { clock: () => 7, owner: 'bbbb' })
    // Both pick a number before either writes (two processes, the same millisecond).
    const [sa, sb] = [a.nextSeq(), b.nextSeq()]
    expect(sa).toBe(sb)
    a.keep(record(sa))
    b.keep(record(sb))
    expect(createJournal(storage).read().records.map((r) => r.key)).toEqual([`${JOURNAL_PREFIX}7.aaaa`, `${JOURNAL_PREFIX}7.bbbb`])
  })

  it('reports records it cannot read and leaves them in place', () => {
    const { map, storage } = mapStorage()
    map.set(`${JOURNAL_PREFIX}1.x`, '{not json')
    map.set(`${JOURNAL_PREFIX}2.x`, JSON.stringify({ seq: 2, kind: 'teleport', payload: 1 }))
    map.set(`${JOURNAL_PREFIX}3.x`, JSON.stringify({ seq: 'three', kind: 'settings', payload: 1 }))
    map.set(`${JOURNAL_PREFIX}4.x`, JSON.stringify(record(4)))
    const { records, unreadable } = createJournal(storage).read()
    expect(records.map((r) => r.record.seq)).toEqual([4])
    expect(unreadable.map((u) => [u.key, u.reason])).toEqual([
      [`${JOURNAL_PREFIX}1.x`, 'not JSON'],
      [`${JOURNAL_PREFIX}2.x`, 'unknown kind "teleport"'],
      [`${JOURNAL_PREFIX}3.x`, 'seq is not an integer'],
    ])
    expect(map.size).toBe(4)
  })

  it('refuses records beyond its bound, and takes them again once records leave', () => {
    const { storage } = mapStorage()
    const byCount = createJournal(storage, { limits: { maxRecords: 2, maxBytes: 1e9 }, owner: 'c' })
    const first = byCount.keep(record(1))
    expect(byCount.keep(record(2))).not.toBeNull()
    expect(byCount.keep(record(3))).toBeNull()
    byCount.drop(first!)
    expect(byCount.keep(record(3))).not.toBeNull()

    const bySize = createJournal(mapStorage().storage, { limits: { maxRecords: 100, maxBytes: 400 }, owner: 'd' })
    expect(bySize.keep(record(1, 'session', 'x'.repeat(50)))).not.toBeNull()
    expect(bySize.size().bytes).toBeGreaterThan(100)
    expect(bySize.keep(record(2, 'session', 'x'.repeat(200)))).toBeNull()
  })

  it('says so when its storage refuses a write, is missing, or throws on every call', () => {
    const failing = mapStorage()
    const journal = createJournal(failing.storage)
    failing.state.fail = true
    expect(journal.keep(record(journal.nextSeq()))).toBeNull()
    failing.state.fail = false
    expect(journal.keep(record(journal.nextSeq()))).not.toBeNull()

    const none = createJournal(null)
    expect(none.keep(record(none.nextSeq()))).toBeNull()
    expect(none.read()).toEqual({ records: [], unreadable: [] })

    const broken = mapStorage()
    broken.state.broken = true
    const dead = createJournal(broken.storage)
    expect(dead.read()).toEqual({ records: [], unreadable: [] })
    expect(dead.keep(record(dead.nextSeq()))).toBeNull()
    expect(() => dead.drop(`${JOURNAL_PREFIX}1.x`)).not.toThrow()
  })

  it('uses localStorage where the page has it, and nothing where it is missing or refused', () => {
    expect(browserJournalStorage()).toBeNull() // Node has none
    const map = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      key: (i: number) => [...map.keys()][i] ?? null,
      get length() {
        return map.size
      },
    })
    const storage = browserJournalStorage()!
    storage.setItem('a', '1')
    expect(storage.keys()).toEqual(['a'])
    vi.unstubAllGlobals()
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
    try {
      expect(browserJournalStorage()).toBeNull()
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage
    }
  })
})
