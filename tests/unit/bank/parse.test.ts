import { describe, expect, it } from 'vitest'
import { BankError, indexBank, parseBank, type Bank } from '@/domain/bank'
import { readCommittedBank } from './helpers'

const bank = readCommittedBank()
const copy = (): Bank => structuredClone(bank)
const find = (b: Bank, id: string) => {
  const q = b.questions.find((x) => x.id === id)
  if (!q) throw new Error(`no question ${id}`)
  return q as unknown as Record<string, unknown>
}

describe('parseBank', () => {
  it('accepts the committed bank', () => {
    expect(parseBank(copy())).toEqual(bank)
  })

  it.each<[string, (b: Bank) => void, string]>([
    ['not an object', () => undefined, 'bank: must be an object'],
    ['an old schema', (b) => { b.schemaVersion = 0 }, 'bank: schemaVersion must be 1'],
    ['a bad hash', (b) => { b.articleHash = 'abc' }, 'bank: articleHash'],
    ['three options', (b) => { (find(b, 'f-sochi-place:mcq').options as string[]).pop() }, 'question "f-sochi-place:mcq": options must be 4 distinct strings'],
    ['a repeated option', (b) => { const o = find(b, 'f-sochi-place:mcq').options as string[]; o[1] = o[0]! }, 'question "f-sochi-place:mcq": options must be 4 distinct strings'],
    ['answerIndex out of range', (b) => { find(b, 'f-sochi-place:mcq').answerIndex = 4 }, 'question "f-sochi-place:mcq": answerIndex must be 0 to 3'],
    ['a factId that is no fact', (b) => { find(b, 'f-sochi-place:mcq').factId = 'f-nope' }, 'question "f-sochi-place:mcq": factId "f-nope" is not a fact'],
    ['sentenceIndex out of range', (b) => { find(b, 'f-sochi-place:cloze').sentenceIndex = 18 }, 'question "f-sochi-place:cloze": sentenceIndex out of range'],
    ['a duplicate question id', (b) => { b.questions.push(structuredClone(b.questions[0]!)) }, `question "${bank.questions[0]!.id}": id is not unique`],
    ['a cloze with no blank', (b) => { find(b, 'f-sochi-place:cloze').text = 'Sochi' }, 'question "f-sochi-place:cloze": text must hold exactly one blank'],
    ['a false item without correction', (b) => { delete find(b, 'f-sochi-place:tf-false').correction }, 'question "f-sochi-place:tf-false": correction must be a non-empty string'],
    ['an unknown kind', (b) => { find(b, 'f-sochi-place:typed').kind = 'essay' }, 'question "f-sochi-place:typed": kind must be one of'],
    ['a bad answer type', (b) => { (find(b, 'f-sochi-place:typed').answer as { type: string }).type = 'any' }, 'question "f-sochi-place:typed": type must be one of'],
    ['a one-item list', (b) => { (find(b, 'f-cochairs-list:list').items as unknown[]).splice(1) }, 'question "f-cochairs-list:list": must be an array of at least 2'],
    ['a matching pair with a repeated right side', (b) => { const p = find(b, 'f-leaders-offices:matching').pairs as { right: string }[]; p[1]!.right = p[0]!.right }, 'question "f-leaders-offices:matching": right items'],
    ['a fact quote not in its sentence', (b) => { b.facts[0]!.quote = 'Hà Nội' }, `fact "${bank.facts[0]!.id}": quote is not in its sentence`],
    ['a duplicate fact id', (b) => { b.facts.push(structuredClone(b.facts[0]!)) }, `fact "${bank.facts[0]!.id}": id is not unique`],
    ['a flashcard for no fact', (b) => { b.flashcards[0]!.factId = 'f-nope' }, 'flashcard "f-nope": factId is not a fact'],
  ])('rejects %s, naming the item', (_name, mutate, message) => {
    const broken = copy()
    const input = _name === 'not an object' ? null : broken
    mutate(broken)
    expect(() => parseBank(input)).toThrow(BankError)
    expect(() => parseBank(input)).toThrow(message)
  })
})

describe('indexBank', () => {
  const index = indexBank(bank)

  it('maps every fact to its questions and flashcard', () => {
    for (const f of bank.facts) {
      expect(index.factById.get(f.id)).toBe(f)
      expect(index.questionsByFact.get(f.id)!.length).toBeGreaterThan(0)
      expect(index.flashcardByFact.get(f.id)!.factId).toBe(f.id)
    }
    expect([...index.questionsByFact.values()].flat()).toHaveLength(bank.questions.length)
  })

  it('lists the facts of each sentence, a sequence fact under each sentence it draws on', () => {
    const sequence = bank.facts.find((f) => f.kind === 'sequence')!
    for (const i of [sequence.sentenceIndex, ...sequence.seeAlso!]) expect(index.factsBySentence.get(i)).toContain(sequence)
    expect(index.factsBySentence.get(9)!.map((f) => f.id)).toEqual(['f-heading-conflict'])
  })
})
