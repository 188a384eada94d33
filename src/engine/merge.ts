/**
 * Folding another device's answers into this one's stored progress (what a sync pull brings), loaded with the
 * first pull. The merge is worked out on a copy of the log, a few milliseconds at a time, outside the write queue
 * (`planMerge`): an answer given meanwhile commits at once. Then it is stored in parts of a few answers
 * (`splitPlan`, each with the cards of its facts as they stand once it is in), each in the queue and in one
 * transaction (`Repository.mergeEntries`), each first taking in the answers given meanwhile (`finishMerge`): the new
 * answers, the answers undone where they were given and the cards of their facts; memory follows each part, and
 * what shows it is told every quarter of a second (`SHOW_EVERY_MS`). A part gives way to an answer given while it is
 * stored (`GIVE_WAY`).
 */
import type { SchedulerFor } from '@/domain/progress/ids'
import { finishMerge, mergeInto, planMerge, runPlan, splitPlan, type MergeWrite } from '@/domain/sync/merge'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { EngineCore } from './rare'

/** How long the plan runs before it lets the page's other work through. */
const SLICE_MS = 2

/** Lets the page's other work run (an answer's transaction, a paint): a task of its own, without timers' clamping. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Runs a plan in slices of `sliceMs`, letting other tasks through between them; while a write is under way (an
 * answer's), the plan waits for it, so that the answer's few round trips to IndexedDB never queue behind a slice.
 */
async function sliced<T>(steps: Generator<void, T>, sliceMs: number, settled: () => Promise<unknown>): Promise<T> {
  let started = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - started >= sliceMs) {
      await pause()
      await settled()
      started = performance.now()
    }
  }
}

/**
 * Memory after a part of a merge is stored, without reading storage again: the log with the answers removed and
 * added, in place (both in id order: two ordered runs merged; an answer's entry is appended in place too), and
 * every card held (shown or orphaned, keyed by fact id) with the rebuilt ones in and the dropped ones out.
 */
function mergedMemory(log: ReviewLogEntry[], cards: readonly MemoryCard[], merge: MergeWrite): MemoryCard[] {
  const removed = new Set(merge.removed)
  if (removed.size > 0) {
    let kept = 0
    for (const entry of log) if (!removed.has(entry.id)) log[kept++] = entry
    log.length = kept
  }
  mergeInto(log, merge.entries)
  const byFact = new Map(cards.map((c) => [c.factId, c]))
  for (const key of merge.dropCards) byFact.delete(key.factId)
  for (const { deckId: _deck, ...card } of merge.cards) byFact.set(card.factId, card)
  return [...byFact.values()]
}

/** Times the plan is worked out again when the log was replaced meanwhile (an undo, another tab's change). */
const ATTEMPTS = 3

/**
 * Answers added or removed per transaction. IndexedDB runs the app's transactions one after another, and a
 * transaction's time grows with what it writes: while a sync ran, a part of about 80 answers took 20–30 ms to store,
 * one of 10 3–7 ms. A part gives way to an answer (see GIVE_WAY), unless its commit is under way: then the answer
 * waits for that commit.
 */
const PART_SIZE = 10

/**
 * Times a part gives way to the learner's writes (see the engine's `write`): an answer given while a part is stored
 * stops it and goes first, instead of waiting for it. After that, so a merge always ends, the part is stored
 * whatever comes.
 */
const GIVE_WAY = 3

/**
 * Queues `action` as a write that gives way to the learner's (see the engine's `write`): stopped before its commit
 * (nothing of it stored), it is queued again behind the write that stopped it, and worked out again with what that
 * write brought. After `GIVE_WAY` stops it is stored whatever comes.
 */
async function writeGivingWay<T>(core: EngineCore, action: (giveWay?: AbortSignal) => Promise<T>): Promise<T> {
  for (let stops = 0; ; stops++) {
    try {
      return await core.write(action, stops < GIVE_WAY)
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== 'gave-way') throw error
    }
  }
}

