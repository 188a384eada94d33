/// <reference types="vite/client" />

declare const __APP_VERSION__: string

declare module 'virtual:bank-index' {
  /** The fact ids of the generated bank, in bank order. */
  export const factIds: readonly string[]
  export const articleHash: string
}

// PouchDB's `indexeddb` adapter ships no types; like every adapter, it is a plugin.
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: PouchDB.Plugin
  export default plugin
}
