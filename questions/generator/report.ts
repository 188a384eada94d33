import { QUESTION_KINDS, type Bank } from '../../src/domain/bank/types'

const firstWords = (text: string, n = 6) => text.split(/\s+/).slice(0, n).join(' ')

/** Coverage per sentence and counts per question kind, as plain text. */
export function bankReport(bank: Bank): string {
  const lines = ['sentence  facts  questions  first words']
  for (const s of bank.sentences) {
    const facts = bank.facts.filter((f) => f.sentenceIndex === s.index || f.seeAlso?.includes(s.index))
    const ids = new Set(facts.map((f) => f.id))
    const questions = bank.questions.filter((q) => ids.has(q.factId)).length
    lines.push(`${String(s.index).padStart(8)}  ${String(facts.length).padStart(5)}  ${String(questions).padStart(9)}  ${firstWords(s.text)}…`)
  }
  lines.push('', 'kind         count')
  for (const kind of QUESTION_KINDS) {
    lines.push(`${kind.padEnd(11)}  ${bank.questions.filter((q) => q.kind === kind).length}`)
  }
  lines.push(
    '',
    `facts ${bank.facts.length}, questions ${bank.questions.length}, flashcards ${bank.flashcards.length}`,
  )
  const uncovered = bank.sentences.filter((s) => !bank.facts.some((f) => f.sentenceIndex === s.index))
  if (uncovered.length > 0) lines.push(`UNCOVERED sentences: ${uncovered.map((s) => s.index).join(', ')}`)
  return lines.join('\n')
}
