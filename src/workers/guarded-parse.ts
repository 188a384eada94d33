/**
 * `parseBackup` behind two cheap checks that need no parsing: the size, and how deeply arrays and objects nest.
 * JSON.parse of a 10 MB file of nested brackets takes seconds (V8 builds millions of nested arrays), while a
 * backup of this app nests at most six levels (file → log → entry → previous/next → fields). One linear scan
 * refuses such a file in milliseconds. Shared by the backup worker and the client's fallback on the main thread.
 */
import { MAX_BACKUP_BYTES, parseBackup, type BackupResult } from '../domain/progress/backup'

/** Ten times what a backup needs; a file nested deeper is not one of ours. */
export const MAX_BACKUP_DEPTH = 64

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/**
 * Where `[` and `{` outside strings first nest deeper than `limit`, as a character index; -1 if they never do.
 * Brackets inside strings (escaped quotes included) do not count. Invalid JSON is not judged here: JSON.parse
 * refuses it afterwards.
 */
export function tooDeepAt(text: string, limit = MAX_BACKUP_DEPTH): number {
  let depth = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // Jump to the closing quote: a backslash escapes the character after it.
      for (i++; i < length; i++) {
        const s = text.charCodeAt(i)
        if (s === BACKSLASH) i++
        else if (s === QUOTE) break
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return i
    } else if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && depth > 0) {
      depth--
    }
  }
  return -1
}

/** `parseBackup`, with the size checked first and too deep a nesting refused before JSON.parse. Never throws. */
export function parseBackupGuarded(text: string, byteLength: number): BackupResult {
  if (byteLength > MAX_BACKUP_BYTES) return parseBackup('', byteLength)
  const at = tooDeepAt(text)
  if (at >= 0) {
    return {
      ok: false,
      error: { code: 'not-our-app', detail: `arrays and objects nest deeper than ${MAX_BACKUP_DEPTH} levels (at character ${at}); a backup of this app nests at most 6` },
    }
  }
  return parseBackup(text, byteLength)
}
