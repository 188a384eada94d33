import { describe, expect, it } from 'vitest'
import { parseBackup } from '@/domain/progress/backup'
import { DEFAULT_SETTINGS, PROGRESS_SCHEMA_VERSION, type Settings } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { StorageError } from '@/persistence/errors'
import { KEYS, STORES } from '@/persistence/keys'
import type { Repository } from '@/persistence/repository'
import v1Fixture from '../../fixtures/stored/v1-answers.json'
import { DAY, T0, makeAnswer, makeCard, saveAnswer, undoAnswer, stored } from '../../fixtures/stored/factories'
import { harnesses } from './harness'
import { testDeck } from '../../fixtures/decks'
import { makeDeckFile } from '@/domain/deck/file'

/** An answer to a fact of deck `dabc1234`. */
function deckAnswer(factId: string, at: number) {
  const { card, entry } = makeAnswer(factId, at)
  return { card, entry: { ...entry, deckId: 'dabc1234' } }
}

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, locale: 'en', newPerDay: 30 }

async function answerMany(repo: Repository, factIds: string[], start = T0) {
  const entries: ReviewLogEntry[] = []
  for (const [i, factId] of factIds.entries()) {
    const { card, entry } = makeAnswer(factId, start + i * 1000)
    await saveAnswer(repo, card, entry)
    entries.push(entry)
  }
  return entries
}

