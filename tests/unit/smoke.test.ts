import { describe, expect, it } from 'vitest'
import { TOPICS, QUESTION_KINDS } from '@/domain/bank/types'

describe('bank types', () => {
  it('lists each topic and question kind once', () => {
    expect(new Set(TOPICS).size).toBe(TOPICS.length)
    expect(new Set(QUESTION_KINDS).size).toBe(QUESTION_KINDS.length)
  })
})
