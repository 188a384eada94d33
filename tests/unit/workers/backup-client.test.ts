import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_BACKUP_BYTES as DOMAIN_MAX, makeBackup, parseBackup } from '@/domain/progress/backup'
import { DEFAULT_SETTINGS } from '@/domain/progress/types'
import type { BackupMessage, BackupReply } from '@/workers/backup-client'
import { MAX_BACKUP_BYTES, PARSE_TIME_LIMIT_MS, RESULT_PART_LENGTH, TEXT_PART_LENGTH, parseBackupInWorker } from '@/workers/backup-client'
import { T0, makeAnswer, stored } from '../../fixtures/stored/factories'

const answer = makeAnswer('f-a', T0)
const backup = makeBackup({ cards: [stored(answer.card)], log: [answer.entry], settings: DEFAULT_SETTINGS }, T0)
const text = JSON.stringify(backup)
const deep = (depth: number) => JSON.stringify({ ...backup, cards: 'CARDS' }).replace('"CARDS"', '['.repeat(depth) + ']'.repeat(depth))

/** A Blob whose content must never be read. */
function unreadable(size: number): Blob {
  const blob = new Blob(['x'])
  Object.defineProperty(blob, 'size', { value: size })
  blob.text = vi.fn(() => Promise.reject(new Error('read')))
  blob.arrayBuffer = vi.fn(() => Promise.reject(new Error('read')))
  return blob
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('parseBackupInWorker without Worker (Node): the guarded parser on this thread', () => {
  it('has no Worker here', () => {
    expect(typeof Worker).toBe('undefined')
  })

  it('uses the domain size limit', () => {
    expect(MAX_BACKUP_BYTES).toBe(DOMAIN_MAX)
    expect(PARSE_TIME_LIMIT_MS).toBe(20_000)
  })

  it.each<[string, string, number, unknown]>([
    ['an exported backup', text, text.length, { ok: true, value: backup }],
    ['not JSON', '{"app": "hoc-bai-bao",', 22, { ok: false, error: { code: 'not-json' } }],
    ['another app', JSON.stringify({ ...backup, app: 'anki' }), 100, { ok: false, error: { code: 'not-our-app' } }],
    ['64 levels: parsed, then refused by the schema', deep(63), 200, { ok: false, error: { code: 'invalid', path: 'cards.0.factId' } }],
    ['65 levels: refused before JSON.parse', deep(64), 200, { ok: false, error: { code: 'not-our-app', detail: expect.stringContaining('deeper than 64 levels') } }],
    ['brackets in strings do not count', JSON.stringify({ ...backup, note: '['.repeat(500) }), 100, { ok: true, value: backup }],
    ['exactly 10 MB is read', text, MAX_BACKUP_BYTES, { ok: true, value: backup }],
  ])('%s, given as text', async (_name, content, byteLength, expected) => {
    expect(await parseBackupInWorker({ text: content, byteLength })).toMatchObject(expected as object)
  })

  it('gives what parseBackup gives, as text and as a Blob', async () => {
    for (const content of [text, '[]', JSON.stringify({ ...backup, cards: [{}] })]) {
      expect(await parseBackupInWorker({ text: content, byteLength: content.length })).toEqual(parseBackup(content, content.length))
      expect(await parseBackupInWorker(new Blob([content]))).toEqual(parseBackup(content, content.length))
    }
  })

  it('refuses 10 MB + 1 byte without reading the file', async () => {
    const blob = unreadable(MAX_BACKUP_BYTES + 1)
    const tooLarge = { ok: false, error: { code: 'too-large', detail: `file is ${MAX_BACKUP_BYTES + 1} bytes; the limit is ${MAX_BACKUP_BYTES}` } }
    expect(await parseBackupInWorker(blob)).toEqual(tooLarge)
    expect(blob.text).not.toHaveBeenCalled()
    expect(blob.arrayBuffer).not.toHaveBeenCalled()
    // Given as text, the size given is what counts (the view passes an empty text for a file it did not read).
    expect(await parseBackupInWorker({ text: '', byteLength: MAX_BACKUP_BYTES + 1 })).toEqual(tooLarge)
    expect(tooLarge).toEqual(parseBackup('', MAX_BACKUP_BYTES + 1))
  })

  it('refuses a file that cannot be read, without throwing', async () => {
    expect(await parseBackupInWorker(unreadable(100))).toMatchObject({ ok: false, error: { code: 'not-json', detail: 'the file could not be read: read' } })
  })

  it.each<[string, string]>([
    ['nested brackets', deep(Math.floor((9.9 * 1024 * 1024) / 2))],
    ['empty objects', `[${'{},'.repeat(Math.floor((9.9 * 1024 * 1024) / 3))}{}]`],
  ])('refuses 9.9 MB of %s quickly, where JSON.parse would block for seconds', async (_name, content) => {
    const start = performance.now()
    expect(await parseBackupInWorker({ text: content, byteLength: content.length })).toMatchObject({ ok: false, error: { code: 'not-our-app' } })
    expect(performance.now() - start).toBeLessThan(500)
  })
})

/**
 * A stand-in for the browser's Worker that runs the real src/workers/backup.worker.ts in this thread, with
 * structured cloning between the two sides, as postMessage does (a Blob keeps its data).
 */
type Behaviour = 'run' | 'silent' | 'fail-to-load'
const created: FakeWorker[] = []
let behaviour: Behaviour = 'run'
let workerScope: { onmessage: ((event: { data: BackupMessage }) => void) | null; postMessage: (reply: BackupReply) => void } | undefined

class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: { preventDefault(): void }) => void) | null = null
  onmessageerror: (() => void) | null = null
  received: BackupMessage[] = []
  replies: BackupReply[] = []
  terminated = false
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    created.push(this)
    if (behaviour === 'fail-to-load') setTimeout(() => this.onerror?.({ preventDefault() {} }), 0)
  }
  postMessage(message: BackupMessage) {
    if (this.terminated) return
    // A cloned Blob reads the same data as the original; keeping the object keeps a failing read failing.
    const copy = message.kind === 'blob' ? { ...message } : structuredClone(message)
    this.received.push(copy)
    if (behaviour !== 'run') return
    workerScope!.postMessage = (reply) => {
      const copy = structuredClone(reply)
      this.replies.push(copy)
      setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }), 0)
    }
    setTimeout(() => workerScope!.onmessage!({ data: copy }), 0)
  }
  terminate() {
    this.terminated = true
  }
}

