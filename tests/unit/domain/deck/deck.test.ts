import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexBank } from '@/domain/bank'
import {
  addOwnQuestion,
  cleanTitle,
  deckBank,
  deckTitle,
  deckFromGenerated,
  deckOf,
  deleteQuestion,
  editQuestion,
  setAllKept,
  setKept,
  summarize,
  type DeckContent,
} from '@/domain/deck'
import { makeDeckFile, parseDeckFile, readDeck, renameDeck, validateDeckFile } from '@/domain/deck/file'
import { generateDeck } from '@/domain/generate'

const text = readFileSync(new URL('../../../fixtures/articles/economy-2023.txt', import.meta.url), 'utf8')
const generated = (() => {
  const r = generateDeck({ title: 'Kinh tế 2023', text }, { seed: 1 })
  if (!r.ok) throw new Error('fixture gives no deck')
  return r.deck
})()
const NOW = Date.UTC(2026, 11, 1)
const ID = 'dabc1234'
const fresh = () => deckFromGenerated(generated, ID, NOW)

describe('deckFromGenerated', () => {
  it('qualifies every id with the deck id and keeps high-confidence items only', () => {
    const { content, summary } = fresh()
    expect(content.facts.every((f) => f.id.startsWith(`${ID}.`))).toBe(true)
    expect(content.questions.every((q) => q.id.startsWith(`${q.factId}:`) && q.factId.startsWith(`${ID}.`))).toBe(true)
    expect(content.questions.every((q) => q.kept === (q.confidence === 'high'))).toBe(true)
    expect(summary).toMatchObject({ id: ID, title: 'Kinh tế 2023', createdAt: NOW, updatedAt: NOW, reviewed: false, total: content.questions.length })
    expect(summary.kept).toBe(content.questions.filter((q) => q.kept).length)
  })

  it('names the deck of an id', () => {
    expect(deckOf(`${ID}.g1:mcq`)).toBe(ID)
    expect(deckOf('f-sochi-date')).toBe('article')
  })

  it('gives the study engine only kept questions, and a bank that indexes', () => {
    const bank = deckBank(fresh().content)
    expect(bank.questions.every((q) => (q as unknown as { kept: boolean }).kept)).toBe(true)
    const facts = new Set(bank.facts.map((f) => f.id))
    expect(bank.questions.every((q) => facts.has(q.factId))).toBe(true)
    expect(bank.flashcards.every((c) => facts.has(c.factId))).toBe(true)
    expect(indexBank(bank).questionsByFact.size).toBe(facts.size)
  })
})

describe('deckTitle', () => {
  const sentence = 'Côn Đảo là một quần đảo ở ngoài khơi bờ biển Nam Bộ (Việt Nam) và cũng là huyện trực thuộc tỉnh Bà Rịa-Vũng Tàu.'
  it.each([
    [{ given: ' Địa lý  lớp 9 ', headline: sentence }, 'Địa lý lớp 9'],
    [{ given: '', headline: 'Kinh tế Việt Nam năm 2023 tăng trưởng 5,05%' }, 'Kinh tế Việt Nam năm 2023 tăng trưởng 5,05%'],
    [{ given: '', headline: sentence, fileName: 'Côn Đảo – Wikipedia tiếng Việt.html' }, 'Côn Đảo – Wikipedia tiếng Việt'],
    [{ given: '', headline: sentence, fileName: 'con_dao.txt' }, 'con dao'],
    [{ given: '', headline: sentence, fileName: '2024.txt' }, 'Côn Đảo là một quần đảo ở ngoài khơi bờ biển Nam…'],
    [{ given: '', headline: sentence }, 'Côn Đảo là một quần đảo ở ngoài khơi bờ biển Nam…'],
  ])('%j → %s', (input, title) => expect(deckTitle(input)).toBe(title))
})

describe('cleanTitle', () => {
  it.each([
    ['  Bài   về\nkinh tế ', 'Bài về kinh tế'],
    ['', ''],
    ['a'.repeat(130), `${'a'.repeat(120)}…`],
  ])('%j → %j', (input, out) => expect(cleanTitle(input)).toBe(out))
  it('cuts a long title at a word', () => {
    const title = cleanTitle('từ '.repeat(60))
    expect(title.length).toBeLessThanOrEqual(121)
    expect(title.endsWith('từ…')).toBe(true)
  })
})

