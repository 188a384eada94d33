/**
 * `parseBackup` behind cheap checks that need no parsing: the size, then, in one linear scan, how deeply arrays
 * and objects nest and how many there are. JSON.parse of a 10 MB file of nested brackets, or of millions of
 * empty objects, takes seconds (V8 builds every one of them), while a backup of this app nests at most six
 * levels (file → log → entry → previous/next) and holds one array or object per hundreds of bytes. Such a file
 * is refused in milliseconds. Shared by the backup worker and the client's fallback on the main thread.
 */
import { MAX_BACKUP_BYTES, parseBackup, type BackupResult } from '../domain/progress/backup'

/** Ten times what a backup needs; a file nested deeper is not one of ours. */
export const MAX_BACKUP_DEPTH = 64

/** A backup of 10 MB holds fewer than 100,000 arrays and objects (three per answer of about 600 bytes, one per card). */
export const MAX_BACKUP_CONTAINERS = 500_000

export type ShapeProblem = { kind: 'depth' | 'count'; at: number }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/**
 * The first `[` or `{` outside strings that nests deeper than `depthLimit`, or that is one more than
 * `countLimit` in all, as a character index; null if there is none. Brackets inside strings (escaped quotes
 * included) do not count. Invalid JSON is not judged here: JSON.parse refuses it afterwards.
 */
export function shapeProblem(text: string, depthLimit = MAX_BACKUP_DEPTH, countLimit = MAX_BACKUP_CONTAINERS): ShapeProblem | null {
  let depth = 0
  let count = 0
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
      if (++depth > depthLimit) return { kind: 'depth', at: i }
      if (++count > countLimit) return { kind: 'count', at: i }
    } else if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && depth > 0) {
      depth--
    }
  }
  return null
}

/** `parseBackup`, with the size checked first and a file of absurd shape refused before JSON.parse. Never throws. */
export function parseBackupGuarded(text: string, byteLength: number): BackupResult {
  if (byteLength > MAX_BACKUP_BYTES) return parseBackup('', byteLength)
  const problem = shapeProblem(text)
  if (problem) {
    const detail =
      problem.kind === 'depth'
        ? `arrays and objects nest deeper than ${MAX_BACKUP_DEPTH} levels (at character ${problem.at}); a backup of this app nests at most 6`
        : `more than ${MAX_BACKUP_CONTAINERS} arrays and objects (at character ${problem.at}); a backup of this app of 10 MB holds fewer than 100,000`
    return { ok: false, error: { code: 'not-our-app', detail } }
  }
  return parseBackup(text, byteLength)
}
