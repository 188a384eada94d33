import { describe, expect, it } from 'vitest'
import type { Backend, Tx } from '@/persistence/backend'
import { STORES } from '@/persistence/keys'
import { createMemoryBackend, emptyData } from '@/persistence/memory-backend'
import { createRepository } from '@/persistence/repository'
import { T0, makeAnswer } from '../../fixtures/stored/factories'

/**
 * The whole log is read in reads sized by their time: an answer given meanwhile waits for one read, so a slow
 * device reads in small ones and a fast one in big ones. The reads are timed in milliseconds, so the storage
 * beneath is the in-memory twin, slowed down on purpose.
 */
function slowed(delayMs: () => number) {
  const inner = createMemoryBackend(emptyData())
  const sizes: number[] = []
  const backend: Backend = {
    close: () => inner.close(),
    run(mode, stores, work) {
      const reading = mode === 'readonly' && stores.length === 1 && stores[0] === STORES.log
      return inner.run(mode, stores, async (tx) => {
        if (!reading) return work(tx)
        const counted: Tx = {
          ...tx,
          getAllKeys: (store, from, count) => {
            if (count !== undefined) sizes.push(count - 1)
            return tx.getAllKeys(store, from, count)
          },
        }
        const result = await work(counted)
        const ms = delayMs()
        if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
        return result
      })
    },
  }
  return { repo: createRepository(backend, { autoBackups: false }), sizes }
}

async function seeded(delayMs: () => number, count: number) {
  const device = slowed(delayMs)
  const entries = Array.from({ length: count }, (_, i) => makeAnswer(`f-${i % 7}`, T0 + i * 1000).entry)
  await device.repo.mergeEntries({ entries, cards: [] })
  return { ...device, entries }
}

describe('the whole log, read in reads sized by their time', () => {
  it('reads smaller while reads are slow, down to a floor, and still reads every answer once', async () => {
    const { repo, sizes, entries } = await seeded(() => 30, 400)
    expect(await repo.loadLog()).toEqual(entries)
    expect(sizes[0]).toBe(100)
    expect(sizes.slice(1, 3)).toEqual([50, 25])
    expect(Math.min(...sizes)).toBe(25)
  })

  it('reads bigger while reads are fast, up to a ceiling', async () => {
    const { repo, sizes, entries } = await seeded(() => 0, 6000)
    expect(await repo.loadLog()).toEqual(entries)
    expect(sizes[0]).toBe(100)
    expect(Math.max(...sizes)).toBeGreaterThan(100)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1000)
  })
})
