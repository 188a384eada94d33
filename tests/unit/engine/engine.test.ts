import { describe, expect, it, vi } from 'vitest'
import { rebuildCards } from '@/domain/progress/replay'
import { isStorageError } from '@/persistence/errors'
import type { Repository } from '@/persistence/repository'
import { harnesses, type Disk } from '../persistence/harness'
import { answers } from '../../fixtures/sync-answers'
import { bank, bus, schedulerFor, T0, tab } from './devices'

const stored = async (repo: Repository) => repo.load()

/** `count` answers stored, the same in memory, and every card stored and in memory a replay of the log stored. */
async function expectReplayed(disk: Disk, progress: Awaited<ReturnType<typeof tab>>['progress'], count: number) {
  const data = await stored(disk.open())
  expect(data.log).toHaveLength(count)
  expect(progress.log.value.map((e) => e.id)).toEqual(data.log.map((e) => e.id))
  const rebuilt = rebuildCards(data.log, schedulerFor)
  expect(data.cards).toHaveLength(rebuilt.size)
  for (const card of data.cards) expect(card).toEqual(rebuilt.get(`article/${card.factId}`))
  for (const [factId, card] of progress.cards.value) expect({ ...card, deckId: 'article' }).toEqual(rebuilt.get(`article/${factId}`))
}

type MergeEntries = Repository['mergeEntries']

/** `disk`, with each part of a merge its repositories store (`mergeEntries`) going through `around`. */
function aroundMerges(disk: Disk, around: (store: MergeEntries, ...args: Parameters<MergeEntries>) => Promise<number>): Disk {
  return {
    ...disk,
    open() {
      const repo = disk.open()
      return { ...repo, mergeEntries: (input, giveWay) => around((...args) => repo.mergeEntries(...args), input, giveWay) }
    },
  }
}