describe('review edits', () => {
  const typed = (c: DeckContent) => c.questions.find((q) => q.kind === 'typed')!
  const mcq = (c: DeckContent) => c.questions.find((q) => q.kind === 'mcq')!

  it('keeps and leaves out; the summary follows', () => {
    const { content } = fresh()
    const none = setAllKept(content, false)
    expect(summarize(none, { createdAt: 0, updatedAt: 0, reviewed: true })).toMatchObject({ kept: 0, factIds: [] })
    const one = setKept(none, mcq(none).id, true)
    expect(one.ok && summarize(one.content, { createdAt: 0, updatedAt: 0, reviewed: true }).factIds).toEqual([mcq(none).factId])
  })

  it('edits a typed answer and drops an accepted form equal to it', () => {
    const { content } = fresh()
    const q = typed(content)
    const out = editQuestion(content, q.id, { answer: ' Hà  Nội ', accepted: ['hà nội', 'Thủ đô', ''] })
    expect(out.ok).toBe(true)
    const edited = out.ok ? out.content.questions.find((x) => x.id === q.id)! : undefined
    expect(edited).toMatchObject({ edited: true, answer: { answer: 'Hà Nội', accepted: ['Thủ đô'] } })
  })

  it.each([
    [{ answer: '  ' }, 'empty-answer'],
    [{ prompt: '' }, 'empty-prompt'],
  ])('refuses a typed edit %j with %s', (edit, error) => {
    const { content } = fresh()
    expect(editQuestion(content, typed(content).id, edit)).toEqual({ ok: false, error })
  })

  it.each([
    [{ options: ['a', 'b', 'c'] }, 'options'],
    [{ options: ['a', 'b', 'c', 'A'] }, 'options'],
    [{ options: ['a', 'b', 'c', 'd'], answerIndex: 4 }, 'options'],
  ])('refuses a multiple-choice edit %j', (edit, error) => {
    const { content } = fresh()
    expect(editQuestion(content, mcq(content).id, edit)).toEqual({ ok: false, error })
  })

  it('refuses an edit of a question that is not there', () => {
    expect(editQuestion(fresh().content, 'nope', {})).toEqual({ ok: false, error: 'no-question' })
  })

  it('deletes a question, and its fact with its last question', () => {
    const { content } = fresh()
    const factId = content.questions[0]!.factId
    let c = content
    for (const q of content.questions.filter((x) => x.factId === factId)) {
      const out = deleteQuestion(c, q.id)
      if (!out.ok) throw new Error(out.error)
      c = out.content
    }
    expect(c.facts.some((f) => f.id === factId)).toBe(false)
    expect(c.flashcards.some((f) => f.factId === factId)).toBe(false)
  })

  it('adds the learner’s own question, kept, with its own fact and flashcard', () => {
    const { content } = fresh()
    const out = addOwnQuestion(content, { prompt: 'Tăng trưởng GDP năm 2023?', answer: '5,05%', accepted: ['5.05%'], sentenceIndex: 0 })
    expect(out.ok).toBe(true)
    if (!out.ok) return
    const q = out.content.questions.at(-1)!
    expect(q).toMatchObject({ kind: 'typed', kept: true, own: true, id: `${ID}.u1:typed`, factId: `${ID}.u1` })
    expect(out.content.flashcards.at(-1)).toMatchObject({ factId: `${ID}.u1`, back: '5,05%' })
    const again = addOwnQuestion(out.content, { prompt: 'x?', answer: 'y', sentenceIndex: 0 })
    expect(again.ok && again.content.facts.at(-1)!.id).toBe(`${ID}.u2`)
    expect(readDeck({ summary: fresh().summary, content: out.content }).ok).toBe(true)
  })

  it.each([
    [{ prompt: '', answer: 'a', sentenceIndex: 0 }, 'empty-prompt'],
    [{ prompt: 'a', answer: ' ', sentenceIndex: 0 }, 'empty-answer'],
    [{ prompt: 'a', answer: 'b', sentenceIndex: 9999 }, 'sentence'],
    [{ prompt: 'a', answer: 'b', sentenceIndex: 0.5 }, 'sentence'],
  ])('refuses an own question %j', (own, error) => {
    expect(addOwnQuestion(fresh().content, own)).toEqual({ ok: false, error })
  })

  it('keeps every deck valid whatever the learner does (property)', () => {
    const base = fresh()
    const n = base.content.questions.length
    const action = fc.oneof(
      fc.record({ type: fc.constant('keep' as const), at: fc.nat(n - 1), kept: fc.boolean() }),
      fc.record({ type: fc.constant('delete' as const), at: fc.nat(n - 1) }),
      fc.record({ type: fc.constant('edit' as const), at: fc.nat(n - 1), answer: fc.string(), prompt: fc.string(), accepted: fc.array(fc.string(), { maxLength: 3 }) }),
      fc.record({ type: fc.constant('own' as const), prompt: fc.string(), answer: fc.string(), sentence: fc.integer({ min: -2, max: 40 }) }),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        let c = base.content
        for (const a of actions) {
          const q = 'at' in a ? c.questions[a.at % Math.max(1, c.questions.length)] : undefined
          const out =
            a.type === 'keep' ? setKept(c, q?.id ?? '', a.kept)
            : a.type === 'delete' ? (c.questions.length > 1 ? deleteQuestion(c, q?.id ?? '') : { ok: false as const, error: 'no-question' as const })
            : a.type === 'edit' ? editQuestion(c, q?.id ?? '', { answer: a.answer, prompt: a.prompt, accepted: a.accepted })
            : addOwnQuestion(c, { prompt: a.prompt, answer: a.answer, sentenceIndex: a.sentence })
          if (out.ok) c = out.content
        }
        const read = readDeck({ summary: base.summary, content: c })
        if (!read.ok) throw new Error(read.reason)
      }),
      { numRuns: 60 },
    )
  })
})

