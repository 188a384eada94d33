/**
 * Automatic backups as stored: a whole snapshot (a backup file's text), gzip-compressed, with the figures a
 * learner sees before restoring it. Loaded with the first backup or the settings screen, not with the app.
 */
import { backupsToPrune, countSnapshot } from '@/domain/progress/auto-backup'
import type { AutoBackupInfo, AutoBackupReason } from '@/domain/progress/types'
import type { Backend } from './backend'
import { pack, packedBytes, unpack, type Packed } from './compress'
import { StorageError } from './errors'
import { STORES } from './keys'

type StoredBackup = AutoBackupInfo & { packed: Packed }

const infoOf = (record: StoredBackup): AutoBackupInfo => {
  const { packed: _packed, ...info } = record
  return info
}

/** Stores `file` taken at `at` and prunes the oldest; null when there is nothing to keep. */
export async function storeBackup(
  backend: Backend,
  at: number,
  reason: AutoBackupReason,
  file: { cards: unknown[]; log: { factId: string; deckId?: string }[]; decks?: unknown[] },
): Promise<AutoBackupInfo | null> {
  if (file.cards.length === 0 && file.log.length === 0 && !file.decks?.length) return null
  const packed = await pack(JSON.stringify(file))
  const base = `${String(at).padStart(13, '0')}-${reason}`
  const record: StoredBackup = { id: base, reason, takenAt: at, ...countSnapshot(file), bytes: packedBytes(packed), packed }
  await backend.run('readwrite', [STORES.backups], async (tx) => {
    const all = (await tx.getAll(STORES.backups)) as StoredBackup[]
    // Two backups in one millisecond (a restore right after an import) each keep their own.
    for (let n = 1; all.some((b) => b.id === record.id); n++) record.id = `${base}~${n}`
    tx.put(STORES.backups, record.id, record)
    for (const id of backupsToPrune([...all.map(infoOf), infoOf(record)])) tx.delete(STORES.backups, id)
  })
  return infoOf(record)
}

/** Newest first, without their data. */
export async function listBackups(backend: Backend): Promise<AutoBackupInfo[]> {
  const all = (await backend.run('readonly', [STORES.backups], (tx) => tx.getAll(STORES.backups))) as StoredBackup[]
  return all.map(infoOf).sort((a, b) => b.takenAt - a.takenAt)
}

/** The backup's text, as a backup file of its time. */
export async function readBackup(backend: Backend, id: string): Promise<string> {
  const record = (await backend.run('readonly', [STORES.backups], (tx) => tx.get(STORES.backups, id))) as StoredBackup | undefined
  if (!record) throw new StorageError('invalid-backup', `no automatic backup ${id}`)
  return unpack(record.packed)
}
