import { defineStore } from 'pinia'
import { computed, shallowRef, triggerRef, type ShallowRef } from 'vue'
import type { Cell } from '@/engine/cell'
import { createProgressEngine, type StorageStatus } from '@/engine/progress'
import { createTabChannel } from '@/persistence/tabs'
import { requestPersistence, storageState } from '@/persistence/durability'
import { useClockStore } from './clock'

export type { StorageStatus }

/** The engine's cells as what they are in the app: Vue refs (so Pinia unwraps them into state). */
export type AsRefs<E> = { [K in keyof E]: E[K] extends Cell<infer T> ? ShallowRef<T> : E[K] }

/**
 * The progress engine (src/engine/progress.ts) as a Pinia store: its state cells are this store's refs, its
 * functions its actions. Nothing here but the wiring to Vue, the clock and the browser.
 */
export const useProgressStore = defineStore('progress', () => {
  const clock = useClockStore()
  const engine = createProgressEngine({
    cell: (initial) => shallowRef(initial),
    touch: (cell) => triggerRef(cell as ShallowRef<unknown>),
    clock: clock.read,
    openChannel: createTabChannel,
    durability: { request: requestPersistence, state: storageState },
    // Off the main thread; the worker and its client load with the first import or restore.
    parseBackupFile: async (text, byteLength) => (await import('@/workers/backup-client')).parseBackupInWorker({ text, byteLength }),
  }) as unknown as AsRefs<ReturnType<typeof createProgressEngine>>
  const reviewedFactIds = computed(() => new Set(engine.cards.value.keys()))
  return { ...engine, reviewedFactIds }
})
