import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../time'

export type IntervalLocale = 'vi' | 'en'

const UNITS: Record<IntervalLocale, { min: string; hour: string; day: string; month: string; year: string }> = {
  vi: { min: 'phút', hour: 'giờ', day: 'ngày', month: 'tháng', year: 'năm' },
  en: { min: 'min', hour: 'h', day: 'd', month: 'mo', year: 'y' },
}

/** Mean Gregorian month and year, so "1 tháng" means about 30 days and "1 năm" about 365. */
const DAYS_PER_MONTH = 30.436875
const DAYS_PER_YEAR = 365.2425

function decimal(value: number, locale: IntervalLocale): string {
  const rounded = Math.round(value * 10) / 10
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
  return locale === 'vi' ? text.replace('.', ',') : text
}

/**
 * A short label for a grade button: "10 phút", "3 ngày", "2 tháng", "1,5 năm" / "10 min", "3 d".
 * Less than a minute shows as 1 minute: the card is never due "now" after an answer.
 */
export function formatInterval(ms: number, locale: IntervalLocale): string {
  const u = UNITS[locale]
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0
  const minutes = Math.max(1, Math.round(safe / MS_PER_MINUTE))
  if (minutes < 60) return `${minutes} ${u.min}`
  const hours = Math.round(safe / MS_PER_HOUR)
  if (hours < 24) return `${hours} ${u.hour}`
  const days = Math.round(safe / MS_PER_DAY)
  if (days < 30) return `${days} ${u.day}`
  const months = Math.round(days / DAYS_PER_MONTH)
  if (months < 12) return `${months} ${u.month}`
  return `${decimal(days / DAYS_PER_YEAR, locale)} ${u.year}`
}