describe('deck files', () => {
  const deck = fresh()
  const card = { factId: deck.content.facts[0]!.id, deckId: ID, state: 'review', due: NOW, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, lastReview: NOW - 86_400_000 }

  it('round-trips with and without progress', () => {
    const plain = makeDeckFile(deck, NOW)
    const read = parseDeckFile(JSON.stringify(plain), 1000)
    expect(read.ok && read.value.deck.content.questions.length).toBe(deck.content.questions.length)
    expect(read.ok && read.value.progress).toBeUndefined()
    const withProgress = validateDeckFile(JSON.parse(JSON.stringify(makeDeckFile(deck, NOW, { cards: [card as never], log: [] }))))
    expect(withProgress.ok && withProgress.value.progress?.cards).toHaveLength(1)
  })

  it.each([
    ['too large', () => parseDeckFile('{}', 30 * 1024 * 1024), 'too-large'],
    ['not JSON', () => parseDeckFile('{"a":', 5), 'not-json'],
    ['a backup', () => validateDeckFile({ app: 'hoc-bai-bao', schemaVersion: 3, cards: [] }), 'not-a-deck'],
    ['from a newer app', () => validateDeckFile({ ...makeDeckFile(deck, NOW), version: 9 }), 'newer-version'],
    ['a bad deck id', () => validateDeckFile({ ...makeDeckFile(deck, NOW), deck: { ...deck, content: { ...deck.content, id: 'x' } } }), 'invalid'],
    ['a question of another deck', () => validateDeckFile({ ...makeDeckFile(deck, NOW), deck: renameDeck(deck, 'dzzz9999', 't') && { summary: deck.summary, content: { ...deck.content, id: 'dzzz9999' } } }), 'invalid'],
    ['a sentence not in the text', () => validateDeckFile({ ...makeDeckFile(deck, NOW), deck: { ...deck, content: { ...deck.content, text: 'khác' } } }), 'invalid'],
    ['a question without kept', () => validateDeckFile({ ...makeDeckFile(deck, NOW), deck: { ...deck, content: { ...deck.content, questions: deck.content.questions.map(({ kept: _k, ...q }) => q) } } }), 'invalid'],
    ['progress of another fact', () => validateDeckFile(makeDeckFile(deck, NOW, { cards: [{ ...card, factId: 'f-x' } as never], log: [] })), 'invalid'],
    ['a card out of range', () => validateDeckFile(makeDeckFile(deck, NOW, { cards: [{ ...card, stability: Number.NaN } as never], log: [] })), 'invalid'],
  ])('refuses %s', (_name, run, code) => {
    const out = run()
    expect(out.ok).toBe(false)
    expect(!out.ok && out.error.code).toBe(code)
  })

  it('renames a deck: every id follows, the deck stays valid', () => {
    const copy = renameDeck(deck, 'dnew12345', 'Bản sao')
    expect(copy.summary).toMatchObject({ id: 'dnew12345', title: 'Bản sao', createdAt: deck.summary.createdAt })
    expect(copy.content.facts.every((f) => f.id.startsWith('dnew12345.'))).toBe(true)
    expect(copy.summary.factIds.every((id) => id.startsWith('dnew12345.'))).toBe(true)
    expect(readDeck(copy).ok).toBe(true)
  })
})

describe('the review screen names every reason a question is uncertain', () => {
  it('has a message, in both languages, for each reason the generator gives on the fixture texts', async () => {
    const { readdirSync } = await import('node:fs')
    const dir = new URL('../../../fixtures/articles/', import.meta.url)
    const texts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'))
    const reasons = new Set<string>()
    for (const file of texts) {
      const out = generateDeck({ title: '', text: readFileSync(new URL(file, dir), 'utf8') }, { seed: 1 })
      if (out.ok) for (const q of out.deck.questions) for (const r of q.reasons) reasons.add(r)
    }
    expect(texts.length).toBeGreaterThan(8)
    expect(reasons.size).toBeGreaterThan(0)
    for (const locale of ['vi', 'en']) {
      const messages = JSON.parse(readFileSync(new URL(`../../../../src/locales/${locale}/decks.json`, import.meta.url), 'utf8')) as Record<string, string>
      for (const r of reasons) expect(messages[`edit.reason.${r}`], `${locale}: edit.reason.${r}`).toBeTruthy()
    }
  })
})
