/**
 * Parses and validates one backup file off the main thread, so a heavy or hostile file never freezes the page.
 * Receives a Blob, or the text in parts and then the end (see `BackupMessage`); answers with a `BackupResult`,
 * a valid file's cards and log sent ahead in parts (see `BackupReply`).
 * The client terminates the worker after that answer.
 */
import { parseBackupGuarded } from './guarded-parse'
import type { BackupResult } from '../domain/progress/backup'
import { RESULT_PART_LENGTH, type BackupMessage, type BackupReply } from './backup-protocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupMessage>) => void) | null
  postMessage(reply: BackupReply): void
}

const parts: string[] = []

scope.onmessage = async ({ data }) => {
  if (data.kind === 'part') {
    parts.push(data.text)
    return
  }
  let result: BackupResult
  try {
    const text = data.kind === 'blob' ? await data.blob.text() : parts.join('')
    parts.length = 0
    result = parseBackupGuarded(text, data.byteLength)
  } catch (error) {
    result = { ok: false, error: { code: 'not-json', detail: `the file could not be read: ${(error as Error).message}` } }
  }
  if (result.ok) {
    // Big lists go back in parts, so the page rebuilds them a little at a time.
    const { cards, log } = result.value
    for (const [kind, records] of [['cards', cards], ['log', log]] as const) {
      for (let start = 0; start < records.length; start += RESULT_PART_LENGTH) {
        scope.postMessage({ kind, records: records.slice(start, start + RESULT_PART_LENGTH) })
      }
    }
    result = { ok: true, value: { ...result.value, cards: [], log: [] } }
  }
  scope.postMessage({ kind: 'done', result })
}
