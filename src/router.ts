import { createRouter, createWebHistory } from 'vue-router'
import HomeView from '@/views/HomeView.vue'
import { loadAllMessages } from '@/i18n'
import { useBankStore } from '@/stores/bank'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    // Every route but the first screen loads lazily, so the start stays small.
    { path: '/review', name: 'review', component: () => import('@/views/ReviewView.vue') },
    { path: '/flashcards', name: 'flashcards', component: () => import('@/views/FlashcardsView.vue') },
    { path: '/quiz', name: 'quiz', component: () => import('@/views/QuizView.vue') },
    { path: '/article', name: 'article', component: () => import('@/views/ArticleView.vue') },
    { path: '/progress', name: 'progress', component: () => import('@/views/ProgressView.vue') },
    { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash, top: 80 } : { top: 0 }),
})

// Screens other than the first need the whole bank and every message area: both are precached and
// usually already prefetched, so this wait is short.
router.beforeEach(async (to) => {
  if (to.name !== 'home') await Promise.all([useBankStore().ensure(), loadAllMessages()])
})
