import { describe, expect, it } from 'vitest'
import { checkList, checkTyped, splitList } from '@/domain/answer/check'
import { boundedEditDistance } from '@/domain/answer/distance'
import { normalizeAnswer, sameAnswer } from '@/domain/answer/normalize'
import type { Leniency } from '@/domain/answer/types'
import type { AnswerType } from '@/domain/bank/types'
import { accepted } from '../../../fixtures/engine/questions'

type Want = 'correct' | 'almost:diacritics' | 'almost:missing-diacritics' | 'almost:typo' | 'wrong'

const verdictOf = (input: string, answer: string, type: AnswerType, leniency: Leniency, aliases: string[] = []): Want => {
  const v = checkTyped(input, accepted(answer, type, aliases), leniency)
  return v.verdict === 'almost' ? (`almost:${v.reason}` as Want) : v.verdict
}

describe('checkTyped: text', () => {
  it.each<[string, string, Leniency, Want]>([
    // NFC / NFD, case, punctuation, separators
    ['hòa bình', 'hòa bình', 'strict', 'correct'],
    ['ho\u0300a bi\u0300nh', 'hòa bình', 'strict', 'correct'],
    ['HÒA BÌNH', 'hòa bình', 'strict', 'correct'],
    ['  Hòa   bình!!', 'hòa bình', 'strict', 'correct'],
    ['hòa-bình', 'hòa bình', 'strict', 'correct'],
    ['hòa–bình', 'hòa bình', 'strict', 'correct'],
    ['hòa/bình', 'hòa bình', 'strict', 'correct'],
    ['"hòa bình".', 'hòa bình', 'strict', 'correct'],
    // tone placement: old and new style are the same answer
    ['hoà bình', 'hòa bình', 'strict', 'correct'],
    ['thuỷ', 'thủy', 'strict', 'correct'],
    ['khoẻ', 'khỏe', 'strict', 'correct'],
    ['hoá', 'hóa', 'strict', 'correct'],
    ['Thuỵ Sĩ', 'Thụy Sĩ', 'strict', 'correct'],
    // strict: any mark differs → almost: marks left out, or marks wrong
    ['hoa binh', 'hòa bình', 'strict', 'almost:missing-diacritics'],
    ['hỏa bình', 'hòa bình', 'strict', 'almost:diacritics'],
    ['Nga', 'Ngà', 'strict', 'almost:missing-diacritics'],
    ['bay', 'bảy', 'strict', 'almost:missing-diacritics'],
    ['nam', 'năm', 'strict', 'almost:missing-diacritics'],
    ['Da Nang', 'Đà Nẵng', 'strict', 'almost:missing-diacritics'],
    // tones: tone marks forgiven, ă â ê ô ơ ư đ kept
    ['hoa binh', 'hòa bình', 'tones', 'correct'],
    ['Nga', 'Ngà', 'tones', 'correct'],
    ['ngung ban', 'ngừng bắn', 'tones', 'almost:missing-diacritics'],
    ['ngưng bắn', 'ngừng bắn', 'tones', 'correct'],
    ['Đa Năng', 'Đà Nẵng', 'tones', 'correct'],
    ['Da Nang', 'Đà Nẵng', 'tones', 'almost:missing-diacritics'],
    ['nam', 'năm', 'tones', 'almost:missing-diacritics'],
    // all: every mark forgiven, đ → d
    ['Da Nang', 'Đà Nẵng', 'all', 'correct'],
    ['ngung ban', 'ngừng bắn', 'all', 'correct'],
    ['dien dan', 'diễn đàn', 'all', 'correct'],
    ['nam', 'năm', 'all', 'correct'],
    // typos: one edit from 4 letters, two from 9, on the mark-free form
    ['Azerbaijen', 'Azerbaijan', 'strict', 'almost:typo'],
    ['Azrebaijan', 'Azerbaijan', 'strict', 'almost:typo'],
    ['Azerbajan', 'Azerbaijan', 'strict', 'almost:typo'],
    ['Azebajan', 'Azerbaijan', 'strict', 'almost:typo'],
    ['Azebajian', 'Azerbaijan', 'strict', 'almost:typo'],
    ['Azbajian', 'Azerbaijan', 'strict', 'wrong'],
    ['Uzbekistan', 'Azerbaijan', 'all', 'wrong'],
    ['Armenai', 'Armenia', 'strict', 'almost:typo'],
    ['Amrenai', 'Armenia', 'strict', 'wrong'],
    ['Soch', 'Sochi', 'strict', 'almost:typo'],
    ['Soxh', 'Soch', 'strict', 'almost:typo'],
    ['Sohi', 'Soch', 'strict', 'wrong'],
    ['Ng', 'Nga', 'all', 'wrong'],
    ['Nge', 'Nga', 'all', 'wrong'],
    ['Moskva', 'Moskva', 'strict', 'correct'],
    ['Mockva', 'Moskva', 'strict', 'almost:typo'],
    ['Matxcova', 'Moskva', 'strict', 'almost:missing-diacritics'],
    ['Matxcova', 'Moskva', 'all', 'correct'],
    ['Paris', 'Moskva', 'all', 'wrong'],
    // aliases
    ['Xô-chi', 'Sochi', 'strict', 'correct'],
    ['xo chi', 'Sochi', 'tones', 'almost:missing-diacritics'],
    ['Matxcơva', 'Moskva', 'strict', 'correct'],
    // wrong and empty
    ['Baku', 'Sochi', 'all', 'wrong'],
    ['', 'Sochi', 'all', 'wrong'],
    ['!!!', 'Sochi', 'all', 'wrong'],
    // the right answer twice is not a wrong claim
    ['Sochi Sochi', 'Sochi', 'strict', 'correct'],
  ])('%j for %j (%s) → %s', (input, answer, leniency, want) => {
    const aliases = answer === 'Sochi' ? ['Xô-chi'] : answer === 'Moskva' ? ['Mát-xcơ-va', 'Matxcơva'] : []
    expect(verdictOf(input, answer, 'text', leniency, aliases)).toBe(want)
  })
})

