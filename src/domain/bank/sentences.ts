import type { Sentence } from './types'

/**
 * Abbreviations after which a full stop does not end a sentence; Intl.Segmenter does not know them.
 * Compared on the segment's last word, so "TP." merges but "Baku." does not.
 */
const ABBREVIATIONS = new Set(['tp.', 'gs.', 'ts.', 'pgs.ts.', 'ths.', 'bs.', 'ông.', 'bà.'])

function endsWithAbbreviation(segment: string): boolean {
  const last = segment.trimEnd().split(/\s+/).pop() ?? ''
  return ABBREVIATIONS.has(last.toLocaleLowerCase('vi'))
}

/**
 * Splits the article into sentences in reading order. Lines are split first: a heading has no final
 * stop, and the segmenter would otherwise run it into the next sentence.
 */
export function splitSentences(article: string): Sentence[] {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' })
  const out: Sentence[] = []
  article.split('\n').forEach((lineText, line) => {
    if (lineText.trim() === '') return
    const parts: string[] = []
    for (const { segment } of segmenter.segment(lineText)) {
      const previous = parts.length - 1
      if (previous >= 0 && endsWithAbbreviation(parts[previous] as string)) parts[previous] += segment
      else parts.push(segment)
    }
    const texts = parts.map((p) => p.trim()).filter((p) => p !== '')
    const heading = texts.length === 1 && !/[.!?…]$/u.test(texts[0] as string)
    for (const text of texts) out.push({ index: out.length, line, text, heading })
  })
  return out
}

/** Index of the one sentence that contains `quote`; `hint` picks among several. Undefined if none fits. */
export function findSentence(sentences: readonly Sentence[], quote: string, hint?: number): number | undefined {
  const hits = sentences.filter((s) => s.text.includes(quote)).map((s) => s.index)
  if (hint !== undefined) return hits.includes(hint) ? hint : undefined
  return hits.length === 1 ? hits[0] : undefined
}
