import { createIdbBackend, type IdbBackendOptions } from './idb-backend'
import { createRepository, type Repository, type RepositoryOptions } from './repository'

export type IdbRepositoryOptions = IdbBackendOptions & RepositoryOptions

/** The app's repository over IndexedDB. Opening is lazy: the first call opens and migrates. */
export function createIdbRepository(options: IdbRepositoryOptions = {}): Repository {
  return createRepository(createIdbBackend(options), options)
}