describe('checkTyped: numbers, dates, year ranges', () => {
  it.each<[string, string, AnswerType, Want]>([
    ['7', 'bảy', 'number', 'correct'],
    ['bảy', '7', 'number', 'correct'],
    ['bẩy', '7', 'number', 'correct'],
    ['mười', '10', 'number', 'correct'],
    ['mười hai', '12', 'number', 'correct'],
    ['mười lăm', '15', 'number', 'correct'],
    ['hai mươi', '20', 'number', 'correct'],
    ['hai mươi mốt', '21', 'number', 'correct'],
    ['hai mươi tư', '24', 'number', 'correct'],
    ['chín mươi chín', '99', 'number', 'correct'],
    ['một trăm linh năm', '105', 'number', 'correct'],
    ['12', 'mười hai', 'number', 'correct'],
    ['3 nước', 'ba nước', 'text', 'correct'],
    ['21', '12', 'number', 'wrong'],
    ['8', '7', 'number', 'wrong'],
    ['10/11', '10/11', 'date', 'correct'],
    ['10-11', '10/11', 'date', 'correct'],
    ['10.11', '10/11', 'date', 'correct'],
    ['ngày 10 tháng 11', '10/11', 'date', 'correct'],
    ['10 tháng 11', '10/11', 'date', 'correct'],
    ['Ngày 10 Tháng 11', '10/11', 'date', 'correct'],
    ['ngày mười tháng mười một', '10/11', 'date', 'correct'],
    ['10/11', 'ngày 10 tháng 11', 'date', 'correct'],
    ['11/10', '10/11', 'date', 'wrong'],
    ['10/12', '10/11', 'date', 'wrong'],
    ['9/11', '09/11', 'date', 'correct'],
    ['1992-1994', '1992–1994', 'year-range', 'correct'],
    ['1992–1994', '1992–1994', 'year-range', 'correct'],
    ['1992 - 1994', '1992–1994', 'year-range', 'correct'],
    ['từ 1992 đến 1994', '1992–1994', 'year-range', 'correct'],
    ['1992 đến 1994', '1992–1994', 'year-range', 'correct'],
    ['từ năm 1992 đến năm 1994', '1992–1994', 'year-range', 'correct'],
    ['1994-1992', '1992–1994', 'year-range', 'wrong'],
    ['1993-1994', '1992–1994', 'year-range', 'wrong'],
    ['1992', '1992', 'number', 'correct'],
    ['1993', '1992', 'number', 'wrong'],
  ])('%j for %j (%s) → %s', (input, answer, type, want) => {
    expect(verdictOf(input, answer, type, 'strict')).toBe(want)
  })
})