async function withWorker(mode: Behaviour) {
  behaviour = mode
  created.length = 0
  workerScope = { onmessage: null, postMessage: () => {} }
  vi.stubGlobal('self', workerScope)
  vi.stubGlobal('Worker', FakeWorker)
  vi.resetModules()
  await import('@/workers/backup.worker')
  expect(workerScope.onmessage).toBeTypeOf('function')
}

describe('parseBackupInWorker with a worker', () => {
  it('starts a module worker from its own file, hands it a Blob by reference, and terminates it', async () => {
    await withWorker('run')
    const blob = new Blob([text])
    expect(await parseBackupInWorker(blob)).toEqual({ ok: true, value: backup })
    expect(created).toHaveLength(1)
    const [worker] = created
    expect(worker!.url.pathname).toMatch(/\/src\/workers\/backup\.worker\.ts$/)
    expect(worker!.options).toMatchObject({ type: 'module' })
    expect(worker!.received).toEqual([{ kind: 'blob', blob: expect.any(Blob), byteLength: text.length }])
    expect(worker!.terminated).toBe(true)
  })

  it('hands text over in parts, and the worker puts them together', async () => {
    await withWorker('run')
    const long = JSON.stringify({ ...backup, note: 'x'.repeat(2.5 * TEXT_PART_LENGTH) })
    expect(await parseBackupInWorker({ text: long, byteLength: long.length })).toEqual(parseBackup(long, long.length))
    const kinds = created[0]!.received.map((m) => m.kind)
    expect(kinds).toEqual(['part', 'part', 'part', 'end'])
    expect(created[0]!.received.map((m) => (m.kind === 'part' ? m.text : '')).join('')).toBe(long)
    expect(created[0]!.terminated).toBe(true)
  })

  it('hands a valid file back in parts of 1,000 records, rebuilt as one', async () => {
    await withWorker('run')
    const many = makeBackup(
      {
        cards: Array.from({ length: 1200 }, (_, i) => stored(makeAnswer(`f-${i}`, T0).card)),
        log: Array.from({ length: 2500 }, (_, i) => ({ ...answer.entry, id: `${T0}-e${i}` })),
        settings: DEFAULT_SETTINGS,
      },
      T0,
    )
    const content = JSON.stringify(many)
    const result = await parseBackupInWorker({ text: content, byteLength: content.length })
    expect(result).toEqual(parseBackup(content, content.length))
    expect(result).toMatchObject({ ok: true })
    const replies = created[0]!.replies
    expect(replies.map((r) => (r.kind === 'done' ? 'done' : `${r.kind} ${r.records.length}`))).toEqual([
      `cards ${RESULT_PART_LENGTH}`, 'cards 200', `log ${RESULT_PART_LENGTH}`, `log ${RESULT_PART_LENGTH}`, 'log 500', 'done',
    ])
    expect(replies.at(-1)).toMatchObject({ kind: 'done', result: { ok: true, value: { cards: [], log: [] } } })
    expect(created[0]!.terminated).toBe(true)
  })

  it('in the worker, refuses deep nesting before JSON.parse, and a Blob that cannot be read', async () => {
    await withWorker('run')
    const content = deep(65)
    expect(await parseBackupInWorker({ text: content, byteLength: content.length })).toMatchObject({ ok: false, error: { code: 'not-our-app' } })
    expect(await parseBackupInWorker(unreadable(100))).toMatchObject({ ok: false, error: { code: 'not-json', detail: 'the file could not be read: read' } })
  })

  it('an empty text is not JSON', async () => {
    await withWorker('run')
    expect(await parseBackupInWorker({ text: '', byteLength: 0 })).toMatchObject({ ok: false, error: { code: 'not-json' } })
  })

  it('never starts a worker for a file over the limit', async () => {
    await withWorker('run')
    expect(await parseBackupInWorker(unreadable(MAX_BACKUP_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(created).toHaveLength(0)
  })

  it('refuses a file still unchecked after the time limit, and terminates the worker', async () => {
    await withWorker('silent')
    vi.useFakeTimers()
    const pending = parseBackupInWorker({ text, byteLength: text.length })
    await vi.advanceTimersByTimeAsync(PARSE_TIME_LIMIT_MS - 1)
    expect(created[0]!.terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await pending).toEqual({ ok: false, error: { code: 'invalid', detail: 'checking the file took longer than 20 s' } })
    expect(created[0]!.terminated).toBe(true)
  })

  it('takes another time limit', async () => {
    await withWorker('silent')
    expect(await parseBackupInWorker({ text, byteLength: text.length }, { timeLimitMs: 30 })).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('parses on this thread when the worker cannot load, guarded the same way', async () => {
    await withWorker('fail-to-load')
    expect(await parseBackupInWorker({ text, byteLength: text.length })).toEqual({ ok: true, value: backup })
    expect(created[0]!.terminated).toBe(true)
    const content = deep(65)
    expect(await parseBackupInWorker(new Blob([content]))).toMatchObject({ ok: false, error: { code: 'not-our-app' } })
  })

  it('parses on this thread when the Worker constructor throws', async () => {
    await withWorker('run')
    vi.stubGlobal('Worker', class {
      constructor() {
        throw new Error('blocked')
      }
    })
    expect(await parseBackupInWorker({ text, byteLength: text.length })).toEqual({ ok: true, value: backup })
  })
})
