import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rebuildCards } from '@/domain/progress/replay'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'
import {
  chooseVersion,
  compareRevs,
  deckDoc,
  logDoc,
  newerDeck,
  packDoc,
  packDocs,
  undoDoc,
  newerSettings,
  readDoc,
  rebuildTouched,
  settingsDoc,
  syncProblem,
  touchedCards,
  type SettingsDoc,
} from '@/domain/sync/docs'
import { planMerge, runPlan } from '@/domain/sync/merge'
import { testDeck } from '../../../fixtures/decks'
import { answers, schedulerFor, T0 } from '../../../fixtures/sync-answers'

describe('sync documents', () => {
  it('round-trip: an answer, the settings and a deck come back as they went', () => {
    const [entry] = answers('aaaa', ['f-a'], ['good'], T0)
    expect(readDoc(JSON.parse(JSON.stringify(logDoc(entry!))))).toEqual(logDoc(entry!))
    const settings = settingsDoc({ ...DEFAULT_SETTINGS, newPerDay: 30 }, T0, 'aaaa')
    expect(readDoc(JSON.parse(JSON.stringify({ ...settings, _rev: '3-abc' })))).toEqual(settings)
    const deck = testDeck('dabc1234', T0)
    expect(readDoc(JSON.parse(JSON.stringify(deckDoc(deck))))).toEqual(deckDoc(deck))
  })

  it('answers go in packs of at most the size, in order, each under an id its answers give it', () => {
    const entries = answers('aaaa', ['f-a', 'f-b', 'f-c'], ['good', 'again', 'hard', 'easy', 'good', 'good', 'hard'], T0)
    const packs = packDocs(entries, 3)
    expect(packs.map((p) => p.entries.length)).toEqual([3, 3, 1])
    expect(packs.flatMap((p) => p.entries)).toEqual(entries)
    for (const pack of packs) {
      expect(pack._id.startsWith(`pack:${pack.entries[0]!.id}:`)).toBe(true)
      expect(readDoc(JSON.parse(JSON.stringify({ ...pack, _rev: '1-a' })))).toEqual(pack)
    }
    // The same answers make the same document; another set beginning with the same answer, another one.
    expect(packDoc(entries.slice(0, 3))._id).toBe(packs[0]!._id)
    expect(packDoc([entries[0]!, entries[1]!, entries[3]!])._id).not.toBe(packs[0]!._id)
    expect(packDoc(entries.slice(0, 2))._id).not.toBe(packs[0]!._id)
    expect(packDocs([], 3)).toEqual([])
    expect(() => packDoc([])).toThrow(RangeError)
  })

  it('a pack is read for the answers in it that read as answers, each once; an undo for its answer', () => {
    const entries = answers('aaaa', ['f-a'], ['good', 'hard'], T0)
    const raw = { ...packDoc(entries), entries: [entries[0], { id: 'x', grade: 'perfect' }, entries[1], entries[0]] }
    expect(readDoc(raw)).toEqual({ _id: raw._id, kind: 'pack', entries })
    expect(readDoc(JSON.parse(JSON.stringify(undoDoc(entries[0]!.id))))).toEqual(undoDoc(entries[0]!.id))
  })

  it.each([
    ['nothing', null],
    ['a pack of nothing that reads as an answer', { _id: 'pack:x', kind: 'pack', entries: [{ id: 'x' }] }],
    ['a pack without a list', { _id: 'pack:x', kind: 'pack', entries: 'x' }],
    ['a deleted pack', { _id: 'pack:x', kind: 'pack', entries: [], _deleted: true }],
    ['an undo under another id', { _id: 'undo:a', kind: 'undo', entryId: 'b' }],
    ['an undo without its answer', { _id: 'undo:a', kind: 'undo' }],
    ['a design document', { _id: '_design/x', kind: 'log' }],
    ['a deleted answer', { ...logDoc(answers('aaaa', ['f-a'], ['good'], T0)[0]!), _deleted: true }],
    ['an answer under another id', { ...logDoc(answers('aaaa', ['f-a'], ['good'], T0)[0]!), _id: 'log:other' }],
    ['an answer out of range', { _id: 'log:x', kind: 'log', entry: { id: 'x', grade: 'perfect' } }],
    ['settings without a time', { _id: 'settings', kind: 'settings', settings: DEFAULT_SETTINGS, device: 'a' }],
    ['a deck under another id', { ...deckDoc(testDeck('dabc1234', T0)), _id: 'deck:dother000' }],
    ['a broken deck', { _id: 'deck:dabc1234', kind: 'deck', deck: { summary: {}, content: {} } }],
  ])('refuses %s', (_name, raw) => {
    expect(readDoc(raw)).toBeNull()
  })

  it('orders revisions by generation, then hash', () => {
    expect(['10-a', '2-z', '2-b', '9-zz'].sort(compareRevs)).toEqual(['2-b', '2-z', '9-zz', '10-a'])
  })

  it('picks the same winner whatever order the versions come in, and keeps the others', () => {
    const base = testDeck('dabc1234', T0)
    const version = (rev: string, updatedAt: number) => ({ rev, value: { ...base, summary: { ...base.summary, updatedAt } } })
    fc.assert(
      fc.property(fc.shuffledSubarray([version('2-a', T0 + 5), version('2-b', T0 + 5), version('3-c', T0 + 1), version('2-d', T0 + 2)], { minLength: 1 }), (versions) => {
        const once = chooseVersion(versions, newerDeck)
        const again = chooseVersion([...versions].reverse(), newerDeck)
        expect(again.winner).toEqual(once.winner)
        expect(once.losers).toHaveLength(versions.length - 1)
        expect(once.winner.value.summary.updatedAt).toBe(Math.max(...versions.map((v) => v.value.summary.updatedAt)))
      }),
    )
    expect(chooseVersion([version('2-a', T0 + 5), version('2-b', T0 + 5)], newerDeck).winner.rev).toBe('2-b')
  })

  it('settings: the later change wins, then the higher device id', () => {
    const s = (updatedAt: number, device: string, newPerDay: number): { rev: string; value: SettingsDoc } =>
      ({ rev: `1-${device}`, value: settingsDoc({ ...DEFAULT_SETTINGS, newPerDay }, updatedAt, device) })
    expect(chooseVersion([s(T0, 'bbbb', 10), s(T0 + 1, 'aaaa', 20)], newerSettings).winner.value.settings.newPerDay).toBe(20)
    expect(chooseVersion([s(T0, 'aaaa', 10), s(T0, 'bbbb', 20)], newerSettings).winner.value.settings.newPerDay).toBe(20)
  })

  it('after a pull in any order, the cards of the touched facts equal a rebuild of the whole merged log (property)', () => {
    const grade = fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const)
    fc.assert(
      fc.property(fc.array(grade, { minLength: 1, maxLength: 12 }), fc.array(grade, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 50 }), (ga, gb, offset) => {
        const phone = answers('phone', ['f-a', 'f-b'], ga, T0)
        const desk = answers('desk', ['f-b', 'f-c'], gb, T0 + offset * 60_000)
        const merged = [...phone, ...runPlan(planMerge(phone, [...desk, ...phone], [], schedulerFor))!.entries]
        expect(merged).toHaveLength(phone.length + desk.length)
        const everything = rebuildCards(merged, schedulerFor)
        const touched = rebuildTouched(merged, touchedCards(desk), schedulerFor)
        for (const [key, card] of touched) expect(card).toEqual(everything.get(key))
        // The other device, merging the other way, ends with the same cards.
        const other = rebuildCards([...desk, ...runPlan(planMerge(desk, phone, [], schedulerFor))!.entries], schedulerFor)
        expect(other).toEqual(everything)
      }),
      { numRuns: 60 },
    )
  })

  it.each([
    [{ status: 401, name: 'unauthorized' }, { online: true }, 'wrong-password'],
    [{ status: 403, name: 'forbidden' }, { online: true }, 'forbidden'],
    [{ status: 404, name: 'not_found' }, { online: true }, 'no-database'],
    [{ status: 500 }, { online: true }, 'server'],
    [{ name: 'QuotaExceededError' }, { online: true }, 'storage-full'],
    [{ name: 'TypeError' }, { online: true, reachable: true }, 'refused-origin'],
    [{ name: 'TypeError' }, { online: true, reachable: false }, 'unreachable'],
    [{ name: 'TypeError' }, { online: false }, 'unreachable'],
    [null, { online: true }, 'unreachable'],
  ])('a failure %j (%j) is told as %s', (error, context, problem) => {
    expect(syncProblem(error, context)).toBe(problem)
  })
})

// A learner's deck made on one device, as the other device reads it from its document.
it('a deck document carries everything the other device needs to study it', () => {
  const deck = testDeck('dabc1234', T0)
  const doc = readDoc(JSON.parse(JSON.stringify(deckDoc(deck))))
  expect(doc?.kind === 'deck' && doc.deck.content.questions.length).toBe(deck.content.questions.length)
})
