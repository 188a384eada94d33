import { locale, translate, type MessageKey, type TranslateParams } from '@/i18n'
import type { DateParts } from '@/domain/stats'
import vi from '@/locales/vi/progress.json'

export type ProgressKey = keyof typeof vi

/**
 * `translate` for the progress keys. Falls back to the Vietnamese file read here, so the charts speak
 * Vietnamese even before progress.json is merged into the app's message table (English is found by the
 * app's loader on its own).
 */
export function pt(key: ProgressKey, params?: TranslateParams): string {
  const text = translate(key as string as MessageKey, params)
  if (text !== key) return text
  const template: string = vi[key]
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale.value).format(value)
}

/** 0.873 → "87 %" (vi) / "87%" (en); whole percents read faster and the data is not that precise. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale.value, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

export function shortDate(date: DateParts): string {
  return pt('progress.date', { day: date.day, month: date.month })
}

export function longDate(date: DateParts): string {
  return pt('progress.dateLong', { day: date.day, month: date.month, year: date.year })
}

export function weekdayName(date: DateParts): string {
  return pt(`progress.weekday.${date.weekday}` as ProgressKey)
}
