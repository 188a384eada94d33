import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES, makeBackup, parseBackup } from '@/domain/progress/backup'
import { DEFAULT_SETTINGS, PROGRESS_SCHEMA_VERSION } from '@/domain/progress/types'
import { T0, makeAnswer, makeCard, stored } from '../../../fixtures/stored/factories'

const answer = makeAnswer('f-a', T0)
const good = () => makeBackup({ cards: [stored(answer.card)], log: [answer.entry], settings: DEFAULT_SETTINGS }, T0)
const text = (value: unknown) => JSON.stringify(value)

describe('parseBackup', () => {
  it('accepts an export', () => {
    const file = text(good())
    expect(parseBackup(file, file.length)).toEqual({ ok: true, value: good() })
  })

  it('fills settings fields added after the file was made', () => {
    const { dailyGoal: _dropped, ...older } = DEFAULT_SETTINGS
    const file = text({ ...good(), settings: older })
    expect(parseBackup(file, file.length)).toMatchObject({ ok: true, value: { settings: DEFAULT_SETTINGS } })
  })

  it.each<[string, string, number, string, string | undefined]>([
    ['over 10 MB', text(good()), MAX_BACKUP_BYTES + 1, 'too-large', undefined],
    ['not JSON', '{"app": "hoc-bai-bao",', 22, 'not-json', undefined],
    ['a JSON list', '[]', 2, 'not-our-app', undefined],
    ['another app', text({ ...good(), app: 'anki' }), 100, 'not-our-app', undefined],
    ['no app field', text({ cards: [] }), 100, 'not-our-app', undefined],
    ['a newer schema', text({ ...good(), schemaVersion: PROGRESS_SCHEMA_VERSION + 1 }), 100, 'newer-version', undefined],
    ['an older schema', text({ ...good(), schemaVersion: 1 }), 100, 'invalid', 'schemaVersion'],
    ['cards not a list', text({ ...good(), cards: {} }), 100, 'invalid', 'cards'],
    ['a card date that is text', text({ ...good(), cards: [makeCard({ due: 'soon' as never })] }), 100, 'invalid', 'cards.0.due'],
    ['a bad grade deep in the log', text({ ...good(), log: [answer.entry, { ...answer.entry, id: 'x', grade: 'great' }] }), 100, 'invalid', 'log.1.grade'],
    ['a bad nested card', text({ ...good(), log: [{ ...answer.entry, next: { ...answer.card, reps: -1 } }] }), 100, 'invalid', 'log.0.next.reps'],
    ['settings of the wrong type', text({ ...good(), settings: { ...DEFAULT_SETTINGS, locale: 'fr' } }), 100, 'invalid', 'settings.locale'],
    ['two cards for one fact', text({ ...good(), cards: [stored(answer.card), stored(answer.card)] }), 100, 'invalid', 'cards.1.factId'],
    ['two entries with one id', text({ ...good(), log: [answer.entry, answer.entry] }), 100, 'invalid', 'log.1.id'],
  ])('refuses %s', (_name, file, bytes, code, path) => {
    const result = parseBackup(file, bytes)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.path).toBe(path)
    expect(result.error.detail.length).toBeGreaterThan(5)
    if (path) expect(result.error.detail).toContain(path)
  })
})