describe.each(harnesses)('engines over $name', (harness) => {
  it('grades, schedules and commits each flashcard: memory, storage and a replay of the log agree', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    const { progress, study } = await tab(disk, clock)
    study.startFlashcards(10)
    const grades = ['again', 'good', 'hard', 'easy', 'good', 'again'] as const
    for (const g of grades) {
      clock.now += 45_000
      await study.grade(g)
      expect(study.error.value).toBeNull()
    }
    const data = await stored(disk.open())
    expect(data.log).toHaveLength(grades.length)
    expect(progress.log.value.map((e) => e.id)).toEqual(data.log.map((e) => e.id))
    const rebuilt = rebuildCards(data.log, schedulerFor)
    for (const card of data.cards) expect(rebuilt.get(`article/${card.factId}`)).toEqual(card)
    for (const [factId, card] of progress.cards.value) expect({ ...card, deckId: 'article' }).toEqual(rebuilt.get(`article/${factId}`))
    // The session step went with each answer: a fresh tab resumes at the same place.
    const other = await tab(disk, clock)
    expect(other.study.resume('flashcards')).toBe(true)
    expect(other.study.position.value.done).toBe(grades.length)
  })

  it('keeps answering when the clock goes back in the middle of a session, and the log replays to the same cards', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    const { progress, study } = await tab(disk, clock)
    study.startFlashcards(12)
    for (const [i, jump] of [0, 60_000, -7_200_000, -86_400_000 * 3, 120_000, 1e13, -1e13].entries()) {
      clock.now += jump
      await study.grade(i % 2 ? 'good' : 'again')
      expect(study.error.value).toBeNull()
    }
    const data = await stored(disk.open())
    expect(data.log).toHaveLength(7)
    const ids = data.log.map((e) => e.id)
    expect([...ids].sort()).toEqual(ids)
    const rebuilt = rebuildCards(data.log, schedulerFor)
    for (const card of data.cards) expect(rebuilt.get(`article/${card.factId}`)).toEqual(card)
    expect(progress.cards.value.size).toBe(data.cards.length)
  })

  it('two devices that studied apart end with the same answers and the same cards once each merges the other’s', async () => {
    const clock = { now: T0 }
    const phoneDisk = harness.disk()
    const deskDisk = harness.disk()
    const phone = await tab(phoneDisk, clock)
    const desk = await tab(deskDisk, clock)
    // Each device answers on its own, some facts on both.
    for (const [device, grades] of [[phone, ['good', 'again', 'easy', 'hard', 'good']], [desk, ['again', 'good', 'good', 'hard']]] as const) {
      device.study.startFlashcards(6)
      for (const g of grades) {
        clock.now += 61_000
        await device.study.grade(g)
        expect(device.study.error.value).toBeNull()
      }
    }
    const phoneLog = [...phone.progress.log.value]
    const deskLog = [...desk.progress.log.value]
    const orphaned = phone.progress.orphaned.value
    expect(await phone.progress.mergeRemote(deskLog, schedulerFor)).toBe(deskLog.length)
    // No card was orphaned: the list stays the one it was, and what shows it is not drawn again after each part.
    expect(phone.progress.orphaned.value).toBe(orphaned)
    expect(await desk.progress.mergeRemote(phoneLog, schedulerFor)).toBe(phoneLog.length)
    // Again, or with what it already has: nothing is doubled.
    expect(await phone.progress.mergeRemote([...deskLog, ...phoneLog], schedulerFor)).toBe(0)

    const ids = (log: readonly { id: string }[]) => log.map((e) => e.id)
    expect(ids(phone.progress.log.value)).toEqual(ids(desk.progress.log.value))
    expect(phone.progress.log.value).toHaveLength(phoneLog.length + deskLog.length)
    expect(new Map(phone.progress.cards.value)).toEqual(new Map(desk.progress.cards.value))
    // What each device stored is what it shows, and a replay of the merged log.
    const rebuilt = rebuildCards(phone.progress.log.value, schedulerFor)
    for (const disk of [phoneDisk, deskDisk]) {
      const data = await stored(disk.open())
      expect(data.log).toHaveLength(phoneLog.length + deskLog.length)
      for (const card of data.cards) expect(card).toEqual(rebuilt.get(`article/${card.factId}`))
    }
    // The next answer on either device gets an id after every answer it now holds.
    clock.now = T0
    phone.study.startFlashcards(3)
    await phone.study.grade('good')
    const last = phone.progress.log.value.at(-1)!
    expect(last.id > [...phoneLog, ...deskLog].map((e) => e.id).sort().at(-1)!).toBe(true)
  })

  it('an answer given while a pull is folded in commits first, and the cards stored are still a replay of the log', async () => {
    const clock = { now: T0 }
    const disk = harness.disk()
    const { progress, study } = await tab(disk, clock)
    // Months of answers from another device, on every fact: the fold replays them all.
    const grades = Array.from({ length: 3000 }, (_, i) => (['good', 'hard', 'again', 'easy'] as const)[i % 4]!)
    const incoming = answers('deskdesk', bank.facts.map((f) => f.id), grades, T0 - 3000 * 3_600_000)
    study.startFlashcards(5)
    const order: string[] = []
    const merging = progress.mergeRemote(incoming, schedulerFor, [], 0).then((n) => order.push(`merged ${n}`))
    clock.now += 60_000
    await study.grade('good')
    order.push('answered')
    await merging
    expect(order).toEqual(['answered', 'merged 3000'])
    await expectReplayed(disk, progress, 3001)
  })

  it('memory follows every part of a pull; what shows it is told once a quarter of a second at most, and at the end', async () => {
    const clock = { now: T0 }
    const disk = harness.disk()
    const engine: { progress?: Awaited<ReturnType<typeof tab>>['progress'] } = {}
    const held = () => engine.progress!.log.value.length
    // Each part takes 100 ms to store; before each, memory holds every answer stored so far.
    const parts: { held: number; stored: number }[] = []
    const timed = aroundMerges(disk, async (store, input, giveWay) => {
      const before = held()
      clock.now += 100
      const stored = await store(input, giveWay)
      parts.push({ held: before, stored })
      return stored
    })
    const told: { at: number; answers: number }[] = []
    const touch = (cell: unknown) => {
      if (cell === engine.progress?.log) told.push({ at: clock.now, answers: held() })
    }
    const { progress } = await tab(timed, clock, bus(), touch)
    engine.progress = progress
    // Three answers on each fact, from another device.
    const grades = [...bank.facts, ...bank.facts, ...bank.facts].map(() => 'good' as const)
    const incoming = answers('deskdesk', bank.facts.map((f) => f.id), grades, T0 - 86_400_000)
    expect(await progress.mergeRemote(incoming, schedulerFor, [], 0)).toBe(incoming.length)
    expect(parts.length).toBeGreaterThan(9)
    let sum = 0
    for (const part of parts) {
      expect(part.held).toBe(sum)
      sum += part.stored
    }
    // Told every third part (300 ms), and once more with the last.
    expect(told.length).toBe(Math.ceil(parts.length / 3))
    for (let i = 1; i < told.length - 1; i++) expect(told[i]!.at - told[i - 1]!.at).toBeGreaterThanOrEqual(250)
    expect(told.at(-1)!.answers).toBe(incoming.length)
    await expectReplayed(disk, progress, incoming.length)
  })

  it('a part of a pull being stored gives way to an answer, at most three times, and the merge still ends whole', async () => {
    const clock = { now: T0 }
    const disk = harness.disk()
    const attempts = { all: 0, gaveWay: 0 }
    const given: Promise<void>[] = []
    let answer = (): Promise<void> => Promise.resolve()
    // An answer given while each part is being stored, every time it is tried: the part stops (nothing of it kept)
    // for the answer, and after three stops it is stored whatever comes.
    const spied = aroundMerges(disk, async (store, input, giveWay) => {
      attempts.all++
      if (giveWay) {
        const answered = answer()
        given.push(answered)
        // The answer's write is queued: the part is told to give way (or, were it not, the answer waits).
        await new Promise<void>((resolve) => {
          giveWay.addEventListener('abort', () => resolve())
          setTimeout(resolve, 50)
        })
      }
      return store(input, giveWay).catch((error: unknown) => {
        if (isStorageError(error, 'gave-way')) attempts.gaveWay++
        throw error
      })
    })
    const { progress, study } = await tab(spied, clock)
    const incoming = answers('deskdesk', bank.facts.slice(0, 30).map((f) => f.id), bank.facts.slice(0, 30).map(() => 'good' as const), T0 - 86_400_000)
    study.startFlashcards(40)
    // One answer after another, as a learner gives them.
    let last = Promise.resolve()
    answer = () => (last = last.then(() => {
      clock.now += 30_000
      return study.grade('good')
    }))
    expect(await progress.mergeRemote(incoming, schedulerFor, [], 0)).toBe(incoming.length)
    await Promise.all(given)
    const stored = attempts.all - attempts.gaveWay
    expect(stored).toBeGreaterThan(1)
    expect(attempts.gaveWay).toBe(3 * stored)
    await expectReplayed(disk, progress, incoming.length + given.length)
  })

  it('a pull folded in right behind an answer builds on that answer: the cards stored are a replay of the log', async () => {
    const clock = { now: T0 }
    const disk = harness.disk()
    const { progress, study } = await tab(disk, clock)
    await progress.ensureFullLog()
    // One answer from another device on every fact, a day earlier.
    const incoming = answers('deskdesk', bank.facts.map((f) => f.id), bank.facts.map(() => 'hard' as const), T0 - 86_400_000)
    study.startFlashcards(5)
    clock.now += 60_000
    const answering = study.grade('good')
    await progress.mergeRemote(incoming, schedulerFor)
    await answering
    const data = await stored(disk.open())
    expect(data.log).toHaveLength(incoming.length + 1)
    const rebuilt = rebuildCards(data.log, schedulerFor)
    for (const card of data.cards) expect(card).toEqual(rebuilt.get(`article/${card.factId}`))
    for (const [factId, card] of progress.cards.value) expect({ ...card, deckId: 'article' }).toEqual(rebuilt.get(`article/${factId}`))
  })

  it('an answer out of range from another device is refused, and nothing of the pull is stored', async () => {
    const clock = { now: T0 }
    const disk = harness.disk()
    const { progress } = await tab(disk, clock)
    const good = { id: `${T0}-remote-000001`, deckId: 'article', factId: bank.facts[0]!.id, questionId: 'x', format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt: T0, retention: 0.9, previous: null, next: schedulerFor(0.9).newCard(bank.facts[0]!.id, T0), durationMs: 1000 } as const
    const bad = { ...good, id: `${T0 + 1}-remote-000002`, reviewedAt: Number.NaN }
    await expect(progress.mergeRemote([good, bad] as never, schedulerFor)).rejects.toThrow()
    expect((await stored(disk.open())).log).toEqual([])
    expect(progress.log.value).toEqual([])
  })

  it('undo is one step back in memory and in storage: entry, card and session', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    const { progress, study } = await tab(disk, clock)
    study.startFlashcards(5)
    await study.grade('good')
    const before = await stored(disk.open())
    clock.now += 30_000
    await study.grade('again')
    await study.undo()
    const after = await stored(disk.open())
    expect([after.cards, after.log, after.session]).toEqual([before.cards, before.log, before.session])
    expect(progress.log.value.map((e) => e.id)).toEqual(before.log.map((e) => e.id))
    expect(study.position.value.done).toBe(1)
  })

  it('answers undone while the whole log is read do not come back in memory, even when a read met them', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    // The whole log is read in several reads: one may meet an answer that is undone before the last read ends.
    let release: (() => void) | undefined
    const slowRead = (): Repository => {
      const repo = disk.open()
      return { ...repo, loadLog: async (since) => {
        const log = await repo.loadLog(since)
        await new Promise<void>((resolve) => (release = resolve))
        return log
      } }
    }
    const { progress, study } = await tab({ ...disk, open: slowRead }, clock)
    study.startFlashcards(5)
    await study.grade('good')
    clock.now += 30_000
    await study.grade('again')
    const reading = progress.ensureFullLog()
    await vi.waitFor(() => expect(release).toBeDefined())
    await study.undo()
    release!()
    await reading
    const data = await stored(disk.open())
    expect(data.log).toHaveLength(1)
    expect(progress.log.value.map((e) => e.id)).toEqual(data.log.map((e) => e.id))
  })

  it('a commit storage refuses leaves memory as it was, says so, and the same answer can be given again', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    let refuse = true
    const refusing = (): Repository => {
      const repo = disk.open()
      return {
        ...repo,
        commitAnswer: (input) => (refuse ? Promise.reject(Object.assign(new Error('out of range'), { code: 'invalid-answer' })) : repo.commitAnswer(input)),
      }
    }
    const { progress, study } = await tab({ ...disk, open: refusing }, clock)
    study.startFlashcards(5)
    const item = study.item.value
    await study.grade('good')
    expect(study.error.value).toBe('not-saved')
    expect([progress.log.value, [...progress.cards.value], study.position.value.done, study.item.value]).toEqual([[], [], 0, item])
    expect(progress.status.value).toBe('ok')
    expect((await stored(disk.open())).log).toEqual([])
    refuse = false
    await study.grade('good')
    expect(study.error.value).toBeNull()
    expect((await stored(disk.open())).log).toHaveLength(1)
  })

  it('two tabs answering at once keep every answer, and each hears of the other', async () => {
    const disk = harness.disk()
    const clock = { now: T0 }
    const channel = bus()
    const a = await tab(disk, clock, channel)
    const b = await tab(disk, clock, channel)
    a.study.startFlashcards(8)
    b.study.startFlashcards(8)
    for (let i = 0; i < 4; i++) {
      clock.now += 20_000
      await Promise.all([a.study.grade('good'), b.study.grade('again')])
    }
    await new Promise((r) => setTimeout(r, 50))
    await Promise.all([a.progress.reload(), b.progress.reload()])
    const data = await stored(disk.open())
    expect(data.log).toHaveLength(8)
    expect(new Set(data.log.map((e) => e.id)).size).toBe(8)
    expect(a.progress.log.value.map((e) => e.id).sort()).toEqual(data.log.map((e) => e.id).sort())
    expect(b.progress.log.value.map((e) => e.id).sort()).toEqual(data.log.map((e) => e.id).sort())
    expect(a.progress.cards.value).toEqual(b.progress.cards.value)
  })
})
