/** What the app layer imports. Everything else in this folder is internal. */
export { createIdbRepository, type IdbRepositoryOptions } from './idb'
export { createMemoryRepository, type MemoryRepositoryOptions } from './memory'
export type { LoadOptions, LoadResult, Repository, SetAsideInput } from './repository'
export { createResilientRepository, type ResilientRepository, type StorageStatus } from './resilient'
export { createTabChannel, type TabChannel, type TabMessage } from './tabs'
export { requestPersistence, storageState, type StorageState } from './durability'
export { StorageError, isStorageError, type StorageErrorCode } from './errors'

import { createIdbRepository } from './idb'
import { browserJournalStorage, createJournal } from './journal'
import { createResilientRepository } from './resilient'

/**
 * The repository the app uses: IndexedDB, falling back to memory with a status to show; writes that must
 * wait are also journaled in localStorage, so a reload does not lose them.
 */
export function createAppRepository() {
  return createResilientRepository({
    open: ({ onBlocked }) => createIdbRepository({ onBlocked }),
    journal: createJournal(browserJournalStorage()),
  })
}
