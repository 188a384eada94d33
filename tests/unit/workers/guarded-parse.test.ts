import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { makeBackup, parseBackup } from '@/domain/progress/backup'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'
import { MAX_BACKUP_CONTAINERS, MAX_BACKUP_DEPTH, parseBackupGuarded, shapeProblem } from '@/workers/guarded-parse'
import { T0, makeAnswer, stored } from '../../fixtures/stored/factories'

const answer = makeAnswer('f-a', T0)
const exported = JSON.stringify(makeBackup({ cards: [stored(answer.card)], log: [answer.entry], settings: DEFAULT_SETTINGS }, T0), null, 1)
const fixture = readFileSync(new URL('../../fixtures/backups/good.json', import.meta.url), 'utf8')
const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
const inApp = (cards: string) => `{"app":"hoc-bai-bao","schemaVersion":3,"exportedAt":1,"cards":${cards},"log":[],"settings":{}}`

/** Where the nesting is first too deep, -1 if never: the depth part of `shapeProblem`. */
const tooDeepAt = (text: string, limit?: number) => {
  const problem = shapeProblem(text, limit)
  if (problem && problem.kind !== 'depth') throw new Error(`unexpected ${problem.kind}`)
  return problem ? problem.at : -1
}

describe('shapeProblem: depth', () => {
  it.each<[string, string, number]>([
    ['an exported backup', exported, -1],
    ['the schema 2 fixture', fixture, -1],
    ['no brackets', '"text" 12 true null', -1],
    ['arrays 64 deep', arrays(64), -1],
    ['arrays 65 deep: the 65th bracket', arrays(65), 64],
    ['objects 64 deep', objects(64), -1],
    ['objects 65 deep', objects(65), 64 * 5],
    ['arrays and objects alternating, 65 deep', '[{"a":'.repeat(33) + '1' + '}]'.repeat(33), 32 * 6],
    ['65 deep after a shallow part', `[[1],[2],${arrays(64)}]`, 72],
    ['brackets inside a string', JSON.stringify({ note: '['.repeat(1000) + '{'.repeat(1000) }), -1],
    ['a string with escaped quotes and brackets', JSON.stringify(['\\"' + '['.repeat(100), '"{{{{'.repeat(100)]), -1],
    ['a string ending in a backslash, then real brackets', `["\\\\",${arrays(65)}]`, 69],
    ['a key with brackets', JSON.stringify({ ['['.repeat(200)]: 1 }), -1],
    ['unbalanced closers do not make room', `]]]]${arrays(65)}`, 68],
  ])('%s', (_name, text, at) => {
    expect(tooDeepAt(text)).toBe(at)
  })

  it('a backup of this app nests at most six levels', () => {
    expect(tooDeepAt(exported, 6)).toBe(-1)
    expect(tooDeepAt(fixture, 6)).toBe(-1)
    expect(MAX_BACKUP_DEPTH).toBe(64)
  })

  it('takes another limit', () => {
    expect(tooDeepAt(arrays(3), 2)).toBe(2)
    expect(tooDeepAt(arrays(3), 3)).toBe(-1)
  })
})

describe('shapeProblem: how many arrays and objects', () => {
  const many = (count: number) => `[${'{},'.repeat(count - 2)}{}]`

  it.each<[string, string, number, number | null]>([
    ['an exported backup', exported, MAX_BACKUP_CONTAINERS, null],
    ['exactly the limit', many(10), 10, null],
    ['one more than the limit: the last one', many(11), 10, 1 + 3 * 9],
    ['brackets in strings do not count', JSON.stringify(['{}[]'.repeat(100)]), 10, null],
    ['closed ones count too', '[]'.repeat(11), 10, 20],
  ])('%s', (_name, text, limit, at) => {
    expect(shapeProblem(text, MAX_BACKUP_DEPTH, limit)).toEqual(at === null ? null : { kind: 'count', at })
  })

  it('leaves room for five times what a real backup of 10 MB holds', () => {
    // One answer with its card: four objects in about 600 bytes of compact JSON.
    const perKiB = (4 * 1024) / JSON.stringify({ card: stored(answer.card), entry: answer.entry }).length
    expect(perKiB * 10 * 1024 * 5).toBeLessThan(MAX_BACKUP_CONTAINERS)
    expect(MAX_BACKUP_CONTAINERS).toBe(500_000)
  })
})

describe('parseBackupGuarded', () => {
  it('gives what parseBackup gives for a file that is not too deep', () => {
    for (const text of [exported, fixture, '{"app": "hoc-bai-bao",', '[]', inApp(arrays(3))]) {
      expect(parseBackupGuarded(text, text.length)).toEqual(parseBackup(text, text.length))
    }
    expect(parseBackupGuarded(exported, exported.length)).toMatchObject({ ok: true })
  })

  it('refuses a file nested more than 64 levels before JSON.parse, as not a backup of this app', () => {
    const result = parseBackupGuarded(inApp(arrays(65)), 200)
    expect(result).toEqual({ ok: false, error: { code: 'not-our-app', detail: expect.stringMatching(/deeper than 64 levels \(at character \d+\)/) } })
  })

  it('refuses 9.9 MB of nested brackets at once, where JSON.parse would take seconds', () => {
    const depth = Math.floor((9.9 * 1024 * 1024) / 2)
    const text = inApp(arrays(depth))
    const start = performance.now()
    expect(parseBackupGuarded(text, text.length)).toMatchObject({ ok: false, error: { code: 'not-our-app' } })
    expect(performance.now() - start).toBeLessThan(500)
  })

  it('refuses 9.9 MB of empty objects at once, where JSON.parse would take seconds', () => {
    const count = Math.floor((9.9 * 1024 * 1024) / 3)
    const text = inApp(`[${'{},'.repeat(count)}{}]`)
    const start = performance.now()
    expect(parseBackupGuarded(text, text.length)).toEqual({
      ok: false,
      error: { code: 'not-our-app', detail: expect.stringMatching(/^more than 500000 arrays and objects \(at character \d+\)/) },
    })
    expect(performance.now() - start).toBeLessThan(500)
  })

  it('checks the size first', () => {
    expect(parseBackupGuarded(inApp(arrays(65)), 10 * 1024 * 1024 + 1)).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })
})
