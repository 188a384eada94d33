import { describe, expect, it } from 'vitest'
import { masteryLevel, sentenceLevel } from '@/domain/mastery'
import type { MemoryCard } from '@/domain/scheduling/types'

const card = (patch: Partial<MemoryCard>): MemoryCard => ({
  factId: 'f', state: 'review', due: 0, stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 3, lapses: 0, lastReview: 0, ...patch,
})

describe('masteryLevel', () => {
  it.each([
    [undefined, 'new'],
    [card({ state: 'new' }), 'new'],
    [card({ state: 'learning' }), 'learning'],
    [card({ state: 'relearning', stability: 40 }), 'learning'],
    [card({ stability: 20.9 }), 'young'],
    [card({ stability: 21 }), 'mature'],
  ] as const)('%o → %s', (c, level) => expect(masteryLevel(c)).toBe(level))
})

describe('sentenceLevel', () => {
  it.each([
    [[], 'new'],
    [['new', 'new'], 'new'],
    [['mature', 'mature'], 'mature'],
    [['mature', 'young'], 'learning'],
    [['new', 'mature'], 'learning'],
  ] as const)('%o → %s', (levels, level) => expect(sentenceLevel(levels)).toBe(level))
})
