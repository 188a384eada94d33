import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryRepository, createResilientRepository, type Repository } from '@/persistence'
import { useProgressStore } from '@/stores/progress'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'
import { makeCard, NOW } from '../../fixtures/engine/cards'
import { makeEntry } from '../domain/stats/factories'
import { saveAnswer } from '../../fixtures/stored/factories'

/** A repository whose reads can be held after they have read, as a slow read overtaken by a write would be. */
function heldRepository() {
  const memory = createMemoryRepository()
  let hold: Promise<void> | undefined
  let release = () => {}
  const repository: Repository = {
    ...memory,
    load: async (options) => {
      const result = await memory.load(options)
      if (hold) await hold
      return result
    },
  }
  return {
    repository: createResilientRepository({ open: () => repository }),
    holdReads: () => void (hold = new Promise<void>((resolve) => (release = () => ((hold = undefined), resolve())))),
    release: () => release(),
  }
}

beforeEach(() => setActivePinia(createPinia()))

/** Starts a re-read, lets it read, makes `change` in this tab, then lets the (older) read's result arrive. */
async function changeDuringReread(change: (progress: ReturnType<typeof useProgressStore>) => Promise<void>) {
  const storage = heldRepository()
  const progress = useProgressStore()
  await progress.hydrate(storage.repository, ['f-a'])
  storage.holdReads()
  const reread = progress.reload()
  await new Promise((resolve) => setTimeout(resolve, 0))
  const changed = change(progress)
  storage.release()
  await Promise.all([reread, changed])
  return progress
}

describe('progress store, re-reading after another tab changed storage', () => {
  it("keeps this tab's answer given while the re-read was under way", async () => {
    const card = makeCard({ factId: 'f-a', reps: 1, lastReview: Date.now(), due: Date.now() + 86_400_000 })
    const entry = { ...makeEntry(Date.now()), factId: 'f-a', questionId: 'f-a:mcq', next: card }
    const progress = await changeDuringReread(async (p) => void (await p.commitAnswer('article', 'f-a', () => ({ card, entry, session: undefined }))))
    expect(progress.log.map((e) => e.id)).toEqual([entry.id])
    expect(progress.cards.get('f-a')).toEqual(card)
  })

  it('keeps a setting this tab changed while the re-read was under way', async () => {
    const progress = await changeDuringReread((p) => p.updateSettings({ dailyGoal: DEFAULT_SETTINGS.dailyGoal + 5 }))
    expect(progress.settings.dailyGoal).toBe(DEFAULT_SETTINGS.dailyGoal + 5)
  })

  it('still takes what another tab wrote', async () => {
    const memory = createMemoryRepository()
    const progress = useProgressStore()
    await progress.hydrate(createResilientRepository({ open: () => memory }), ['f-a'])
    const card = makeCard({ factId: 'f-a', due: NOW })
    await saveAnswer(memory, card, { ...makeEntry(Date.now()), factId: 'f-a', questionId: 'f-a:mcq', next: card })
    await progress.reload()
    expect(progress.cards.get('f-a')).toEqual(card)
    expect(progress.log).toHaveLength(1)
  })
})
