/**
 * Sync as the app shows it: the learner's choice (address, user, on or off), the status, and the actions of the
 * settings screen. Loaded with that screen, or after the first screen when sync is on; the replication code
 * (PouchDB) loads only when sync starts.
 *
 * One tab of the app syncs at a time (a Web Lock); the others study as usual, and their answers reach it through
 * the storage the tabs share.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { readAddress, type AddressError, type SyncAddress } from '@/domain/sync/address'
import type { SyncProblem } from '@/domain/sync/docs'
import { formerMirrorName, mirrorName, readSyncConfig, writeSyncConfig, type SyncConfig } from '@/sync/config'
import { checkDatabase, reachable, signIn, signOut, type SessionResult } from '@/sync/session'
import type { Mirror } from '@/sync/mirror'
import type { ProgressHost, SyncRunner, SyncStatus } from '@/sync/runner'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

export type ConnectResult = SessionResult | { ok: false; address: AddressError }

const LOCK = 'hoc-bai-bao-sync'

export const useSyncStore = defineStore('sync', () => {
  const progress = useProgressStore()
  const bank = useBankStore()
  const clock = useClockStore()

  const config = ref<SyncConfig | null>(readSyncConfig())
  /** Null while sync is off. */
  const status = shallowRef<SyncStatus | null>(null)
  /** Sync is on, and another tab of the app is the one syncing. */
  const otherTab = ref(false)
  /** The session ended (expired, or the password changed): the learner signs in again. */
  const needsSignIn = ref(false)

  let runner: SyncRunner | null = null
  let starting: Promise<void> | null = null
  let releaseLock: (() => void) | null = null

  const addressOf = (c: Pick<SyncConfig, 'address' | 'user'>) => readAddress(c.address, c.user)

  const host: ProgressHost = {
    log: () => progress.log,
    async ensureFullLog() {
      await progress.ensureFullLog()
      if (!progress.logComplete) throw Object.assign(new Error('the answer log could not be read'), { name: 'storage' })
    },
    deviceId: () => progress.meta.deviceId ?? '',
    decks: () => progress.decks,
    readDeck: (id) => progress.readDeck(id),
    async saveDeck(deck) {
      await progress.saveDeck(deck)
      await bank.replaceDeck(deck)
    },
    async deleteDeck(id) {
      await progress.deleteDeck(id)
      bank.forget(id)
    },
    settings: () => progress.settings,
    applySettings: (settings) => progress.updateSettings(settings),
    async merge(entries, removed) {
      // The scheduler (ts-fsrs) loads with the first pull, not with the settings screen.
      const { appSchedulers } = await import('@/domain/scheduling/scheduler')
      return progress.mergeRemote(entries, appSchedulers(), removed)
    },
    onChange: (listener) => progress.onChange(listener),
    backupBeforeDeckReplaced: () => progress.backupBeforeSyncedDeck(),
    clock: () => clock.read(),
  }

  function onStatus(next: SyncStatus) {
    status.value = next
    if (next.phase === 'stopped' && (next.problem === 'wrong-password' || next.problem === 'cookie-blocked')) needsSignIn.value = true
  }

  async function run(address: SyncAddress) {
    const { startRunner } = await import('@/sync/runner')
    // PouchDB names its IndexedDB databases with this prefix. A mirror of the older adapter is deleted, and so is
    // one left beside the app's data once the mirror has a bucket of its own.
    indexedDB.deleteDatabase(`_pouch_${formerMirrorName(address.url)}`)
    const name = mirrorName(address.url)
    const formerName = `_pouch_${name}`
    let mirror: Mirror | undefined
    if (typeof Worker !== 'undefined') {
      const { openWorkerMirror } = await import('@/sync/mirror-client')
      mirror = await openWorkerMirror({ name, url: address.url, formerName })
    } else {
      // No workers: PouchDB on the page (the runner opens it), its mirror still in a bucket of its own if it can.
      await (await import('@/sync/mirror-bucket')).useMirrorBucket(formerName)
    }
    runner = await startRunner({
      url: address.url,
      mirrorName: name,
      ...(mirror ? { mirror } : {}),
      host,
      onStatus,
      online: () => navigator.onLine,
      reachable: () => reachable(address.server),
    })
  }

  /** Starts syncing (this tab, once no other tab is): after the first screen when sync is on, or when turned on. */
  function start(): Promise<void> {
    const current = config.value
    if (!current?.on || runner || starting) return starting ?? Promise.resolve()
    const address = addressOf(current)
    if (!address.ok) return Promise.resolve()
    status.value = { phase: 'starting', lastSyncedAt: null, waiting: 0, problem: null, received: 0 }
    starting = new Promise<void>((resolve) => {
      const go = async () => {
        otherTab.value = false
        try {
          await run(address.value)
        } catch (error) {
          status.value = { phase: 'stopped', lastSyncedAt: null, waiting: 0, problem: (error as { name?: string })?.name === 'QuotaExceededError' ? 'storage-full' : 'server', received: 0 }
        }
        resolve()
      }
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
      if (!locks) {
        void go()
        return
      }
      void locks.request(LOCK, { ifAvailable: true }, async (lock) => {
        if (lock) return holdWhileRunning(go)
        // Another tab syncs: this one waits its turn (it takes over when that tab closes).
        otherTab.value = true
        resolve()
        return locks.request(LOCK, () => holdWhileRunning(go))
      })
    }).finally(() => (starting = null))
    return starting
  }

  /** Keeps the lock until sync stops in this tab. */
  function holdWhileRunning(go: () => Promise<void>): Promise<void> {
    return new Promise<void>((release) => {
      releaseLock = release
      void go()
    })
  }

  async function stopRunner(destroy: boolean) {
    const current = runner
    runner = null
    if (current) await (destroy ? current.destroy() : current.stop())
    releaseLock?.()
    releaseLock = null
  }

  /** Checks an address, user and password without changing anything on the device. */
  async function test(address: string, user: string, password: string): Promise<ConnectResult> {
    const read = readAddress(address, user)
    if (!read.ok) return { ok: false, address: read.error }
    return signIn(read.value, user, password)
  }

  /** Signs in and turns sync on; on any problem nothing is changed. */
  async function turnOn(address: string, user: string, password: string): Promise<ConnectResult> {
    const result = await test(address, user, password)
    if (!result.ok) return result
    await stopRunner(false)
    config.value = { address: address.trim(), user: user.trim(), on: true }
    writeSyncConfig(config.value)
    needsSignIn.value = false
    await start()
    return result
  }

  /** Signs in again after the session ended; sync resumes. */
  async function signInAgain(password: string): Promise<ConnectResult> {
    const current = config.value
    if (!current) return { ok: false, address: 'empty' }
    const result = await test(current.address, current.user, password)
    if (!result.ok) return result
    needsSignIn.value = false
    if (runner) runner.syncNow()
    else await start()
    return result
  }

  /** Turns sync off: replication stops, the device's copy for it is removed, the session ends. Progress stays. */
  async function turnOff(): Promise<void> {
    const current = config.value
    await stopRunner(true)
    status.value = null
    otherTab.value = false
    needsSignIn.value = false
    if (current) {
      config.value = { ...current, on: false }
      writeSyncConfig(config.value)
      const address = addressOf(current)
      if (address.ok) await signOut(address.value)
    }
  }

  /** Syncs now, without waiting for the retry timer; checks the session first. */
  async function syncNow(): Promise<SessionResult | null> {
    const current = config.value
    if (!current?.on) return null
    const address = addressOf(current)
    if (!address.ok) return null
    const check = await checkDatabase(address.value)
    if (!check.ok && (check.problem === 'cookie-blocked' || check.problem === 'wrong-password')) {
      needsSignIn.value = true
      status.value = status.value ? { ...status.value, phase: 'stopped', problem: 'wrong-password' } : status.value
      return check
    }
    if (runner) runner.syncNow()
    else await start()
    return check
  }

  if (typeof window !== 'undefined') window.addEventListener('online', () => runner?.syncNow())

  return { config, status, otherTab, needsSignIn, start, test, turnOn, turnOff, signInAgain, syncNow }
})

export type { SyncProblem }
