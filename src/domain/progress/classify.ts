/**
 * What stored data is, read before anything else at every start: small, so the migrations themselves
 * (`migrate.ts`) load only when there is something to migrate.
 */
import { PROGRESS_SCHEMA_VERSION } from './types'

export type StoredVersion =
  | { kind: 'fresh' }
  | { kind: 'current' }
  | { kind: 'old'; from: number }
  | { kind: 'newer'; found: number }
  /** The schema record itself is garbage: set it aside and treat the records as current. */
  | { kind: 'corrupt'; reason: string }

/**
 * What the stored data is, from the schema-version record and the version 1 record.
 * A version 1 record next to a current schema still needs migrating: a tab of the old build that
 * stayed open keeps writing it.
 */
export function classifyStored(schemaRecord: unknown, legacyRecord: unknown): StoredVersion {
  if (schemaRecord === undefined) return legacyRecord === undefined ? { kind: 'fresh' } : { kind: 'old', from: 1 }
  if (typeof schemaRecord !== 'number' || !Number.isInteger(schemaRecord) || schemaRecord < 1) {
    return { kind: 'corrupt', reason: `schema version is not a positive integer: ${String(schemaRecord)}` }
  }
  if (schemaRecord > PROGRESS_SCHEMA_VERSION) return { kind: 'newer', found: schemaRecord }
  if (schemaRecord < PROGRESS_SCHEMA_VERSION || legacyRecord !== undefined) return { kind: 'old', from: schemaRecord }
  return { kind: 'current' }
}

/** The kind after the last colon of a question id (`f-x:mcq` → `mcq`), or `unknown`. */
export function formatOfQuestionId(questionId: string): string {
  const colon = questionId.lastIndexOf(':')
  const kind = colon >= 0 ? questionId.slice(colon + 1) : ''
  return /^[a-z-]{1,40}$/.test(kind) ? kind : 'unknown'
}

