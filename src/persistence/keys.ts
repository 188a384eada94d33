/** The database and everything named inside it. Changing any of these strands stored progress. */

export const DB_NAME = 'hoc-bai-bao'
/**
 * IndexedDB's own version (object stores), not the data's schema version. 1 is the walking
 * skeleton's database with only `kv`; 2 adds one store per record kind; 3 adds `backups`; 4 adds
 * `decks` and `deckContent`.
 */
export const DB_VERSION = 4

export const STORES = {
  /** Small singletons under the keys below; the skeleton's store, kept. */
  kv: 'kv',
  /** One StoredCard per fact of a deck, keyed `${deckId}/${factId}`. */
  cards: 'cards',
  /** One ReviewLogEntry per answer, keyed by entry id (time-sortable). */
  log: 'log',
  /** Records the app could not use, never deleted: SetAsideRecord keyed by its id. */
  aside: 'aside',
  /** Automatic backups (AutoBackup, keyed by id): a few whole snapshots, compressed. */
  backups: 'backups',
  /** One DeckSummary per deck the learner made or imported, keyed by deck id: what the first screen reads. */
  decks: 'decks',
  /** One DeckContent per deck, keyed by deck id: read when the deck is opened. */
  deckContent: 'deckContent',
} as const

export type StoreName = (typeof STORES)[keyof typeof STORES]
/** The stores that hold progress itself: what a load reads and a migration rewrites. */
export const DATA_STORES: readonly StoreName[] = [STORES.kv, STORES.cards, STORES.log, STORES.aside, STORES.decks]
export const ALL_STORES: readonly StoreName[] = [...DATA_STORES, STORES.backups, STORES.deckContent]

export const KEYS = {
  schemaVersion: 'hbb:schema-version',
  settings: 'hbb:settings',
  session: 'hbb:session',
  meta: 'hbb:meta',
  /** The id of the last log entry committed on this device (schema 3): the next id must be greater. */
  lastEntry: 'hbb:last-entry',
  /** Schema version 1: the skeleton's answers array. Migrated, then moved to `aside`. */
  legacyAnswers: 'hbb:answers',
} as const
