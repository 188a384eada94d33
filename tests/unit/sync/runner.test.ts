import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncProblem } from '@/domain/sync/docs'
import { appSchedulers } from '@/domain/scheduling/scheduler'
import { startRunner, type ProgressHost, type SyncRunner, type SyncStatus } from '@/sync/runner'
import type { Mirror } from '@/sync/mirror'
import { openPouchMirror } from '@/sync/pouch'
import { startCouch, type CouchServer } from '../../sync/couch-server'
import { harnesses } from '../persistence/harness'
import { T0, tab } from '../engine/devices'
import { testDeck } from '../../fixtures/decks'
import type { StoredDeck } from '@/domain/deck/types'

/**
 * The sync runner between devices in Node: each device is the real progress and study engines over
 * fake-indexeddb, with its PouchDB mirror in memory (the app's IndexedDB one is run by the browser tests), replicating with a server of the CouchDB protocol
 * on the loopback address. Node's fetch keeps no cookies: requests carry the learner's password instead.
 */
let couch: CouchServer
let database = ''
const PASSWORD = 'mật khẩu'
beforeAll(async () => {
  couch = await startCouch()
  database = await couch.addLearner('lan', PASSWORD)
})
afterAll(() => couch?.stop())

const admin = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}`, 'content-type': 'application/json' }

/** Another database of the learner `lan` (its only member), made as the admin; its address. */
async function learnerDatabase(name: string): Promise<string> {
  const url = `${couch.url}/${name}`
  await fetch(url, { method: 'PUT', headers: admin })
  await fetch(`${url}/_security`, { method: 'PUT', headers: admin, body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: ['lan'], roles: [] } }) })
  return url
}

const withPassword = (password: string) => (input: string | Request, init?: RequestInit) => {
  const headers = new Headers(init?.headers)
  headers.set('authorization', `Basic ${Buffer.from(`lan:${password}`).toString('base64')}`)
  return fetch(input, { ...init, headers })
}

let mirrors = 0
/**
 * A mirror whose replication drops its first pull event, as one cancelled between writing a batch and telling
 * of it does: the documents are in the mirror, the runner is not told.
 */
const dropping = { dropped: false }
function droppingFirstPull(mirror: Mirror): Mirror {
  dropping.dropped = false
  return {
    ...mirror,
    replicate: (options, events) => mirror.replicate(options, {
      ...events,
      change(direction, docs, lastSeq) {
        if (direction === 'pull' && docs.length > 0 && !dropping.dropped) dropping.dropped = true
        else events.change(direction, docs, lastSeq)
      },
    }),
  }
}

/** A mirror that refuses the answers written to it while `refusing.on` (each pack, as a full disk would). */
const refusing = { on: false, refused: 0 }
function refusingPacks(mirror: Mirror): Mirror {
  return {
    ...mirror,
    bulkDocs: async (docs) => {
      if (!refusing.on) return mirror.bulkDocs(docs)
      refusing.refused += docs.length
      return docs.map(() => ({ status: 500, error: 'refused' }))
    },
  }
}

async function device(clock: { now: number }, password = PASSWORD, url = () => database, wrap = (mirror: Mirror) => mirror) {
  const disk = harnesses[0]!.disk()
  const { progress, study } = await tab(disk, clock)
  let last: SyncStatus | null = null
  const host: ProgressHost = {
    log: () => progress.log.value,
    async ensureFullLog() {
      await progress.ensureFullLog()
    },
    deviceId: () => progress.meta.value.deviceId ?? '',
    decks: () => progress.decks.value,
    readDeck: progress.readDeck,
    saveDeck: progress.saveDeck,
    deleteDeck: progress.deleteDeck,
    settings: () => progress.settings.value,
    applySettings: (s) => progress.updateSettings(s),
    merge: (entries, removed) => progress.mergeRemote(entries, appSchedulers(), removed),
    onChange: progress.onChange,
    backupBeforeDeckReplaced: progress.backupBeforeSyncedDeck,
    clock: () => clock.now,
  }
  let runner: SyncRunner | undefined
  const name = `mirror-${++mirrors}`
  return {
    progress,
    study,
    status: () => last,
    async start() {
      const mirror = wrap(openPouchMirror({ name, url: url(), adapter: 'memory', fetch: withPassword(password) }))
      runner = await startRunner({ url: url(), mirrorName: name, host, onStatus: (s) => (last = s), batchSize: 100, mirror })
    },
    stop: () => runner?.stop(),
    syncNow: () => runner?.syncNow(),
  }
}
type Device = Awaited<ReturnType<typeof device>>

async function until(what: string, test: () => boolean, ms = 15_000) {
  const end = Date.now() + ms
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function answer(d: Device, clock: { now: number }, count: number) {
  d.study.startFlashcards(Math.max(count, 1))
  for (let i = 0; i < count; i++) {
    clock.now += 37_000
    await d.study.grade((['good', 'again', 'hard', 'easy'] as const)[i % 4]!)
    expect(d.study.error.value).toBeNull()
  }
}

const ids = (d: Device) => d.progress.log.value.map((e) => e.id)
const cards = (d: Device) => new Map([...d.progress.cards.value].map(([k, v]) => [k, JSON.stringify(v)]))
/** The same answers and the same cards on both devices. */
function expectSameProgress(a: Device, b: Device) {
  expect(ids(a)).toEqual(ids(b))
  expect(cards(a)).toEqual(cards(b))
}

describe('sync between devices through a CouchDB server', () => {
  it('two devices that studied apart end with the same answers and the same cards; an undo travels', async () => {
    const clock = { now: T0 }
    const phone = await device(clock)
    const desk = await device(clock)
    await answer(phone, clock, 12)
    await answer(desk, clock, 9)
    await phone.start()
    await desk.start()
    await until('both devices hold all 21 answers', () => ids(phone).length === 21 && ids(desk).length === 21)
    expectSameProgress(phone, desk)
    await until('both synced', () => phone.status()?.phase === 'synced' && desk.status()?.phase === 'synced' && phone.status()!.waiting === 0)

    // An answer given and undone on the phone: gone from the desk too.
    phone.study.startFlashcards(1)
    clock.now += 60_000
    await phone.study.grade('good')
    await until('the desk has the new answer', () => ids(desk).length === 22)
    await phone.study.undo()
    await until('the desk lost the undone answer', () => ids(desk).length === 21)
    expectSameProgress(phone, desk)
    await phone.stop()
    await desk.stop()
    // On the server: every answer in one pack, nothing doubled, and the undone one has its undo document.
    const docs = await couch.allDocs(database.split('/').pop()!)
    const packed = docs.filter((d) => d.id.startsWith('pack:')).flatMap((d) => (d.doc.entries as { id: string }[]).map((e) => e.id))
    const undone = docs.filter((d) => d.id.startsWith('undo:')).map((d) => d.doc.entryId as string)
    expect(packed).toHaveLength(22)
    expect(new Set(packed).size).toBe(22)
    expect(undone).toHaveLength(1)
    expect(packed.filter((id) => !undone.includes(id)).sort()).toEqual(ids(phone))
    expect(docs.filter((d) => d.id.startsWith('log:'))).toHaveLength(0)
  }, 20_000)

  it('decks travel: a new deck arrives, the later of two edits wins on both devices, a deletion reaches the other', async () => {
    const clock = { now: T0 + 86_400_000 }
    const phone = await device(clock)
    const desk = await device(clock)
    await phone.start()
    await desk.start()
    const deck = testDeck('dsyncdeck1', clock.now)
    await phone.progress.saveDeck(deck)
    await until('the desk has the deck', () => desk.progress.decks.value.some((d) => d.id === deck.summary.id))
    const titles = (d: Device) => d.progress.decks.value.map((x) => x.title)
    const retitled = (from: StoredDeck, title: string, at: number): StoredDeck => ({
      summary: { ...from.summary, title, updatedAt: at },
      content: { ...from.content, title },
    })
    // Both edit it while apart; the desk's edit is the later one.
    await phone.stop()
    await desk.stop()
    await phone.progress.saveDeck(retitled(deck, 'Tên trên điện thoại', clock.now + 1000))
    await desk.progress.saveDeck(retitled(deck, 'Tên trên máy tính', clock.now + 2000))
    await phone.start()
    await desk.start()
    await until('both show the later title', () => titles(phone)[0] === 'Tên trên máy tính' && titles(desk)[0] === 'Tên trên máy tính')
    // The losing version stays on the server, as the document's conflicting revision.
    const server = await fetch(`${database}/deck:${deck.summary.id}?conflicts=true`, { headers: { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` } })
    const doc = (await server.json()) as { _conflicts?: string[]; deck: StoredDeck }
    expect(doc._conflicts).toHaveLength(1)
    const other = (await (await fetch(`${database}/deck:${deck.summary.id}?rev=${doc._conflicts![0]}`, { headers: { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` } })).json()) as { deck: StoredDeck }
    expect(new Set([doc.deck.summary.title, other.deck.summary.title])).toEqual(new Set(['Tên trên điện thoại', 'Tên trên máy tính']))
    await phone.progress.deleteDeck(deck.summary.id)
    await until('the desk lost the deck', () => desk.progress.decks.value.length === 0)
    await phone.stop()
    await desk.stop()
  }, 20_000)

  it('answers sent one document each by an earlier version arrive, and one deleted there is undone everywhere', async () => {
    const clock = { now: T0 + 86_400_000 * 5 }
    const older = await learnerDatabase('lan-older')
    const phone = await device(clock, PASSWORD, () => older)
    await answer(phone, clock, 6)
    const log = phone.progress.log.value
    // What a device of the earlier version left on the server: each answer as `log:<id>`, one of them undone.
    const written = await fetch(`${older}/_bulk_docs`, { method: 'POST', headers: admin, body: JSON.stringify({ docs: log.map((entry) => ({ _id: `log:${entry.id}`, kind: 'log', entry })) }) })
    const revs = (await written.json()) as { id: string; rev: string }[]
    await fetch(`${older}/${encodeURIComponent(revs[2]!.id)}?rev=${revs[2]!.rev}`, { method: 'DELETE', headers: admin })
    const kept = log.map((e) => e.id).filter((id) => `log:${id}` !== revs[2]!.id)

    const desk = await device(clock, PASSWORD, () => older)
    await desk.start()
    await phone.start()
    await until('both hold the five answers left', () => ids(desk).length === 5 && ids(phone).length === 5)
    expect(ids(desk)).toEqual(kept)
    expect(ids(phone)).toEqual(kept)
    expect(cards(desk)).toEqual(cards(phone))
    await until('both synced', () => desk.status()?.phase === 'synced' && phone.status()?.phase === 'synced')
    await phone.stop()
    await desk.stop()
    // Started again, each reads its mirror whole (the phone's holds its own pack too, sent before it pulled the
    // deletion): nothing comes back, nothing doubles.
    await desk.start()
    await phone.start()
    await until('both synced again', () => desk.status()?.phase === 'synced' && phone.status()?.phase === 'synced')
    expect(ids(desk)).toEqual(kept)
    expect(ids(phone)).toEqual(kept)
    await phone.stop()
    await desk.stop()
  }, 20_000)

  it('answers a cancelled replication wrote to the mirror without telling are folded in once a new one has caught up', async () => {
    const clock = { now: T0 + 86_400_000 * 7 }
    const own = await learnerDatabase('lan-untold')
    const phone = await device(clock, PASSWORD, () => own)
    await answer(phone, clock, 7)
    await phone.start()
    await until('the phone synced', () => phone.status()?.phase === 'synced' && phone.status()!.waiting === 0)
    const desk = await device(clock, PASSWORD, () => own, droppingFirstPull)
    await desk.start()
    await until('the pull written and not told', () => dropping.dropped)
    // "Sync now": the replication is cancelled for a new one, which finds nothing left to pull.
    desk.syncNow()
    await until('the desk holds the phone’s answers', () => ids(desk).length === 7)
    expectSameProgress(desk, phone)
    await phone.stop()
    await desk.stop()
  }, 20_000)

  it('answers the mirror refused to take are sent with the next answer', async () => {
    const clock = { now: T0 + 86_400_000 * 9 }
    const own = await learnerDatabase('lan-refused')
    const phone = await device(clock, PASSWORD, () => own, refusingPacks)
    const desk = await device(clock, PASSWORD, () => own)
    await answer(phone, clock, 3)
    await phone.start()
    await desk.start()
    await until('the desk holds the phone’s 3 answers', () => ids(desk).length === 3)
    refusing.on = true
    await answer(phone, clock, 2)
    await until('two answers refused', () => refusing.refused === 2)
    refusing.on = false
    await answer(phone, clock, 1)
    await until('the desk holds all 6', () => ids(desk).length === 6)
    expectSameProgress(desk, phone)
    await phone.stop()
    await desk.stop()
  }, 20_000)

  it('a wrong password stops sync with that problem, and nothing on the device changes', async () => {
    const clock = { now: T0 + 86_400_000 * 3 }
    const tablet = await device(clock, 'sai mật khẩu')
    await answer(tablet, clock, 3)
    const before = ids(tablet)
    await tablet.start()
    await until('a problem', () => tablet.status()?.phase === 'stopped')
    expect(tablet.status()!.problem).toBe<SyncProblem>('wrong-password')
    expect(ids(tablet)).toEqual(before)
    await tablet.stop()
  })
})
