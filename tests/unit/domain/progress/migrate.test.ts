import { describe, expect, it } from 'vitest'
import { classifyStored, factIdOfQuestionId, migrateV1 } from '@/domain/progress/migrate'
import { parseLogEntry } from '@/domain/progress/schema'
import { PROGRESS_SCHEMA_VERSION } from '@/domain/progress/types'
import v1Fixture from '../../../fixtures/stored/v1-answers.json'

describe('classifyStored', () => {
  it.each<[string, unknown, unknown, ReturnType<typeof classifyStored>]>([
    ['nothing stored', undefined, undefined, { kind: 'fresh' }],
    ['only the skeleton record', undefined, v1Fixture, { kind: 'old', from: 1 }],
    ['the current schema', PROGRESS_SCHEMA_VERSION, undefined, { kind: 'current' }],
    ['current schema plus a late skeleton record', PROGRESS_SCHEMA_VERSION, v1Fixture, { kind: 'old', from: PROGRESS_SCHEMA_VERSION }],
    ['a newer schema', PROGRESS_SCHEMA_VERSION + 1, undefined, { kind: 'newer', found: PROGRESS_SCHEMA_VERSION + 1 }],
    ['a newer schema even beside a skeleton record', 7, v1Fixture, { kind: 'newer', found: 7 }],
  ])('%s', (_name, schema, legacy, expected) => {
    expect(classifyStored(schema, legacy)).toEqual(expected)
  })

  it.each([['2'], [1.5], [0], [null], [Number.NaN]])('calls a schema record of %s corrupt', (schema) => {
    expect(classifyStored(schema, undefined).kind).toBe('corrupt')
  })
})

describe('factIdOfQuestionId', () => {
  it.each([
    ['f-sochi-meeting:mcq', 'f-sochi-meeting'],
    ['f-a:b:true-false', 'f-a:b'],
    ['no-kind', null],
    [':mcq', null],
    ['f-x:', null],
  ])('%s → %s', (questionId, factId) => {
    expect(factIdOfQuestionId(questionId)).toBe(factId)
  })
})

describe('migrateV1', () => {
  const result = migrateV1(v1Fixture, 'hbb:answers')

  it('turns each readable answer into a valid log entry of its fact', () => {
    expect(result.log).toHaveLength(3)
    for (const entry of result.log) expect(parseLogEntry(entry)).toMatchObject({ ok: true })
    expect(result.log[0]).toMatchObject({
      id: '1764000000000-v1-f-sochi-meeting:mcq',
      factId: 'f-sochi-meeting',
      grade: 'good',
      outcome: 'correct',
      previous: null,
      next: { factId: 'f-sochi-meeting', state: 'new', reps: 0 },
    })
    expect(result.log[1]).toMatchObject({ grade: 'again', outcome: 'wrong' })
  })

  it('sets every unreadable answer aside with its index and reason', () => {
    expect(result.setAside.map((s) => [s.key, s.reason])).toEqual([
      ['hbb:answers#3', 'no fact id in questionId "no-kind-here"'],
      ['hbb:answers#4', 'correct is not a boolean'],
      ['hbb:answers#5', 'answeredAt is not a finite number'],
      ['hbb:answers#6', 'answer is not an object'],
    ])
  })

  it('is deterministic, so migrating twice writes the same entries', () => {
    expect(migrateV1(v1Fixture, 'hbb:answers')).toEqual(result)
  })

  it.each([[null], ['text'], [{ version: 2, answers: [] }], [{ version: 1 }]])('sets aside a record that is not version 1: %j', (record) => {
    expect(migrateV1(record, 'hbb:answers')).toEqual({
      log: [],
      setAside: [{ key: 'hbb:answers', reason: 'not a version 1 answers record', value: record }],
    })
  })
})
