/**
 * What makes a text unusable, checked before any work: each failure is one error code, and nothing is
 * produced for it.
 */
import { prepareText, toPlainText, utf8Length } from './text'
import type { GenerateError, GenerateInput, GeneratedSentence } from './types'
import { MAX_SOURCE_BYTES, MAX_TEXT_BYTES } from './types'
import { countVietnameseWords } from './words'

/** A text file has no NUL, and hardly any other control character or U+FFFD (what a bad decoding leaves). */
export function looksBinary(raw: string): boolean {
  if (raw.includes('\u0000')) return true
  const sample = raw.length > 200_000 ? raw.slice(0, 200_000) : raw
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++
  }
  return odd > 0 && odd >= Math.max(3, sample.length * 0.005)
}

/**
 * Vietnamese by its letters: a quarter of the words carry a Vietnamese mark, and some carry a mark no
 * other Latin-script language uses (ă, đ, ơ, ư, hook above, dot below). French and Portuguese fail the
 * second test, English the first.
 */
export function looksVietnamese(text: string): boolean {
  const { words, marked, vietnameseOnly } = countVietnameseWords(text)
  if (words === 0) return false
  return marked / words >= 0.25 && vietnameseOnly / words >= 0.05
}

/** A sentence has four words or more. */
export function isProse(sentence: GeneratedSentence): boolean {
  let words = 0
  for (const _ of sentence.text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) if (++words >= 4) return true
  return false
}

export type Prepared = { ok: true; text: string; title: string } | { ok: false; error: GenerateError }

function tooLarge(size: number, limit: number): boolean {
  // A UTF-16 unit is at least one byte: no need to count when the length alone decides.
  return size > limit
}

/**
 * Checks the source and turns it into the prepared text. The order is fixed: binary, too large, empty,
 * not Vietnamese. ("No sentence" needs the split and is checked by the caller.)
 */
export function prepareInput(input: GenerateInput): Prepared {
  const source = typeof input.text === 'string' ? input.text : ''
  if (looksBinary(source)) return { ok: false, error: { code: 'binary' } }
  if (source.length > MAX_SOURCE_BYTES || tooLarge(utf8Length(source), MAX_SOURCE_BYTES)) {
    return { ok: false, error: { code: 'too-large', limit: MAX_TEXT_BYTES, size: utf8Length(source) } }
  }
  const text = prepareText(toPlainText(source, input.format ?? 'text'))
  const bytes = utf8Length(text)
  if (tooLarge(bytes, MAX_TEXT_BYTES)) return { ok: false, error: { code: 'too-large', limit: MAX_TEXT_BYTES, size: bytes } }
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } }
  if (!looksVietnamese(text)) return { ok: false, error: { code: 'not-vietnamese' } }
  const given = typeof input.title === 'string' ? prepareText(input.title).replace(/\s+/g, ' ').trim() : ''
  const firstLine = text.trimStart().split('\n')[0] ?? ''
  const title = (given || firstLine).slice(0, 200).trim()
  return { ok: true, text, title }
}
