import { createMemoryBackend, emptyData } from './memory-backend'
import { createRepository, type Repository, type RepositoryOptions } from './repository'

export interface MemoryRepositoryOptions extends RepositoryOptions {
  /** Stored records to share between repositories (two tabs over one "disk"); see `emptyData()`. */
  data?: ReturnType<typeof emptyData>
}

/** The same contract as IndexedDB, held in Maps: tests, and the fallback when IndexedDB fails. */
export function createMemoryRepository(options: MemoryRepositoryOptions = {}): Repository {
  return createRepository(createMemoryBackend(options.data), options)
}

export { emptyData }
