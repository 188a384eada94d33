import { readFileSync } from 'node:fs'
import { parseBank, indexBank, type Bank } from '@/domain/bank'
import { createScheduler } from '@/domain/scheduling/scheduler'
import { plainCell } from '@/engine/cell'
import { createProgressEngine } from '@/engine/progress'
import { createStudyEngine } from '@/engine/study'
import { createResilientRepository } from '@/persistence/resilient'
import type { TabChannel, TabMessage } from '@/persistence/tabs'
import type { Disk } from '../persistence/harness'

/**
 * The engines as the app runs them, in Node: the built-in bank, a repository over fake-indexeddb or the
 * in-memory twin, a channel between "tabs", and a clock the test moves (also backwards).
 */
export const bank: Bank = parseBank(JSON.parse(readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')))
export const index = indexBank(bank)
const questionById = new Map(bank.questions.map((q) => [q.id, q]))
export const T0 = Date.UTC(2026, 10, 20, 1, 0)

/** A broadcast "bus": each tab's channel hears the others, as BroadcastChannel does. */
export function bus() {
  const listeners = new Set<{ from: object; cb: (m: TabMessage) => void }>()
  return (): TabChannel => {
    const me = {}
    return {
      announce: (m) => queueMicrotask(() => listeners.forEach((l) => l.from !== me && l.cb(structuredClone(m)))),
      subscribe(cb) {
        const l = { from: me, cb }
        listeners.add(l)
        return () => listeners.delete(l)
      },
      close: () => listeners.forEach((l) => l.from === me && listeners.delete(l)),
    }
  }
}

/** `touch`: told when memory's cards or log changed in place (the app's watchers). */
export async function tab(disk: Disk, clock: { now: number }, channel = bus(), touch: (cell: unknown) => void = () => undefined) {
  const progress = createProgressEngine({
    cell: plainCell,
    touch,
    clock: () => clock.now,
    openChannel: channel,
    durability: { request: async () => 'unsupported' as const, state: async () => ({ persisted: false }) },
  })
  await progress.hydrate(createResilientRepository({ open: () => disk.open() }), bank.facts.map((f) => f.id))
  const derive = <T>(fn: () => T) => ({ get value() { return fn() } })
  const study = createStudyEngine({
    cell: plainCell,
    derive,
    clock: () => clock.now,
    timeZone: () => 'Asia/Ho_Chi_Minh',
    bank: {
      scope: () => 'article',
      groups: () => [{ deckId: 'article', facts: bank.facts }],
      deckOf: () => 'article',
      facts: () => bank.facts,
      questions: () => bank.questions,
      question: (id) => questionById.get(id),
      fact: (id) => index.factById.get(id),
      flashcard: (id) => index.flashcardByFact.get(id),
      questionsByFact: () => index.questionsByFact,
    },
    progress: {
      cards: () => progress.cards.value,
      settings: () => progress.settings.value,
      log: () => progress.log.value,
      savedSession: () => progress.savedSession.value,
      persistenceUnknown: () => progress.meta.value.persisted === undefined,
      commitAnswer: progress.commitAnswer,
      undoAnswer: progress.undoAnswer,
      saveSession: progress.saveSession,
      askPersistence: progress.askPersistence,
      entryDevice: progress.entryDevice,
    },
  })
  return { progress, study }
}

export const schedulerFor = (retention: number) => createScheduler({ requestRetention: retention, maximumIntervalDays: 36500, enableFuzz: true })
