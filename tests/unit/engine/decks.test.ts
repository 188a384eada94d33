import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexBank, parseBank, type Bank, type Fact } from '@/domain/bank'
import { deckBank } from '@/domain/deck'
import { deckOf } from '@/domain/deck/types'
import { plainCell } from '@/engine/cell'
import { createProgressEngine } from '@/engine/progress'
import { createStudyEngine } from '@/engine/study'
import { createResilientRepository } from '@/persistence/resilient'
import type { TabChannel } from '@/persistence/tabs'
import { testDeck } from '../../fixtures/decks'
import { harnesses } from '../persistence/harness'

/** The engines over the built-in deck and a learner's deck, studied one at a time or all together. */
const builtIn: Bank = parseBank(JSON.parse(readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')))
const T0 = Date.UTC(2026, 10, 20, 1, 0)
const DECK = 'dtest0001'
const silent = (): TabChannel => ({ announce: () => undefined, subscribe: () => () => undefined, close: () => undefined })

async function setup(harness: (typeof harnesses)[number]) {
  const clock = { now: T0 }
  const disk = harness.disk()
  const progress = createProgressEngine({
    cell: plainCell,
    touch: () => undefined,
    clock: () => clock.now,
    openChannel: silent,
    durability: { request: async () => 'unsupported' as const, state: async () => ({ persisted: false }) },
  })
  await progress.hydrate(createResilientRepository({ open: () => disk.open() }), builtIn.facts.map((f) => f.id))
  await progress.updateSettings({ newPerDay: 3 })
  const stored = testDeck(DECK, T0)
  await progress.saveDeck(stored)
  const user = deckBank(stored.content)
  const banks = [builtIn, user]
  const indexes = banks.map(indexBank)
  const scope = { value: 'all' }
  const inScope = () => (scope.value === 'all' ? [0, 1] : scope.value === DECK ? [1] : [0])
  const facts = () => inScope().flatMap((i) => banks[i]!.facts)
  const find = <T>(pick: (i: ReturnType<typeof indexBank>) => Map<string, T>, id: string) => pick(indexes[deckOf(id) === DECK ? 1 : 0]!).get(id)
  const questions = new Map(banks.flatMap((b) => b.questions).map((q) => [q.id, q]))
  const study = createStudyEngine({
    cell: plainCell,
    derive: <T>(fn: () => T) => ({ get value() { return fn() } }),
    clock: () => clock.now,
    timeZone: () => 'UTC',
    bank: {
      scope: () => scope.value,
      groups: () => inScope().map((i) => ({ deckId: i === 1 ? DECK : 'article', facts: banks[i]!.facts as Fact[] })),
      deckOf,
      facts,
      questions: () => inScope().flatMap((i) => banks[i]!.questions),
      question: (id) => questions.get(id),
      fact: (id) => find((i) => i.factById, id),
      flashcard: (id) => find((i) => i.flashcardByFact, id),
      questionsByFact: () => new Map(inScope().flatMap((i) => [...indexes[i]!.questionsByFact])),
    },
    progress: {
      cards: () => progress.cards.value,
      settings: () => progress.settings.value,
      log: () => progress.log.value,
      savedSession: () => progress.savedSession.value,
      persistenceUnknown: () => false,
      commitAnswer: progress.commitAnswer,
      undoAnswer: progress.undoAnswer,
      saveSession: progress.saveSession,
      askPersistence: progress.askPersistence,
      entryDevice: progress.entryDevice,
    },
  })
  return { clock, disk, progress, study, scope, stored }
}

describe.each(harnesses)('decks in the engines ($name)', (harness) => {
  it('a session over all decks takes each deck’s new facts within its own daily limit', async () => {
    const { study } = await setup(harness)
    study.startReview('review', 20)
    const items = study.session.value!.items
    expect(items.filter((i) => deckOf(i.factId) === 'article')).toHaveLength(3)
    expect(items.filter((i) => deckOf(i.factId) === DECK)).toHaveLength(3)
  })

  it('an answer to a deck’s fact is stored under that deck, survives a reload, and undo takes it back', async () => {
    const { study, progress, scope, disk } = await setup(harness)
    scope.value = DECK
    study.startFlashcards(5)
    const factId = study.item.value!.factId
    expect(deckOf(factId)).toBe(DECK)
    await study.grade('good')
    expect(progress.log.value.at(-1)).toMatchObject({ deckId: DECK, factId })
    expect((await disk.open().load()).cards.map((c) => [c.deckId, c.factId])).toEqual([[DECK, factId]])
    await study.undo()
    expect((await disk.open().load()).cards).toEqual([])
  })

  it('a stored session resumes only in its own scope', async () => {
    const { study, scope } = await setup(harness)
    scope.value = DECK
    study.startReview('review', 5)
    await study.answer({ kind: 'typed', text: 'không biết' } as never)
    scope.value = 'article'
    expect(study.resume('review', 'review')).toBe(false)
    scope.value = DECK
    expect(study.resume('review', 'review')).toBe(true)
  })

  it('deleting a deck takes its cards and answers away; the built-in deck’s stay', async () => {
    const { study, progress, scope, clock } = await setup(harness)
    study.startReview('review', 20)
    while (study.item.value) {
      clock.now += 5000
      await study.answer({ kind: 'mcq', index: 0 } as never)
      study.next()
    }
    const decksAnswered = new Set(progress.log.value.map((e) => e.deckId))
    expect(decksAnswered).toEqual(new Set(['article', DECK]))
    await progress.deleteDeck(DECK)
    expect(progress.decks.value).toEqual([])
    expect([...progress.cards.value.keys()].some((id) => deckOf(id) === DECK)).toBe(false)
    expect(progress.log.value.every((e) => e.deckId === 'article')).toBe(true)
    expect(progress.log.value.length).toBeGreaterThan(0)
    scope.value = 'article'
  })
})
