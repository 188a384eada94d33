import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { readSettings } from '@/domain/progress/guards'
import { SettingsSchema } from '@/domain/progress/schema'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'

describe('settings as stored: exam dates and the speed of reading aloud', () => {
  const older = { locale: 'vi', theme: 'dark', newPerDay: 10, requestRetention: 0.9, diacritics: 'tones', dailyGoal: 20 }

  it('an older build wrote neither: they take their defaults, in storage and in a backup file', () => {
    expect(readSettings(older)).toEqual({ ...older, exams: {}, speechRate: 1 })
    expect(v.parse(SettingsSchema, older)).toEqual({ ...older, exams: {}, speechRate: 1 })
  })

  it('keeps exam days and a rate in range', () => {
    const s = { ...DEFAULT_SETTINGS, exams: { article: 20_800, 'deck-1': 20_900 }, speechRate: 0.75 }
    expect(readSettings(s)).toEqual(s)
    expect(v.parse(SettingsSchema, s)).toEqual(s)
  })

  it.each<[string, unknown]>([
    ['a fraction', 20_800.5],
    ['a string', '2026-12-08'],
    ['negative', -3],
    ['null', null],
  ])('drops an exam day that is %s, keeping the other dates and settings', (_name, day) => {
    expect(readSettings({ ...DEFAULT_SETTINGS, exams: { article: day, other: 20_801 } })).toEqual({ ...DEFAULT_SETTINGS, exams: { other: 20_801 } })
  })

  it.each([0.4, 1.6, Number.NaN, '1'])('refuses a reading speed of %s', (speechRate) => {
    expect(readSettings({ ...DEFAULT_SETTINGS, speechRate })).toBeNull()
    expect(v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, speechRate }).success).toBe(false)
  })

  it('exams that are not a record are read as none', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, exams: 'soon' })?.exams).toEqual({})
  })
})
