/**
 * A small typed i18n: flat keys from locales/vi.json (the source of truth), `{name}` parameters.
 * vue-i18n would add about 15 KiB gzip to a start budget of 60 KiB for features this app does not use
 * (pluralisation rules beyond one form, message compilation, number formats); Vietnamese has no plural forms,
 * and English strings here are written to read well with a number in them.
 * English is loaded lazily, so the Vietnamese-first start stays small.
 */
import { computed, ref, type App } from 'vue'
import type { Locale } from './domain/progress/types'
import app from './locales/vi/app.json'
import pwa from './locales/vi/pwa.json'
import question from './locales/vi/question.json'

/**
 * One file per area of the app under locales/vi/ and locales/en/, with the same names and keys
 * (tests/unit/i18n.test.ts checks). Add a new area here.
 */
const vi = { ...app, ...pwa, ...question }

export type MessageKey = keyof typeof vi
export type Messages = Record<MessageKey, string>
export type TranslateParams = Record<string, string | number>

const loaded: Partial<Record<Locale, Messages>> = { vi }
const current = ref<Locale>('vi')

export const locale = computed(() => current.value)

async function load(target: Locale): Promise<Messages> {
  const have = loaded[target]
  if (have) return have
  const files = import.meta.glob<Record<string, string>>('./locales/en/*.json', { import: 'default' })
  const parts = await Promise.all(Object.values(files).map((loadFile) => loadFile()))
  const messages = Object.assign({}, ...parts) as Messages
  loaded[target] = messages
  return messages
}

/** Switches the language once its messages are loaded; also sets `<html lang>`. */
export async function setLocale(target: Locale): Promise<void> {
  await load(target)
  current.value = target
  if (typeof document !== 'undefined') document.documentElement.lang = target
}

export function translate(key: MessageKey, params?: TranslateParams): string {
  const messages = loaded[current.value] ?? vi
  const template = messages[key] ?? vi[key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function useI18n() {
  return { t: translate, locale }
}

export const i18n = {
  install(app: App) {
    app.config.globalProperties.$t = translate
  },
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: typeof translate
  }
}
