import { readFileSync } from 'node:fs'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { createRng } from '../../../src/domain/random'
import { DEFAULT_SETTINGS, BACKUP_APP, PROGRESS_SCHEMA_VERSION } from '../../../src/domain/progress/types'
import type { MemoryCard, ReviewLogEntry, Grade } from '../../../src/domain/scheduling/types'

const DAY = 86_400_000
const bank = JSON.parse(readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')) as { facts: { id: string }[] }

/**
 * A backup file holding `answers` answers spread over the days before `now`, made by the real scheduler,
 * so the app loads a history like a learner's own.
 */
export function makeHistory(answers: number, now: number) {
  const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
  const rng = createRng(7)
  const cards = new Map<string, MemoryCard>()
  const log: ReviewLogEntry[] = []
  const factIds = bank.facts.map((f) => f.id)
  const days = 60
  for (let i = 0; i < answers; i++) {
    const at = now - days * DAY + Math.floor((i / answers) * days * DAY)
    const factId = factIds[Math.floor(rng() * factIds.length)]!
    const previous = cards.get(factId) ?? null
    const grade: Grade = rng() < 0.15 ? 'again' : rng() < 0.2 ? 'hard' : 'good'
    const next = scheduler.review(previous ?? scheduler.newCard(factId, at), grade, at)
    cards.set(factId, next)
    log.push({
      id: `${at}-h${i}`, factId, questionId: `${factId}:mcq`, grade, outcome: grade === 'again' ? 'wrong' : grade === 'hard' ? 'almost' : 'correct',
      reviewedAt: at, previous, next, durationMs: 4000,
    })
  }
  return {
    app: BACKUP_APP, schemaVersion: PROGRESS_SCHEMA_VERSION, exportedAt: now,
    cards: [...cards.values()], log, settings: { ...DEFAULT_SETTINGS, newPerDay: 20 },
  }
}