/**
 * How often, at most, what shows the progress (home's counts, the progress page) is told of the parts stored. Memory
 * follows every part at once; told of each, the home screen counted the whole log again hundreds of times a pull.
 */
const SHOW_EVERY_MS = 250

/**
 * Stores the answers of `incoming` not held here and removes those of `removed` that are, the cards of their
 * facts rebuilt from the whole merged log; memory follows. Answers already here are skipped, so a pull repeated
 * or interrupted and resumed doubles nothing. Resolves with how many answers were added or removed.
 *
 * The plan and its parts are worked out outside the write queue, in slices; each part is stored in a
 * transaction of its own, which an answer given meanwhile stops (the part is stored again after it). Answers given
 * meanwhile are taken into account by each part (`finishMerge`); an undo or another tab's change replaces the log,
 * and the rest of the merge is worked out again on the new one.
 */
export async function mergeRemote(
  core: EngineCore,
  incoming: readonly ReviewLogEntry[],
  schedulerFor: SchedulerFor,
  removed: readonly string[] = [],
  sliceMs = SLICE_MS,
): Promise<number> {
  await core.ensureFullLog()
  core.changed()
  // Cards are rebuilt from the whole log of their facts: a partial one would give them a wrong schedule.
  const complete = () => {
    if (!core.logComplete.value) throw new Error('the answer log could not be read; nothing merged')
    return core.log.value
  }
  let total = 0
  let shownAt = core.clock()
  let unshown = false
  const show = () => {
    unshown = false
    shownAt = core.clock()
    core.deps.touch(core.cards)
    core.deps.touch(core.log)
  }
  /** Stores one part's write; memory follows at once, what shows it every `SHOW_EVERY_MS` and at the end. */
  const store = async (merge: MergeWrite, giveWay?: AbortSignal) => {
    const changed = await core.repo().mergeEntries(merge, giveWay)
    if (changed > 0) {
      // Memory takes what was written; the log is not read again (a pull comes in many batches).
      core.reconcileDecks(mergedMemory(core.log.value, [...core.cards.value.values(), ...core.orphaned.value], merge), true)
      unshown = true
      const now = core.clock()
      if (now - shownAt >= SHOW_EVERY_MS || now < shownAt) show()
      total += changed
    }
  }
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      let base = complete()
      let length = base.length
      const plan = await sliced(planMerge(base.slice(), incoming, removed, schedulerFor), sliceMs, core.settled)
      if (!plan) return total
      const added: ReviewLogEntry[] = []
      let replaced = false
      const parts = await sliced(splitPlan(plan, PART_SIZE, schedulerFor), sliceMs, core.settled)
      for (const part of parts) {
        // The part's write is worked out before it queues, with the answers given so far (the cards of their
        // facts played on): an answer queued meanwhile does not wait for that. In the queue it is worked out again
        // only when an answer came in between.
        const early = core.log.value === base
          ? { at: base.length, merge: finishMerge(part, base, [...added, ...base.slice(length)], schedulerFor) }
          : null
        replaced = await writeGivingWay(core, async (giveWay) => {
          // Answers committed here are appended to the log in place; a log replaced is worked out again.
          if (core.log.value !== base) return true
          added.push(...base.slice(length))
          length = base.length
          await store(early?.at === base.length ? early.merge : finishMerge(part, base, added, schedulerFor), giveWay)
          base = core.log.value
          length = base.length
          return false
        })
        if (replaced) break
      }
      if (!replaced) return total
    }
    // The log kept changing under the plan: worked out inside the queue, where nothing else changes it.
    await core.write(() => {
      const plan = runPlan(planMerge(complete(), incoming, removed, schedulerFor))
      return plan ? store(finishMerge(plan, core.log.value, [], schedulerFor)) : Promise.resolve()
    })
    return total
  } finally {
    if (unshown) show()
    // Other tabs read the log again, once.
    if (total > 0) core.tellTabs({ type: 'merge' })
  }
}
