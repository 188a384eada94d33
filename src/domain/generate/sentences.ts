/**
 * Splitting a prepared text into sentences with their offsets.
 *
 * Lines come first: a heading has no final stop, and the segmenter would run it into the next sentence.
 * A line that does not end a sentence and is followed by one starting in lower case is the same
 * paragraph wrapped, and is read with it. Intl.Segmenter then splits each paragraph; its breaks after
 * abbreviations ("TP.", "GS.", "PGS.TS."), initials ("V. Putin") and before a lower-case word are undone.
 */
import { dictionary } from './dictionary'
import { ABBREVIATIONS } from './lexicon'
import type { GeneratedSentence } from './types'
import { isVietnameseSyllable, tokenize } from './words'

const ABBREVIATION_SET = new Set(ABBREVIATIONS)
const ENDS_SENTENCE = /[.!?…:;"”»)]$/u
const INITIALS = /^(\p{Lu}\.)+$/u
const STARTS_LOWER = /^[\s"“'‘(«[-]*[\p{Ll}]/u
const BULLET = /^[-–•*+·]\s+/u

interface Piece {
  start: number
  end: number
}

function lastWord(text: string): string {
  const words = text.trimEnd().split(/\s+/)
  return (words[words.length - 1] ?? '').replace(/^["“'‘(«[]+/u, '')
}

/** "Tổng thống V." or "ông V." or "J. R. R.": an initial of a name, not the end of a sentence. */
function endsWithNameInitial(before: string, next: string): boolean {
  const word = lastWord(before)
  if (!INITIALS.test(word)) return false
  const rest = before.trimEnd().slice(0, -word.length)
  const tokens = tokenize(rest).filter((t) => t.type !== 'punct' || t.text !== '.')
  const previous = tokens[tokens.length - 1]
  if (!previous) return true
  if (previous.cap || INITIALS.test(previous.text + '.')) return true
  const d = dictionary()
  for (let from = Math.max(0, tokens.length - 4); from < tokens.length; from++) {
    const title = d.titles.match(tokens, from) ?? d.personMarkers.match(tokens, from)
    if (title && title.end === tokens.length) return true
  }
  const nextWord = next.trimStart().split(/\s+/)[0] ?? ''
  return !isVietnameseSyllable(nextWord.replace(/[^\p{L}]/gu, ''))
}

function shouldJoin(text: string, previous: Piece, next: Piece): boolean {
  const before = text.slice(previous.start, previous.end)
  const after = text.slice(next.start, next.end)
  if (ABBREVIATION_SET.has(lastWord(before))) return true
  if (STARTS_LOWER.test(after)) return true
  return endsWithNameInitial(before, after)
}

function segmentParagraph(text: string, from: number, to: number, segmenter: Intl.Segmenter): Piece[] {
  // Line breaks inside a wrapped paragraph are hard breaks to the segmenter: read them as spaces
  // (same length, so offsets hold).
  const flat = text.slice(from, to).replace(/\n/g, ' ')
  const pieces: Piece[] = []
  for (const { segment, index } of segmenter.segment(flat)) {
    const piece = { start: from + index, end: from + index + segment.length }
    const previous = pieces[pieces.length - 1]
    if (previous && shouldJoin(text, previous, piece)) previous.end = piece.end
    else pieces.push(piece)
  }
  return pieces
}

/** Start offsets of lines; a paragraph is a run of lines where each but the first continues the last. */
function paragraphs(text: string): Piece[] {
  const out: Piece[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (line.trim() !== '') {
      const previous = out[out.length - 1]
      const continues = previous && previous.end === lineStart - 1 &&
        !ENDS_SENTENCE.test(text.slice(previous.start, previous.end).trimEnd()) && STARTS_LOWER.test(line)
      if (continues) previous.end = lineEnd
      else out.push({ start: lineStart, end: lineEnd })
    }
    lineStart = lineEnd + 1
  }
  return out
}

function lineOf(text: string, offset: number, cache: { offset: number; line: number }): number {
  let line = cache.line
  for (let i = cache.offset; i < offset; i++) if (text.charCodeAt(i) === 10) line++
  cache.offset = offset
  cache.line = line
  return line
}

/**
 * Sentences of a prepared text in reading order, each with its offsets (its text is exactly
 * `text.slice(start, end)`), its line and its paragraph.
 *
 * @example splitSentences('GS. Ngô Bảo Châu sinh năm 1972. Ông là nhà toán học.').map((s) => s.text)
 *   // ['GS. Ngô Bảo Châu sinh năm 1972.', 'Ông là nhà toán học.']
 */
export function splitSentences(text: string): GeneratedSentence[] {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' })
  const out: GeneratedSentence[] = []
  const cache = { offset: 0, line: 0 }
  paragraphs(text).forEach((paragraph, p) => {
    const pieces = segmentParagraph(text, paragraph.start, paragraph.end, segmenter)
    const oneLine = !text.slice(paragraph.start, paragraph.end).includes('\n')
    for (const piece of pieces) {
      let start = piece.start
      let end = piece.end
      while (start < end && /\s/.test(text[start] as string)) start++
      while (end > start && /\s/.test(text[end - 1] as string)) end--
      const bullet = BULLET.exec(text.slice(start, Math.min(end, start + 4)))
      if (bullet) start += bullet[0].length
      if (start >= end) continue
      const sentence = text.slice(start, end)
      const heading = oneLine && pieces.length === 1 && !ENDS_SENTENCE.test(sentence) && sentence.split(/\s+/).length <= 20
      out.push({ index: out.length, line: lineOf(text, start, cache), text: sentence, heading, start, end, paragraph: p })
    }
  })
  return out
}