describe.each(harnesses)('repository contract: $name', (harness) => {
  it('loads an empty store as defaults', async () => {
    const result = await harness.disk().open().load()
    expect(result).toEqual({
      cards: [],
      log: [],
      settings: DEFAULT_SETTINGS,
      session: null,
      meta: {},
      readOnly: false,
      issues: [],
      setAsideCount: 0,
      decks: [],
    })
  })

  it('round-trips answers, settings, session and meta through a new instance', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const entries = await answerMany(repo, ['f-a', 'f-b'])
    await repo.saveSettings(SETTINGS)
    await repo.saveSession({ queue: ['f-a', 'f-b'], index: 1 })
    await repo.markBackup(T0 + DAY)
    await repo.markPersisted(true)

    const loaded = await disk.open().load()
    expect(loaded.cards.map((c) => c.factId).sort()).toEqual(['f-a', 'f-b'])
    expect(loaded.log).toEqual(entries)
    expect(loaded.settings).toEqual(SETTINGS)
    expect(loaded.session).toEqual({ queue: ['f-a', 'f-b'], index: 1 })
    expect(loaded.meta).toEqual({ lastBackupAt: T0 + DAY, persisted: true })

    await repo.saveSession(null)
    expect((await disk.open().load()).session).toBeNull()
  })

  it('accepts proxies (as a reactive store holds them) and stores plain copies', async () => {
    const disk = harness.disk()
    const { card, entry } = makeAnswer('f-proxy')
    const proxied = <T extends object>(value: T): T => new Proxy(value, {})
    expect(() => structuredClone(proxied(card))).toThrow()
    await saveAnswer(disk.open(), proxied(card), proxied({ ...entry, next: proxied(card) }))
    await disk.open().saveSettings(proxied({ ...SETTINGS }))
    const loaded = await disk.open().load()
    expect(loaded.cards).toEqual([stored(card)])
    expect(loaded.settings).toEqual(SETTINGS)
  })

  it('writes card and log entry in one transaction: a failure keeps neither', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const { card, entry } = makeAnswer('f-atomic')
    // The card is put first; the entry's invalid key then fails inside the same transaction.
    const broken = { ...entry, id: undefined as unknown as string }
    await expect(saveAnswer(repo, card, broken)).rejects.toThrow()
    expect(await disk.dump(STORES.cards)).toEqual({})
    expect(await disk.dump(STORES.log)).toEqual({})
  })

  it('commits an answer whole: entry, card and session step together, and undo takes all three back', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    await repo.saveSession({ step: 0 })
    const { card, entry } = makeAnswer('f-one')
    await repo.commitAnswer({
      deckId: 'article', factId: 'f-one', assumed: { card: undefined, lastEntryId: undefined },
      compute: () => ({ card, entry, session: { step: 1 } }),
    })
    let loaded = await repo.load()
    expect([loaded.cards, loaded.log, loaded.session]).toEqual([[stored(card)], [entry], { step: 1 }])
    await repo.commitUndo({ deckId: 'article', factId: 'f-one', entryId: entry.id, previous: null, session: { step: 0 } })
    loaded = await repo.load()
    expect([loaded.cards, loaded.log, loaded.session]).toEqual([[], [], { step: 0 }])
  })

  it.each([
    ['a NaN in the card', (c: ReturnType<typeof makeAnswer>) => ({ ...c, card: { ...c.card, stability: Number.NaN } })],
    ['a review in the year 5000', (c: ReturnType<typeof makeAnswer>) => ({ ...c, entry: { ...c.entry, reviewedAt: Date.UTC(5000, 0, 1) } })],
    ['a difficulty of −5', (c: ReturnType<typeof makeAnswer>) => ({ ...c, card: { ...c.card, difficulty: -5 } })],
    ['a card of another fact', (c: ReturnType<typeof makeAnswer>) => ({ ...c, card: { ...c.card, factId: 'f-other' } })],
  ])('refuses an answer with %s, writing nothing (not even the session step)', async (_name, spoil) => {
    const disk = harness.disk()
    const repo = disk.open()
    await repo.saveSession({ step: 0 })
    const bad = spoil(makeAnswer('f-bad'))
    await expect(repo.commitAnswer({
      deckId: 'article', factId: 'f-bad', assumed: { card: undefined, lastEntryId: undefined },
      compute: () => ({ card: bad.card, entry: bad.entry, session: { step: 1 } }),
    })).rejects.toMatchObject({ code: 'invalid-answer' })
    const loaded = await repo.load()
    expect([loaded.cards, loaded.log, loaded.session]).toEqual([[], [], { step: 0 }])
  })

  it.each([
    ['an object', { version: 2 }],
    ['a string', '2'],
    ['a fraction', 2.5],
    ['null', null],
    ['an array', [3]],
    ['a negative number', -1],
  ])('a schema-version record that is %s is set aside and the data still loads and takes answers', async (_name, odd) => {
    const disk = harness.disk()
    const { card, entry } = makeAnswer('f-kept')
    await saveAnswer(disk.open(), card, entry)
    await disk.raw.run('readwrite', [STORES.kv], async (tx) => tx.put(STORES.kv, KEYS.schemaVersion, odd))
    const repo = disk.open()
    const loaded = await repo.load()
    expect(loaded.readOnly).toBe(false)
    expect(loaded.cards).toEqual([stored(card)])
    expect(loaded.issues).toContainEqual(expect.objectContaining({ kind: 'set-aside', key: KEYS.schemaVersion }))
    const next = makeAnswer('f-next', T0 + DAY)
    await saveAnswer(repo, next.card, next.entry)
    expect((await repo.load()).log).toHaveLength(2)
    expect((await disk.dump(STORES.kv))[KEYS.schemaVersion]).toBe(PROGRESS_SCHEMA_VERSION)
  })

  describe('decks', () => {
    it('saves a deck; the load reads its summary, readDeck the whole of it', async () => {
      const disk = harness.disk()
      const deck = testDeck('dabc1234', T0)
      await disk.open().saveDeck(deck)
      const repo = disk.open()
      expect((await repo.load()).decks).toEqual([deck.summary])
      expect(await repo.readDeck('dabc1234')).toEqual(deck)
      expect(await repo.readDeck('dnone000')).toBeNull()
    })

    it('deletes a deck with its cards and answers, after a backup that restores all of it', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      const deck = testDeck('dabc1234', T0)
      await repo.saveDeck(deck)
      const factId = deck.summary.factIds[0]!
      const { card, entry } = deckAnswer(factId, T0 + 1000)
      await saveAnswer(repo, card, entry)
      await answerMany(repo, ['f-a'], T0 + 2000)
      await repo.deleteDeck('dabc1234')
      const after = await repo.load()
      expect(after.decks).toEqual([])
      expect(after.cards.map((c) => c.factId)).toEqual(['f-a'])
      expect(after.log.map((e) => e.factId)).toEqual(['f-a'])
      const [kept] = await repo.listBackups()
      expect(kept).toMatchObject({ reason: 'before-deck-delete', decks: 1, answers: 2 })
      const parsed = parseBackup(await repo.readBackup(kept!.id), 0)
      if (!parsed.ok) throw new Error(parsed.error.detail)
      await repo.importSnapshot(parsed.value, 'replace')
      const back = await repo.load()
      expect(back.decks).toEqual([deck.summary])
      expect(back.log.map((e) => e.factId).sort()).toEqual(['f-a', factId].sort())
      expect(await repo.readDeck('dabc1234')).toEqual(deck)
    })

    it('deleting a deck drops the unfinished session of that deck, not of another', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      await repo.saveDeck(testDeck('dabc1234', T0))
      await repo.saveDeck(testDeck('dother999', T0))
      await repo.saveSession({ version: 1, kind: 'review', scope: 'dother999' })
      await repo.deleteDeck('dabc1234')
      expect((await repo.load()).session).toEqual({ version: 1, kind: 'review', scope: 'dother999' })
      await repo.deleteDeck('dother999')
      expect((await repo.load()).session).toBeNull()
    })

    it('a deck with no progress still leaves a backup when deleted', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      await repo.saveDeck(testDeck('dabc1234', T0))
      await repo.deleteDeck('dabc1234')
      expect((await repo.listBackups()).map((b) => [b.reason, b.decks])).toEqual([['before-deck-delete', 1]])
    })

    it('imports a deck file with its progress in one go', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      const deck = testDeck('dabc1234', T0)
      const factId = deck.summary.factIds[0]!
      const { card, entry } = deckAnswer(factId, T0 + 1000)
      await repo.importDeck(makeDeckFile(deck, T0, { cards: [stored(card, 'dabc1234')], log: [entry] }))
      const loaded = await disk.open().load()
      expect(loaded.decks).toEqual([deck.summary])
      expect(loaded.cards).toEqual([stored(card, 'dabc1234')])
      expect(loaded.log).toEqual([entry])
    })

    it('an unreadable deck is set aside when opened, not shown, and nothing else is lost', async () => {
      const disk = harness.disk()
      const deck = testDeck('dabc1234', T0)
      await disk.open().saveDeck(deck)
      await disk.raw.run('readwrite', [STORES.deckContent], async (tx) => tx.put(STORES.deckContent, 'dabc1234', { ...deck.content, sentences: 'broken' }))
      const repo = disk.open()
      expect(await repo.readDeck('dabc1234')).toBeNull()
      expect((await repo.load()).decks).toEqual([])
      expect((await repo.listSetAside()).map((r) => r.key)).toEqual(['dabc1234'])
    })

    it('a summary that is not one is set aside at load', async () => {
      const disk = harness.disk()
      await disk.open().load()
      await disk.raw.run('readwrite', [STORES.decks], async (tx) => tx.put(STORES.decks, 'dbad0000', { id: 'dbad0000' }))
      const loaded = await disk.open().load()
      expect(loaded.decks).toEqual([])
      expect(loaded.setAsideCount).toBe(1)
    })

    it('a backup carries the decks; a merge keeps the deck changed later', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      const deck = testDeck('dabc1234', T0)
      await repo.saveDeck(deck)
      const file = await repo.exportSnapshot(T0)
      expect(file.decks).toEqual([deck])
      const renamed = { summary: { ...deck.summary, title: 'Mới', updatedAt: T0 + 5 }, content: { ...deck.content, title: 'Mới' } }
      await repo.importSnapshot({ ...file, decks: [renamed] }, 'merge')
      expect((await repo.load()).decks.map((d) => d.title)).toEqual(['Mới'])
      await repo.importSnapshot({ ...file, decks: [deck] }, 'merge')
      expect((await repo.load()).decks.map((d) => d.title)).toEqual(['Mới'])
    })
  })

  describe('automatic backups', () => {
    it('a replace keeps what it replaces, and that backup restores it exactly', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      await answerMany(repo, ['f-a', 'f-b'])
      const before = await repo.exportSnapshot(T0)
      const other = makeAnswer('f-z', T0 + DAY)
      await repo.importSnapshot({ schemaVersion: PROGRESS_SCHEMA_VERSION, cards: [stored(other.card)], log: [other.entry], settings: SETTINGS }, 'replace')
      const [kept] = await repo.listBackups()
      expect(kept).toMatchObject({ reason: 'before-replace', answers: 2, cards: 2, facts: 2, takenAt: T0 })
      const parsed = parseBackup(await repo.readBackup(kept!.id), 0)
      expect(parsed.ok && parsed.value.log).toEqual(before.log)
      if (!parsed.ok) return
      await repo.importSnapshot(parsed.value, 'replace')
      const restored = await repo.exportSnapshot(T0)
      expect([restored.cards, restored.log]).toEqual([before.cards, before.log])
      // Restoring was itself a replace: what it replaced is kept too.
      expect((await repo.listBackups()).map((b) => b.reason)).toEqual(['before-replace', 'before-replace'])
    })

    it('a reset keeps a backup first; an empty store keeps none', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      await repo.reset()
      expect(await repo.listBackups()).toEqual([])
      await answerMany(repo, ['f-a'])
      await repo.reset()
      expect((await repo.listBackups()).map((b) => [b.reason, b.answers])).toEqual([['before-reset', 1]])
    })

    it('a migration keeps the stored records exactly as they were, readable as a backup file', async () => {
      const disk = harness.disk()
      await disk.seedV1(v1Fixture)
      const repo = disk.open()
      await repo.load()
      const backups = await repo.listBackups()
      expect(backups.map((b) => b.reason)).toEqual([])
      // Schema 1 kept its answers in one record that is itself moved aside whole; schema 2 data is backed up:
      const { card, entry } = makeAnswer('f-old')
      await disk.raw.run('readwrite', [STORES.kv, STORES.cards, STORES.log], async (tx) => {
        tx.put(STORES.kv, KEYS.schemaVersion, 2)
        tx.put(STORES.cards, 'f-old', card)
        const { deckId: _d, format: _f, ...v2 } = entry
        tx.put(STORES.log, entry.id, v2)
      })
      const again = disk.open()
      await again.load()
      const [kept] = await again.listBackups()
      expect(kept).toMatchObject({ reason: 'before-migration', cards: 1 })
      const parsed = parseBackup(await again.readBackup(kept!.id), 0)
      expect(parsed.ok && parsed.value.cards.find((c) => c.factId === 'f-old')).toEqual(stored(card))
    })

    it('keeps only a handful', async () => {
      const repo = harness.disk().open()
      await answerMany(repo, ['f-a'])
      for (let i = 0; i < 9; i++) await repo.takeBackup(i % 2 ? 'daily' : 'before-replace', T0 + i)
      const reasons = (await repo.listBackups()).map((b) => b.reason)
      expect(reasons.filter((r) => r === 'daily').length).toBeLessThanOrEqual(3)
      expect(reasons.length).toBeLessThanOrEqual(7)
    })
  })

  it('undo restores the exact previous card, or removes a new one, and drops the entry', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const first = makeAnswer('f-undo', T0)
    await saveAnswer(repo, first.card, first.entry)
    const second = makeAnswer('f-undo', T0 + DAY, first.card)
    await saveAnswer(repo, second.card, second.entry)

    await undoAnswer(repo, second.entry.id, second.entry.previous, 'f-undo')
    let loaded = await disk.open().load()
    expect(loaded.cards).toEqual([stored(first.card)])
    expect(loaded.log).toEqual([first.entry])

    await undoAnswer(repo, first.entry.id, null, 'f-undo')
    loaded = await disk.open().load()
    expect(loaded.cards).toEqual([])
    expect(loaded.log).toEqual([])
  })

  it('migrates the version 1 answers record into log history and sets the unreadable aside', async () => {
    const disk = harness.disk()
    await disk.seedV1(v1Fixture)
    const loaded = await disk.open().load()

    expect(loaded.readOnly).toBe(false)
    expect(loaded.cards).toEqual([])
    expect(loaded.log.map((e) => [e.factId, e.questionId, e.grade, e.outcome, e.reviewedAt])).toEqual([
      ['f-sochi-meeting', 'f-sochi-meeting:mcq', 'good', 'correct', 1764000000000],
      ['f-sochi-meeting', 'f-sochi-meeting:true-false', 'again', 'wrong', 1764000060000],
      ['f-ceasefire-prisoners', 'f-ceasefire-prisoners:cloze', 'good', 'correct', 1764000120000],
    ])
    expect(loaded.issues.map((i) => (i.kind === 'set-aside' ? i.key : i.kind))).toEqual([
      'hbb:answers#3',
      'hbb:answers#4',
      'hbb:answers#5',
      'hbb:answers#6',
    ])

    const kv = await disk.dump(STORES.kv)
    expect(kv[KEYS.schemaVersion]).toBe(PROGRESS_SCHEMA_VERSION)
    expect(kv[KEYS.legacyAnswers]).toBeUndefined()
    const aside = await disk.open().listSetAside()
    expect(aside.find((r) => r.key === KEYS.legacyAnswers)?.value).toEqual(v1Fixture)
    expect(aside.find((r) => r.key === 'hbb:answers#6')?.value).toBe('garbage')

    const again = await disk.open().load()
    expect(again.issues).toEqual([])
    expect(again.log).toEqual(loaded.log)
  })

  it('folds in answers an old tab wrote after the migration, without duplicates', async () => {
    const disk = harness.disk()
    await disk.seedV1(v1Fixture)
    await disk.open().load()
    await disk.seedV1({ version: 1, answers: [{ questionId: 'f-late:typed', choice: 0, correct: true, answeredAt: T0 + DAY }] })
    const loaded = await disk.open().load()
    expect(loaded.log.map((e) => e.factId)).toEqual(['f-sochi-meeting', 'f-sochi-meeting', 'f-ceasefire-prisoners', 'f-late'])
  })

  describe('data of a newer schema', () => {
    async function newerDisk() {
      const disk = harness.disk()
      const card = makeCard({ factId: 'f-future' })
      await disk.raw.run('readwrite', [STORES.kv, STORES.cards], async (tx) => {
        tx.put(STORES.kv, KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION + 1)
        tx.put(STORES.cards, `article/${card.factId}`, stored(card))
        tx.put(STORES.cards, 'f-strange', { shape: 'from the future' })
      })
      return { disk, card }
    }

    it('loads read-only with a notice and moves nothing', async () => {
      const { disk, card } = await newerDisk()
      const before = await disk.dump(STORES.cards)
      const loaded = await disk.open().load()
      expect(loaded.readOnly).toBe(true)
      expect(loaded.cards).toEqual([stored(card)])
      expect(loaded.issues).toContainEqual({ kind: 'newer-version', found: PROGRESS_SCHEMA_VERSION + 1, known: PROGRESS_SCHEMA_VERSION })
      expect(await disk.dump(STORES.cards)).toEqual(before)
    })

    const { card, entry } = makeAnswer('f-new')
    it.each<[string, (repo: Repository) => Promise<unknown>]>([
      ['saveAnswer', (r) => saveAnswer(r, card, entry)],
      ['undoAnswer', (r) => undoAnswer(r, entry.id, null, 'f-future')],
      ['saveSettings', (r) => r.saveSettings(SETTINGS)],
      ['saveSession', (r) => r.saveSession({ a: 1 })],
      ['importSnapshot', (r) => r.importSnapshot({ schemaVersion: 2, cards: [], log: [], settings: SETTINGS }, 'replace')],
      ['reset', (r) => r.reset()],
      ['markBackup', (r) => r.markBackup(T0)],
      ['markPersisted', (r) => r.markPersisted(true)],
      ['setAside', (r) => r.setAside({ origin: 'other', key: 'x', reason: 'y', value: 1 })],
    ])('refuses %s with a read-only StorageError and writes nothing', async (_name, write) => {
      const { disk } = await newerDisk()
      const before = [await disk.dump(STORES.kv), await disk.dump(STORES.cards), await disk.dump(STORES.aside)]
      const repo = disk.open()
      const error = await write(repo).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StorageError)
      expect((error as StorageError).code).toBe('read-only')
      expect([await disk.dump(STORES.kv), await disk.dump(STORES.cards), await disk.dump(STORES.aside)]).toEqual(before)
    })

    it('refuses writes when a newer build upgrades the data after this one loaded', async () => {
      const disk = harness.disk()
      const repo = disk.open()
      await repo.load()
      await disk.raw.run('readwrite', [STORES.kv], async (tx) => tx.put(STORES.kv, KEYS.schemaVersion, 99))
      await expect(saveAnswer(repo, card, entry)).rejects.toMatchObject({ code: 'read-only' })
      expect(await disk.dump(STORES.log)).toEqual({})
    })
  })

  it('sets corrupt records aside, reports each by key, and loads the rest', async () => {
    const disk = harness.disk()
    const good = makeAnswer('f-good')
    await saveAnswer(disk.open(), good.card, good.entry)
    await disk.raw.run('readwrite', [STORES.kv, STORES.cards, STORES.log], async (tx) => {
      tx.put(STORES.cards, 'article/f-nan', stored(makeCard({ factId: 'f-nan', due: Number.NaN })))
      tx.put(STORES.cards, 'article/f-garbage', 'garbage')
      tx.put(STORES.cards, 'article/f-elsewhere', stored(makeCard({ factId: 'f-other' })))
      tx.put(STORES.log, 'bad-entry', { id: 'bad-entry', factId: 'f-good' })
      tx.put(STORES.kv, KEYS.settings, { locale: 'klingon' })
      tx.put(STORES.kv, KEYS.meta, { lastBackupAt: 'never' })
    })

    const loaded = await disk.open().load()
    expect(loaded.cards).toEqual([stored(good.card)])
    expect(loaded.log).toEqual([good.entry])
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.meta).toEqual({})
    const reported = loaded.issues.map((i) => (i.kind === 'set-aside' ? `${i.origin}:${i.key}` : i.kind)).sort()
    expect(reported).toEqual(['card:article/f-elsewhere', 'card:article/f-garbage', 'card:article/f-nan', 'log:bad-entry', 'meta:hbb:meta', 'settings:hbb:settings'])
    const nan = loaded.issues.find((i) => i.kind === 'set-aside' && i.key === 'article/f-nan')
    expect(nan).toMatchObject({ reason: expect.stringContaining('due') })

    expect(Object.keys(await disk.dump(STORES.cards))).toEqual(['article/f-good'])
    const aside = await disk.open().listSetAside()
    expect(aside.map((r) => r.key).sort()).toEqual(['article/f-elsewhere', 'article/f-garbage', 'article/f-nan', 'bad-entry', 'hbb:meta', 'hbb:settings'])
    expect(aside.find((r) => r.key === 'article/f-garbage')).toMatchObject({ origin: 'card', value: 'garbage', setAsideAt: T0 })
    expect(loaded.setAsideCount).toBe(6)
    const again = await disk.open().load()
    expect([again.issues, again.setAsideCount]).toEqual([[], 6])
  })

  it('keeps every answer when two instances save at the same time', async () => {
    const disk = harness.disk()
    const [tabA, tabB] = [disk.open(), disk.open()]
    const answers = Array.from({ length: 40 }, (_, i) => makeAnswer(`f-${i % 10}`, T0 + i))
    await Promise.all(answers.map(({ card, entry }, i) => saveAnswer(i % 2 === 0 ? tabA : tabB, card, entry)))
    const loaded = await disk.open().load()
    expect(loaded.log.map((e) => e.id).sort()).toEqual(answers.map((a) => a.entry.id).sort())
    expect(loaded.cards).toHaveLength(10)
  })

  it('merges answers from another device: only those not held are added, only held ones removed, and it counts them', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const [held, gone] = await answerMany(repo, ['f-a', 'f-b'])
    const fresh = makeAnswer('f-c', T0 + DAY)
    // A copy of a held entry with other contents must not replace it: entries never change.
    const altered = { ...held!, durationMs: 1 }
    const changed = await repo.mergeEntries({
      entries: [altered, fresh.entry, fresh.entry],
      cards: [stored(fresh.card)],
      removed: [gone!.id, 'never-held'],
      dropCards: [{ deckId: gone!.deckId, factId: 'f-b' }],
    })
    expect(changed).toBe(2)
    const loaded = await disk.open().load()
    expect(loaded.log).toEqual([held, fresh.entry])
    expect(loaded.cards.map((c) => c.factId).sort()).toEqual(['f-a', 'f-c'])
    // The same pull again changes nothing.
    expect(await repo.mergeEntries({ entries: [fresh.entry], cards: [], removed: [gone!.id] })).toBe(0)
  })

  it('a merge that gives way before it commits stores nothing and says so; given way once committed, it stands', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const [held] = await answerMany(repo, ['f-a'])
    const fresh = makeAnswer('f-c', T0 + DAY)
    const input = { entries: [fresh.entry], cards: [stored(fresh.card)], removed: [held!.id] }
    const before = await disk.open().load()
    // Given way before it was queued, and as soon as it was.
    const early = new AbortController()
    early.abort()
    await expect(repo.mergeEntries(input, early.signal)).rejects.toMatchObject({ code: 'gave-way' })
    const soon = new AbortController()
    const merging = repo.mergeEntries(input, soon.signal)
    soon.abort()
    await expect(merging).rejects.toMatchObject({ code: 'gave-way' })
    const after = await disk.open().load()
    expect(after.log).toEqual(before.log)
    expect(after.cards).toEqual(before.cards)
    // Given way after it committed: nothing changes.
    const late = new AbortController()
    expect(await repo.mergeEntries(input, late.signal)).toBe(2)
    late.abort()
    expect((await disk.open().load()).log).toEqual([fresh.entry])
  })

  it('a transaction given way while under way keeps nothing, whether its reads or its writes are pending', async () => {
    const disk = harness.disk()
    await disk.open().load()
    for (const when of ['reads', 'writes'] as const) {
      const giveWay = new AbortController()
      const run = disk.raw.run('readwrite', [STORES.log, STORES.kv], async (tx) => {
        await tx.get(STORES.log, 'a')
        tx.put(STORES.kv, 'k', 1)
        if (when === 'reads') {
          giveWay.abort()
          await tx.get(STORES.log, 'b')
        }
        tx.put(STORES.log, 'a', { at: 1 })
        // After the work's end, before the commit.
        if (when === 'writes') queueMicrotask(() => giveWay.abort())
        return 'done'
      }, giveWay.signal)
      await expect(run, when).rejects.toMatchObject({ code: 'gave-way' })
      expect(await disk.dump(STORES.log), when).toEqual({})
      expect((await disk.dump(STORES.kv)).k, when).toBeUndefined()
    }
    // Without giving way, the same work commits.
    const stays = new AbortController()
    await disk.raw.run('readwrite', [STORES.log], async (tx) => tx.put(STORES.log, 'a', { at: 1 }), stays.signal)
    stays.abort()
    expect(await disk.dump(STORES.log)).toEqual({ a: { at: 1 } })
  })

  it('reads the log from a time on, for start-up and statistics', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const entries = await answerMany(repo, ['f-a', 'f-b', 'f-c'], T0)
    expect((await repo.load({ logSince: T0 + 1000 })).log).toEqual(entries.slice(1))
    expect(await repo.loadLog(T0 + 2000)).toEqual(entries.slice(2))
    expect(await repo.loadLog()).toEqual(entries)
  })

  it('reads a long log whole in several reads, and an answer given meanwhile does not wait for all of them', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    const facts = ['f-a', 'f-b', 'f-c', 'f-d']
    const entries = Array.from({ length: 1234 }, (_, i) => makeAnswer(facts[i % facts.length], T0 + i * 1000).entry)
    await repo.mergeEntries({ entries, cards: [] })
    const order: string[] = []
    const reading = repo.loadLog().then((log) => (order.push('read'), log))
    const later = makeAnswer('f-e', T0 + 10_000_000)
    await saveAnswer(repo, later.card, later.entry)
    order.push('answered')
    const log = await reading
    expect(order).toEqual(['answered', 'read'])
    // Every answer once, in order; the one given meanwhile (after the rest) with them or not, as the reads met it.
    expect(log.slice(0, entries.length)).toEqual(entries)
    expect(log.slice(entries.length).every((e) => e.id === later.entry.id)).toBe(true)
    expect(log.length).toBeLessThanOrEqual(entries.length + 1)
    expect(await repo.loadLog(T0 + 1000 * 1000)).toEqual([...entries.slice(1000), later.entry])
  })

  describe('backup', () => {
    async function deviceWith(factIds: string[], at: number) {
      const disk = harness.disk()
      const repo = disk.open()
      const entries = await answerMany(repo, factIds, at)
      return { disk, repo, entries }
    }

    it('exports a file that parses and restores the same progress elsewhere', async () => {
      const source = await deviceWith(['f-a', 'f-b'], T0)
      await source.repo.saveSettings(SETTINGS)
      const file = await source.repo.exportSnapshot(T0 + DAY)
      expect(file).toMatchObject({ app: 'hoc-bai-bao', schemaVersion: PROGRESS_SCHEMA_VERSION, exportedAt: T0 + DAY })
      const text = JSON.stringify(file)
      const parsed = parseBackup(text, text.length)
      if (!parsed.ok) throw new Error(parsed.error.detail)

      const target = harness.disk()
      await target.open().importSnapshot(parsed.value, 'replace')
      const loaded = await target.open().load()
      expect(loaded.cards).toEqual(file.cards)
      expect(loaded.log).toEqual(file.log)
      expect(loaded.settings).toEqual(SETTINGS)
    })

    it('replace: the file wins whole, the unfinished session goes', async () => {
      const here = await deviceWith(['f-a', 'f-b'], T0)
      await here.repo.saveSession({ open: true })
      const there = await deviceWith(['f-c'], T0 + DAY)
      await there.repo.saveSettings(SETTINGS)
      const file = await there.repo.exportSnapshot(T0 + 2 * DAY)

      await here.repo.importSnapshot(file, 'replace')
      const loaded = await here.disk.open().load()
      expect(loaded.cards).toEqual(file.cards)
      expect(loaded.log).toEqual(file.log)
      expect(loaded.settings).toEqual(SETTINGS)
      expect(loaded.session).toBeNull()
    })

    it('merge: the later card per fact, every log entry, this device’s settings', async () => {
      const here = await deviceWith(['f-a', 'f-b'], T0 + DAY) // f-a reviewed later here
      const there = await deviceWith(['f-a', 'f-c'], T0) // f-a reviewed earlier there
      await there.repo.saveSettings(SETTINGS)
      const file = await there.repo.exportSnapshot(T0 + 2 * DAY)
      const mine = (await here.repo.load()).cards

      await here.repo.importSnapshot(file, 'merge')
      await here.repo.importSnapshot(file, 'merge')
      const loaded = await here.disk.open().load()
      const byFact = new Map(loaded.cards.map((c) => [c.factId, c]))
      expect(byFact.get('f-a')).toEqual(mine.find((c) => c.factId === 'f-a'))
      expect(byFact.get('f-c')).toEqual(file.cards.find((c) => c.factId === 'f-c'))
      expect(loaded.cards).toHaveLength(3)
      expect(loaded.log.map((e) => e.id).sort()).toEqual([...here.entries, ...there.entries].map((e) => e.id).sort())
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    })

    const valid = () => ({ schemaVersion: 2, cards: [makeCard()], log: [], settings: SETTINGS })
    it.each<[string, unknown]>([
      ['a card with a NaN date', { ...valid(), cards: [makeCard({ due: Number.NaN })] }],
      ['a newer schema', { ...valid(), schemaVersion: 3 }],
      ['a log that is not a list', { ...valid(), log: 'none' }],
      ['two cards for one fact', { ...valid(), cards: [makeCard(), makeCard()] }],
      ['another app', { ...valid(), app: 'anki' }],
    ])('refuses a snapshot with %s and changes nothing', async (_name, snapshot) => {
      const here = await deviceWith(['f-a'], T0)
      const before = [await here.disk.dump(STORES.cards), await here.disk.dump(STORES.log), await here.disk.dump(STORES.kv)]
      for (const mode of ['replace', 'merge'] as const) {
        await expect(here.repo.importSnapshot(snapshot as never, mode)).rejects.toMatchObject({ code: 'invalid-backup' })
      }
      expect([await here.disk.dump(STORES.cards), await here.disk.dump(STORES.log), await here.disk.dump(STORES.kv)]).toEqual(before)
    })
  })

  it('reset forgets progress, keeps set-aside records and the persistence flag', async () => {
    const disk = harness.disk()
    const repo = disk.open()
    await answerMany(repo, ['f-a'])
    await repo.saveSettings(SETTINGS)
    await repo.saveSession({ x: 1 })
    await repo.markBackup(T0)
    await repo.markPersisted(true)
    await repo.setAside({ origin: 'other', key: 'k', reason: 'kept for support', value: { any: 'thing' } })

    await repo.reset()
    const loaded = await disk.open().load()
    expect(loaded).toMatchObject({ cards: [], log: [], settings: DEFAULT_SETTINGS, session: null, meta: { persisted: true } })
    expect(loaded.meta.lastBackupAt).toBeUndefined()
    expect((await repo.listSetAside()).map((r) => r.key)).toEqual(['k'])
  })
})
