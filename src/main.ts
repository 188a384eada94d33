import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, loadAllMessages, setLocale } from './i18n'
import { useBankStore } from './stores/bank'
import { useProgressStore } from './stores/progress'
import { useInstall } from './composables/useInstall'
import { createAppRepository } from './persistence'
import { SYNC_ON_KEY } from './sync/flag'
import './styles/main.css'

async function start() {
  // Listen for the browser's install offer at once: it may come while stored progress is still loading.
  useInstall()
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n)
  // Opened straight on another screen: fetch what it needs while stored progress loads, not after.
  const first = router.resolve(window.location.pathname + window.location.search)
  if (first.name !== 'home') {
    void useBankStore(pinia).ensure()
    void loadAllMessages()
    for (const record of first.matched) {
      const view = record.components?.default
      if (typeof view === 'function') void (view as () => Promise<unknown>)()
    }
  }
  // Hydrate before the first render, so no screen shows an empty state that then changes.
  const progress = useProgressStore(pinia)
  await progress.hydrate(createAppRepository(), useBankStore(pinia).factIds)
  if (progress.settings.locale !== 'vi') await setLocale(progress.settings.locale)
  app.use(router)
  await router.isReady()
  app.mount('#app')
  // Small things the other screens need, fetched while the learner reads the first one. The bank is not
  // among them: parsing it here cost the start measurable main-thread time on phones, and it loads from
  // the cache in a blink when a study screen opens.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
  // Then the day's automatic backup, if none was taken in the last 20 hours (it reads the whole log).
  idle(() => void Promise.all([loadAllMessages(), progress.ensureFullLog()]).then(() => progress.maybeDailyBackup()))
  // Sync, when the learner turned it on: its code (and PouchDB's) is not in the start bundle.
  if (localStorage.getItem(SYNC_ON_KEY)) idle(() => void import('./stores/sync').then((m) => m.useSyncStore(pinia).start()))
}

void start()
