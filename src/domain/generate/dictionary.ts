/**
 * The word lists of lexicon.ts compiled once into matchers and key sets.
 */
import {
  APPROXIMATORS,
  CAPITALS,
  COUNTRIES,
  DEPARTMENTS,
  EVENT_HEADS,
  MONTH_NAMES,
  NAME_PARTICLES,
  OFFICE_TITLES,
  ORGANISATION_HEADS,
  PERSON_MARKERS,
  PLACE_PREFIXES,
  PROFESSIONS,
  RELATIVE_TIME,
  SCALES,
  SENTENCE_STARTERS,
  SURNAMES,
  STANDALONE_ORGANISATIONS,
  UNIT_WORDS,
  type PlaceKind,
} from './lexicon'
import { keyOf, PhraseMatcher } from './words'

export interface Dictionary {
  titles: PhraseMatcher<{ title: string; single: boolean }>
  departments: PhraseMatcher<string>
  organisationHeads: PhraseMatcher<string>
  standaloneOrganisations: PhraseMatcher<string>
  eventHeads: PhraseMatcher<string>
  placePrefixes: PhraseMatcher<PlaceKind>
  personMarkers: PhraseMatcher<string>
  professions: PhraseMatcher<string>
  /** Country names and capitals; the value is the country's group key (its first name's key). */
  countries: PhraseMatcher<{ group: string; capital: boolean }>
  relativeTime: PhraseMatcher<string>
  approximators: PhraseMatcher<string>
  starters: Set<string>
  /** Keys of common family names. */
  surnames: Set<string>
  particles: Set<string>
  monthNames: Map<string, number>
  units: Map<string, number>
  scales: Map<string, number>
  /** Every other name of a country or its capital, by key: never a wrong option for it. */
  groupOf: Map<string, string>
}

let compiled: Dictionary | undefined

const self = <T extends string>(list: readonly T[]) => list.map((w) => [w, w] as const)

/** The compiled dictionary, built on first use. */
export function dictionary(): Dictionary {
  if (compiled) return compiled
  const groupOf = new Map<string, string>()
  const countryEntries: [string, { group: string; capital: boolean }][] = []
  for (const names of COUNTRIES) {
    const group = keyOf(names[0] as string)
    for (const name of names) {
      groupOf.set(keyOf(name), group)
      countryEntries.push([name, { group, capital: false }])
    }
  }
  for (const [capital, country] of CAPITALS) {
    const group = groupOf.get(keyOf(country)) ?? keyOf(country)
    groupOf.set(keyOf(capital), group)
    countryEntries.push([capital, { group, capital: true }])
  }
  compiled = {
    titles: new PhraseMatcher(OFFICE_TITLES.map((t) => [t.title, t] as const)),
    departments: new PhraseMatcher(self(DEPARTMENTS)),
    organisationHeads: new PhraseMatcher(self(ORGANISATION_HEADS)),
    standaloneOrganisations: new PhraseMatcher(self(STANDALONE_ORGANISATIONS)),
    eventHeads: new PhraseMatcher(self(EVENT_HEADS)),
    placePrefixes: new PhraseMatcher(PLACE_PREFIXES),
    personMarkers: new PhraseMatcher(self(PERSON_MARKERS)),
    professions: new PhraseMatcher(self(PROFESSIONS)),
    countries: new PhraseMatcher(countryEntries),
    relativeTime: new PhraseMatcher(self(RELATIVE_TIME)),
    approximators: new PhraseMatcher(self(APPROXIMATORS)),
    starters: new Set(SENTENCE_STARTERS.map(keyOf)),
    surnames: new Set(SURNAMES.map(keyOf)),
    particles: new Set(NAME_PARTICLES),
    monthNames: new Map(MONTH_NAMES.map(([w, n]) => [keyOf(w), n])),
    units: new Map(UNIT_WORDS.map((w, i) => [keyOf(w), i])),
    scales: new Map(SCALES.map(([w, n]) => [keyOf(w), n])),
    groupOf,
  }
  return compiled
}
