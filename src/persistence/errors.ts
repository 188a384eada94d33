export type StorageErrorCode =
  /** Stored data is newer than this app: nothing may be written. */
  | 'read-only'
  /** A backup handed to import did not validate. */
  | 'invalid-backup'
  /** IndexedDB cannot be opened here (private mode, disabled, missing). */
  | 'unavailable'
  /** An answer whose entry or card is outside what storage accepts (NaN, out of range): nothing written. */
  | 'invalid-answer'

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
