/** The messages between `backup-client.ts` and `backup.worker.ts` (kept apart so the worker imports no client code). */
import type { BackupResult } from '../domain/progress/backup'

/**
 * What the worker receives: a Blob it reads itself, or the text in parts and then the end. Copying a 10 MB
 * string into a worker takes one task of about 70 ms; in parts of `TEXT_PART_LENGTH` each copy is short,
 * and the page gets a turn between them.
 */
export type BackupMessage = { kind: 'blob'; blob: Blob; byteLength: number } | { kind: 'part'; text: string } | { kind: 'end'; byteLength: number }

/**
 * What the worker answers: a valid file's cards and log in parts of `RESULT_PART_LENGTH` records, then the
 * result with both lists empty. Each message is its own task on the page, so rebuilding 20,000 answers from
 * the worker's copy never holds the page for long (in one message it takes about 250 ms).
 */
export type BackupReply = { kind: 'cards' | 'log'; records: unknown[] } | { kind: 'done'; result: BackupResult }

/** Characters per message when the text is handed to the worker. */
export const TEXT_PART_LENGTH = 1024 * 1024

/** Records per message when the worker hands back a valid file. */
export const RESULT_PART_LENGTH = 1000
