/**
 * Upgrading stored data from an older schema, in the transaction the repository opens for it. Loaded only
 * when there is something to migrate: most starts never need this code.
 */
import type { StoredVersion } from '@/domain/progress/classify'
import { migrateV1, upgradeCardV2, upgradeEntryV2 } from '@/domain/progress/migrate'
import { BACKUP_APP, DEFAULT_SETTINGS, type StorageIssue } from '@/domain/progress/types'
import type { Backend, Tx } from './backend'
import { storeBackup } from './backups'
import { DATA_STORES, KEYS, STORES } from './keys'
import type { SetAsideInput } from './repository'

/** Schema 2 → 3: cards re-keyed by deck, every card and entry told its deck, entries their format. */
async function upgradeFrom2(tx: Tx): Promise<void> {
  const [cardKeys, cardValues, logKeys, logValues] = await Promise.all([
    tx.getAllKeys(STORES.cards), tx.getAll(STORES.cards), tx.getAllKeys(STORES.log), tx.getAll(STORES.log),
  ])
  cardKeys.forEach((key, i) => {
    if (key.includes('/')) return
    const { key: newKey, value } = upgradeCardV2(key, cardValues[i])
    tx.delete(STORES.cards, key)
    tx.put(STORES.cards, newKey, value)
  })
  let last: string | undefined
  logKeys.forEach((key, i) => {
    const value = logValues[i] as { deckId?: unknown } | null
    if (typeof value !== 'object' || value === null || value.deckId === undefined) tx.put(STORES.log, key, upgradeEntryV2(value))
    if (last === undefined || key > last) last = key
  })
  if (last !== undefined) tx.put(STORES.kv, KEYS.lastEntry, last)
}

/**
 * The stored records exactly as they are, as a backup file of their schema (2 is read by `parseBackup`),
 * kept before a migration rewrites them. A failure here stops the migration: nothing is rewritten unkept.
 */
export async function backupBeforeMigration(backend: Backend, at: number, schema: unknown): Promise<void> {
  const raw = await backend.run('readonly', DATA_STORES, async (tx) => ({
    cards: await tx.getAll(STORES.cards),
    log: await tx.getAll(STORES.log),
    settings: await tx.get(STORES.kv, KEYS.settings),
  }))
  const version = typeof schema === 'number' ? schema : 2
  const log = raw.log.filter((e): e is { factId: string } => typeof (e as { factId?: unknown } | null)?.factId === 'string')
  await storeBackup(backend, at, 'before-migration', {
    app: BACKUP_APP, schemaVersion: version, exportedAt: at, cards: raw.cards, log, settings: raw.settings ?? DEFAULT_SETTINGS,
  } as { cards: unknown[]; log: { factId: string }[] })
}

/**
 * Everything a start must do to stored data of an old or unreadable schema, inside one transaction: an
 * unreadable schema record set aside, schema 1's answers turned into log entries (the original kept aside),
 * schema 2's records told their deck. The caller then writes the current schema version.
 */
export async function migrateInTx(
  tx: Tx,
  { schema, legacy, now, putAside }: { schema: unknown; legacy: unknown; now: StoredVersion; putAside: (record: SetAsideInput) => void },
): Promise<StorageIssue[]> {
  const issues: StorageIssue[] = []
  if (now.kind === 'corrupt') {
    putAside({ origin: 'meta', key: KEYS.schemaVersion, reason: now.reason, value: schema })
    issues.push({ kind: 'set-aside', origin: 'meta', key: KEYS.schemaVersion, reason: now.reason })
  }
  if (legacy !== undefined) {
    const migrated = migrateV1(legacy, KEYS.legacyAnswers)
    for (const entry of migrated.log) tx.put(STORES.log, entry.id, entry)
    for (const item of migrated.setAside) {
      putAside({ origin: 'legacy', ...item })
      issues.push({ kind: 'set-aside', origin: 'legacy', key: item.key, reason: item.reason })
    }
    // The original record is moved, not deleted: whatever the migration missed can still be recovered.
    putAside({ origin: 'legacy', key: KEYS.legacyAnswers, reason: 'migrated to schema 2; original kept', value: legacy })
    tx.delete(STORES.kv, KEYS.legacyAnswers)
  }
  // Also when the schema record was unreadable: the records' own shape says what needs upgrading.
  if (now.kind === 'corrupt' || (now.kind === 'old' && now.from === 2)) await upgradeFrom2(tx)
  return issues
}
