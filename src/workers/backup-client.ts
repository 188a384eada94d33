/**
 * Checks a backup file in a Web Worker: JSON.parse and validation of up to 10 MB run off the main thread,
 * so the page keeps answering whatever the file holds. Where `Worker` does not exist (unit tests in Node)
 * or the worker cannot start, the same checks run here, guarded so that a deeply nested file is refused
 * in one linear scan instead of blocking JSON.parse for seconds.
 *
 * @example const parsed = await parseBackupInWorker({ text, byteLength })
 * @example const parsed = await parseBackupInWorker(file) // a File is read in the worker, not here
 */
import type { BackupResult } from '../domain/progress/backup'
import { TEXT_PART_LENGTH, type BackupMessage, type BackupReply } from './backup-protocol'

export { RESULT_PART_LENGTH, TEXT_PART_LENGTH, type BackupMessage, type BackupReply } from './backup-protocol'

/** The text already read, with the file's size in bytes (`File.size`). */
export interface BackupText {
  text: string
  byteLength: number
}

/** Same limit as `MAX_BACKUP_BYTES` in the domain (a unit test holds them equal); here so the size check loads nothing. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024

/** A real 10 MB backup takes a few seconds at most off the main thread; a file still running after this is refused. */
export const PARSE_TIME_LIMIT_MS = 20_000

const isText = (file: Blob | BackupText): file is BackupText => typeof file.text === 'string'
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Runs the guarded parser on this thread: only where there is no worker, or it could not start. */
async function parseHere(file: Blob | BackupText): Promise<BackupResult> {
  const { parseBackupGuarded } = await import('./guarded-parse')
  if (isText(file)) return parseBackupGuarded(file.text, file.byteLength)
  let text: string
  try {
    text = await file.text()
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: `the file could not be read: ${(error as Error).message}` } }
  }
  return parseBackupGuarded(text, file.size)
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' })
  } catch {
    return null
  }
}

/**
 * Parses and validates a backup without blocking the page. The size is checked first, without reading the
 * file. Never throws: every refusal is a `BackupError`, as from `parseBackup`. The worker is terminated
 * after each file.
 */
export async function parseBackupInWorker(
  file: Blob | BackupText,
  options: { timeLimitMs?: number } = {},
): Promise<BackupResult> {
  const byteLength = isText(file) ? file.byteLength : file.size
  if (byteLength > MAX_BACKUP_BYTES) {
    return { ok: false, error: { code: 'too-large', detail: `file is ${byteLength} bytes; the limit is ${MAX_BACKUP_BYTES}` } }
  }
  const worker = startWorker()
  if (!worker) return parseHere(file)
  const timeLimitMs = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS
  let done = false
  const parts: Record<'cards' | 'log', unknown[]> = { cards: [], log: [] }
  const result = new Promise<BackupResult>((resolve) => {
    const finish = (result: BackupResult | Promise<BackupResult>) => {
      if (done) return
      done = true
      clearTimeout(timer)
      worker.onmessage = worker.onerror = worker.onmessageerror = null
      worker.terminate()
      resolve(result)
    }
    worker.onmessage = ({ data }: MessageEvent<BackupReply>) => {
      if (data.kind !== 'done') {
        for (const record of data.records) parts[data.kind].push(record)
      } else if (data.result.ok) {
        finish({ ok: true, value: { ...data.result.value, cards: parts.cards, log: parts.log } as typeof data.result.value })
      } else {
        finish(data.result)
      }
    }
    // The worker could not load (or died): the guarded parser here still never blocks for seconds.
    worker.onerror = (event) => {
      event.preventDefault()
      finish(parseHere(file))
    }
    worker.onmessageerror = () => finish(parseHere(file))
    const timer = setTimeout(
      () => finish({ ok: false, error: { code: 'invalid', detail: `checking the file took longer than ${Math.round(timeLimitMs / 1000)} s` } }),
      timeLimitMs,
    )
  })
  const post = (message: BackupMessage) => worker.postMessage(message)
  if (!isText(file)) {
    // A Blob is passed by reference: the worker reads it.
    post({ kind: 'blob', blob: file, byteLength })
  } else {
    for (let start = 0; start < file.text.length && !done; start += TEXT_PART_LENGTH) {
      if (start > 0) await nextTask()
      if (!done) post({ kind: 'part', text: file.text.slice(start, start + TEXT_PART_LENGTH) })
    }
    if (!done) post({ kind: 'end', byteLength })
  }
  return result
}