describe('checkTyped: hostile input', () => {
  const hostile = [
    '\ud800'.repeat(1000),
    'a'.repeat(10_000),
    '\u0300'.repeat(1000),
    'ệ\u0323\u0302'.repeat(300),
    '1/'.repeat(500),
    'và, '.repeat(250),
    '(((((((((('.repeat(100),
    'Azerbaijan'.repeat(100),
    '\u0000\uffff\ufeff'.repeat(333),
  ]
  it.each(hostile.map((s) => [s.slice(0, 12), s]))('grades %j… without throwing', (_, input) => {
    for (const leniency of ['strict', 'tones', 'all'] as const) {
      expect(() => checkTyped(input, accepted('Azerbaijan'), leniency)).not.toThrow()
      expect(checkTyped(input, accepted('Azerbaijan'), leniency).verdict).toBe('wrong')
      expect(() => checkList(input, [accepted('Nga'), accepted('Armenia')], leniency)).not.toThrow()
    }
  })

  it('treats a non-string as wrong', () => {
    expect(checkTyped(undefined as unknown as string, accepted('Nga'), 'all').verdict).toBe('wrong')
  })
})

describe('boundedEditDistance', () => {
  it.each([
    ['abc', 'abc', 2, 0],
    ['abcd', 'abdc', 2, 1],
    ['abcd', 'abd', 2, 1],
    ['abcd', 'xbcy', 2, 2],
    ['abcd', 'wxyz', 2, 3],
    ['a'.repeat(1000), 'a'.repeat(997), 2, 3],
    ['', 'ab', 2, 2],
  ])('%s / %s (max %i) → %i', (a, b, max, want) => {
    expect(boundedEditDistance(a, b, max)).toBe(want)
  })
})

describe('checkList', () => {
  const items = [accepted('Nga'), accepted('Armenia'), accepted('Azerbaijan')]

  it.each([
    ['Nga, Armenia, Azerbaijan', ['correct', 'correct', 'correct'], []],
    ['Azerbaijan và Nga; Armenia', ['correct', 'correct', 'correct'], []],
    ['Armenia and Nga\nAzerbaijen', ['correct', 'correct', 'almost'], []],
    ['Nga, Nga, Nga', ['correct', 'wrong', 'wrong'], []],
    ['Nga, Mỹ', ['correct', 'wrong', 'wrong'], ['Mỹ']],
    ['', ['wrong', 'wrong', 'wrong'], []],
  ])('%j', (input, verdicts, extras) => {
    const v = checkList(input, items, 'tones')
    expect(v.items.map((i) => i.verdict)).toEqual(verdicts)
    expect(v.extras).toEqual(extras)
  })

  it('reports a repeated item as a duplicate, not as a wrong extra', () => {
    expect(checkList('Nga, Nga, nga', items, 'tones')).toMatchObject({ extras: [], duplicates: ['Nga', 'nga'] })
  })

  it('gives an exact piece to its item before a near miss can take it', () => {
    const v = checkList(['Armenai', 'Armenia'], [accepted('Armenia'), accepted('Armenai')], 'strict')
    expect(v.items.map((i) => i.given)).toEqual(['Armenia', 'Armenai'])
  })

  it('splits on commas, semicolons, new lines, "và" and "and" but not inside words', () => {
    expect(splitList('Nga, Armenia; Azerbaijan\nIran và Thổ Nhĩ Kỳ and Pháp')).toEqual([
      'Nga', 'Armenia', 'Azerbaijan', 'Iran', 'Thổ Nhĩ Kỳ', 'Pháp',
    ])
    expect(splitList('Vạn Xuân, Andorra')).toEqual(['Vạn Xuân', 'Andorra'])
  })
})

describe('normalizeAnswer keeps its meaning', () => {
  it.each([
    ['hòa', 'hoà', true],
    ['Thủy', 'thuỷ', true],
    ['hòa', 'hóa', false],
    ['Nga', 'ngà', false],
  ])('sameAnswer(%j, %j) is %s', (a, b, same) => {
    expect(sameAnswer(a, b)).toBe(same)
  })

  it('folds tones at "tones" and every mark at "all"', () => {
    expect(normalizeAnswer('Đà Nẵng', 'tones')).toBe('đa năng')
    expect(normalizeAnswer('Đà Nẵng', 'all')).toBe('da nang')
  })
})
