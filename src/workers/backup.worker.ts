/**
 * Parses and validates one backup file off the main thread, so a heavy or hostile file never freezes the page.
 * Receives a Blob, or the text in parts and then the end (see `BackupMessage`); answers with one `BackupResult`.
 * The client terminates the worker after that answer.
 */
import { parseBackupGuarded } from './guarded-parse'
import type { BackupResult } from '../domain/progress/backup'
import type { BackupMessage } from './backup-client'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupMessage>) => void) | null
  postMessage(result: BackupResult): void
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
  scope.postMessage(result)
}
