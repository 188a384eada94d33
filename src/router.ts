import { createRouter, createWebHistory } from 'vue-router'
import HomeView from '@/views/HomeView.vue'
import { loadAllMessages } from '@/i18n'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'
import { ALL_DECKS, useBankStore } from '@/stores/bank'

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
    { path: '/decks/new', name: 'deck-new', component: () => import('@/views/DeckNewView.vue') },
    { path: '/deck/:id', name: 'deck', component: () => import('@/views/DeckView.vue') },
    { path: '/deck/:id/edit', name: 'deck-edit', component: () => import('@/views/DeckEditView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash, top: 80 } : { top: 0 }),
})

/** Sessions open on every deck unless a deck is named; the other screens on the built-in deck. */
const OVER_ALL_DECKS = new Set(['review', 'flashcards'])

/**
 * The deck a screen shows: `?deck=` on the study screens, the path's id on a deck's own screens. Screens
 * other than the first need that deck's bank and every message area: the built-in bank is precached and
 * usually already prefetched, a learner's deck is one read from IndexedDB, so this wait is short. A deck
 * that is not there (deleted, or a link from another device) opens its page, which says so.
 */
router.beforeEach(async (to) => {
  if (to.name === 'home') return
  const named = typeof to.params.id === 'string' ? to.params.id : typeof to.query.deck === 'string' ? to.query.deck : undefined
  const scope = named ?? (OVER_ALL_DECKS.has(String(to.name)) ? ALL_DECKS : BUILT_IN_DECK_ID)
  const [found] = await Promise.all([useBankStore().ensure(scope), loadAllMessages()])
  if (!found && to.name !== 'deck') return { name: 'deck', params: { id: scope } }
})
