/**
 * A small typed i18n: flat keys from the Vietnamese files (the source of truth), `{name}` parameters.
 * vue-i18n would add about 15 KiB gzip to a start budget of 60 KiB for features this app does not use
 * (pluralisation rules, message compilation, number formats); Vietnamese has no plural forms, and the
 * English strings are written to read well with a number in them.
 *
 * One file per area of the app under locales/vi/ and locales/en/, with the same names and keys
 * (tests/unit/i18n.test.ts checks). The first screen's areas load with the app; the others, and English,
 * load with the first other screen (`loadAllMessages`, called by the router).
 */
import { computed, ref, type App } from 'vue'
import type { Locale } from './domain/progress/types'
import app from './locales/vi/app.json'
import pwa from './locales/vi/pwa.json'
import type article from './locales/vi/article.json'
import type decks from './locales/vi/decks.json'
import type install from './locales/vi/install.json'
import type progress from './locales/vi/progress.json'
import type question from './locales/vi/question.json'
import type settings from './locales/vi/settings.json'
import type study from './locales/vi/study.json'

type AllMessages = typeof app & typeof pwa & typeof article & typeof decks & typeof install & typeof progress & typeof question & typeof settings & typeof study
export type MessageKey = keyof AllMessages
export type Messages = Record<MessageKey, string>
export type TranslateParams = Record<string, string | number>

/** Each language's lazily loaded messages, one chunk each (tests/unit/i18n.test.ts checks every area is in them). */
const lazy: Record<Locale, () => Promise<Record<string, string>>> = {
  vi: () => import('./locales/vi/lazy').then((m) => m.default),
  en: () => import('./locales/en/index').then((m) => m.default),
}

const messages: Record<Locale, Partial<Messages>> = { vi: { ...app, ...pwa }, en: {} }
const complete: Partial<Record<Locale, Promise<void>>> = {}
const current = ref<Locale>('vi')
/** Bumped when messages arrive, so templates that showed a key re-render with the text. */
const version = ref(0)

export const locale = computed(() => current.value)

function load(target: Locale): Promise<void> {
  complete[target] ??= lazy[target]().then((part) => {
    Object.assign(messages[target], part)
    version.value++
  })
  return complete[target]
}

/** Every area of the current language (and Vietnamese, the fallback). */
export function loadAllMessages(): Promise<void> {
  return Promise.all([load('vi'), load(current.value)]).then(() => undefined)
}

/** Switches the language once its messages are loaded; also sets `<html lang>`. */
export async function setLocale(target: Locale): Promise<void> {
  await load(target)
  current.value = target
  if (typeof document !== 'undefined') document.documentElement.lang = target
}

export function translate(key: MessageKey, params?: TranslateParams): string {
  void version.value
  const template = messages[current.value][key] ?? messages.vi[key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function useI18n() {
  return { t: translate, locale }
}

export const i18n = {
  install(vueApp: App) {
    vueApp.config.globalProperties.$t = translate
  },
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: typeof translate
  }
}
