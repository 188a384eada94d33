export type StorageErrorCode =
  /** Stored data is newer than this app: nothing may be written. */
  | 'read-only'
  /** A backup handed to import did not validate. */
  | 'invalid-backup'
  /** IndexedDB cannot be opened here (private mode, disabled, missing). */
  | 'unavailable'
  /** An answer whose entry or card is outside what storage accepts (NaN, out of range): nothing written. */
  | 'invalid-answer'
  /** A write that gives way (a part of a sync's merge) was stopped before it committed, for the learner's: nothing written. */
  | 'gave-way'

export class StorageError extends Error {
  override readonly name = 'StorageError'
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const isStorageError = (error: unknown, code?: StorageErrorCode): error is StorageError =>
  error instanceof StorageError && (code === undefined || error.code === code)
