import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { idTime } from '@/domain/progress/replay'
import { PROGRESS_SCHEMA_VERSION } from '@/domain/progress/types'
import { DATA_STORES, KEYS, STORES, type StoreName } from '@/persistence/keys'
import { harnesses } from './harness'
import { makeCard } from '../../fixtures/stored/factories'

/** The whole database as the schema 2 build wrote it in Chromium (see tests/fixtures/stored/README.md). */
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stored/v2-database.json', import.meta.url), 'utf8')) as {
  version: number
  stores: Record<StoreName, [string, unknown][]>
}

describe.each(harnesses)('migration from schema 2 ($name)', (harness) => {
  async function v2Disk() {
    const disk = harness.disk()
    await disk.raw.run('readwrite', DATA_STORES, async (tx) => {
      for (const store of DATA_STORES) for (const [key, value] of fixture.stores[store as keyof typeof fixture.stores] ?? []) tx.put(store, key, value)
    })
    return disk
  }

  it('keeps every card, answer and the unfinished session, each now of the built-in deck', async () => {
    const disk = await v2Disk()
    const loaded = await disk.open().load()
    expect(loaded.issues).toEqual([])
    expect(loaded.readOnly).toBe(false)
    const oldCards = fixture.stores.cards
    expect(loaded.cards).toHaveLength(oldCards.length)
    for (const [factId, card] of oldCards) expect(loaded.cards).toContainEqual({ ...(card as object), deckId: 'article', factId })
    const oldLog = fixture.stores.log
    expect(loaded.log.map((e) => e.id)).toEqual(oldLog.map(([id]) => id))
    for (const entry of loaded.log) {
      expect(entry.deckId).toBe('article')
      expect(entry.format).toBe(entry.questionId.split(':').at(-1))
      const before = oldLog.find(([id]) => id === entry.id)![1] as Record<string, unknown>
      expect({ ...before, deckId: 'article', format: entry.format }).toEqual(entry)
    }
    const session = fixture.stores.kv.find(([k]) => k === KEYS.session)![1]
    expect(loaded.session).toEqual(session)
    const kv = await disk.dump(STORES.kv)
    expect(kv[KEYS.schemaVersion]).toBe(PROGRESS_SCHEMA_VERSION)
    expect(kv[KEYS.lastEntry]).toBe(oldLog.at(-1)![0])
    expect(Object.keys(await disk.dump(STORES.cards)).every((k) => k.startsWith('article/'))).toBe(true)
  })

  it('is done once: opening again changes nothing', async () => {
    const disk = await v2Disk()
    await disk.open().load()
    const before = await Promise.all(DATA_STORES.map((s) => disk.dump(s)))
    await disk.open().load()
    expect(await Promise.all(DATA_STORES.map((s) => disk.dump(s)))).toEqual(before)
  })

  it('the next answer follows the last stored entry and builds on the stored card', async () => {
    const disk = await v2Disk()
    const repo = disk.open()
    const [factId, card] = fixture.stores.cards[0]!
    let seen: unknown
    const out = await repo.commitAnswer({
      deckId: 'article',
      factId,
      assumed: { card: undefined, lastEntryId: undefined },
      compute: ({ card: current, lastEntryId }) => {
        seen = { current, lastEntryId }
        const next = makeCard({ factId, lastReview: Date.UTC(2026, 10, 22), due: Date.UTC(2026, 10, 25) })
        const id = `${Date.UTC(2026, 10, 22)}-dev1-000001`
        return {
          card: next,
          entry: { id, deckId: 'article', factId, questionId: `${factId}:mcq`, format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt: Date.UTC(2026, 10, 22), retention: 0.9, previous: current ?? null, next, durationMs: 1 },
          session: null,
        }
      },
    })
    expect(seen).toEqual({ current: { ...(card as object), deckId: 'article', factId }, lastEntryId: fixture.stores.log.at(-1)![0] })
    expect(idTime(out.entry.id)).toBeGreaterThan(idTime(fixture.stores.log.at(-1)![0]))
    const loaded = await repo.load()
    expect(loaded.session).toBeNull()
    expect(loaded.log).toHaveLength(fixture.stores.log.length + 1)
  })
})
