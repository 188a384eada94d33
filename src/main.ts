import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { useQuizStore } from './stores/skeleton'
import './styles/main.css'

async function start() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n).use(router)
  // Hydrate before the first render, so the learner never sees an empty state that then changes.
  await useQuizStore(pinia).hydrate()
  await router.isReady()
  app.mount('#app')
}

void start()
