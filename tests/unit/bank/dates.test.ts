import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gradeResponse } from '@/domain/answer/grade'
import { parseBank } from '@/domain/bank'

/** The date of the ceasefire, typed in every form a learner uses: the implied year is right, another year is not fully right. */
const bank = parseBank(JSON.parse(readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')))
const typed = bank.questions.find((q) => q.id === 'f-trilateral-agreement-date:typed')!

describe('the date of the three-party agreement, typed', () => {
  it.each([
    ['10/11', 'correct'],
    ['ngày 10 tháng 11', 'correct'],
    ['10/11/2020', 'correct'],
    ['ngày 10 tháng 11 năm 2020', 'correct'],
    ['rạng sáng 10/11', 'correct'],
    ['10-11-2020', 'correct'],
    // Right day, wrong year: half credit, with the year named as what was wrong; never full credit.
    ['10/11/2021', 'almost'],
    ['ngày 10 tháng 11 năm 2019', 'almost'],
    ['11/10', 'wrong'],
    ['9/11', 'wrong'],
  ])('%s → %s', (text, outcome) => {
    expect(gradeResponse(typed, { kind: 'typed', text }, { diacritics: 'tones' }).outcome).toBe(outcome)
  })
})
