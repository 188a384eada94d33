/**
 * What the device keeps of the learner's sync choice, in localStorage: the server's address and the user name
 * (never the password: the server's session cookie stands for it), and whether sync is on. A separate flag lets
 * the app start sync without loading this module or the sync code when it is off.
 */
import { SYNC_ON_KEY } from './flag'

const CONFIG_KEY = 'hoc-bai-bao.sync'

export interface SyncConfig {
  address: string
  user: string
  on: boolean
}

export function readSyncConfig(): SyncConfig | null {
  try {
    const raw = JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null') as Partial<SyncConfig> | null
    if (!raw || typeof raw.address !== 'string' || typeof raw.user !== 'string') return null
    return { address: raw.address, user: raw.user, on: raw.on === true }
  } catch {
    return null
  }
}

export function writeSyncConfig(config: SyncConfig): void {
  localStorage.setItem(CONFIG_KEY, JSON.stringify(config))
  if (config.on) localStorage.setItem(SYNC_ON_KEY, '1')
  else localStorage.removeItem(SYNC_ON_KEY)
}

/** The mirror's database name on this device: one per server database (FNV-1a of its address). */
export function mirrorName(url: string): string {
  return `hoc-bai-bao-mirror-${fnv1a(url)}`
}

/**
 * The name the mirror had when it was kept by PouchDB's older IndexedDB adapter (`idb`), whose layout the current
 * one (`indexeddb`) cannot open: such a mirror is deleted, and the new one is filled again from the server.
 */
export function formerMirrorName(url: string): string {
  return `hoc-bai-bao-sync-${fnv1a(url)}`
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return hash.toString(36)
}
