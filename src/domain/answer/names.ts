/**
 * What the checker knows about the words around an answer.
 *
 * A learner often writes more than the answer: "Sochi, Nga", "Tổng thống Putin", "bảy (7)". Words that
 * are true of the answer are context; words that name something else are a claim, which the answer
 * must not smuggle in ("Sochi hoặc Moskva", "Nga và Mỹ", "Thủ tướng Putin"). To tell them apart the
 * checker needs a little knowledge: the names of the places, people, offices and groups of this
 * article's world (any of them is a claim unless it is true of the answer), what is true of each
 * (its qualifiers: the country of a city, the office of a person), and the words that hedge, deny,
 * join or merely frame. The lists are short on purpose: a name missing here that is a foreign word is
 * still treated as a name (see `isForeign`), and a Vietnamese word missing here is commentary.
 */
import { syllables } from './normalize'
import { matchKey } from './spelling'

export type EntityKind = 'place' | 'person' | 'title' | 'group'

interface EntitySource {
  kind: EntityKind
  /** Every name of it, the first being the usual one. */
  names: string[]
  /** What is true of it and may stand next to it: "Sochi, Nga", "Tổng thống Putin". */
  qualifiers?: string[]
  /** The country a capital stands for in news language: "Yerevan và Baku" = Armenia and Azerbaijan. */
  standsFor?: string
}

const SOURCES: EntitySource[] = [
  { kind: 'place', names: ['Nga', 'Liên bang Nga', 'Russia'] },
  { kind: 'place', names: ['Mỹ', 'Mĩ', 'Hoa Kỳ', 'Hoa Kì', 'Hợp chúng quốc Hoa Kỳ', 'USA'] },
  { kind: 'place', names: ['Pháp', 'Cộng hòa Pháp', 'France'] },
  { kind: 'place', names: ['Armenia', 'Cộng hòa Armenia'] },
  { kind: 'place', names: ['Azerbaijan', 'Cộng hòa Azerbaijan'] },
  { kind: 'place', names: ['Anh', 'Vương quốc Anh'] },
  { kind: 'place', names: ['Đức'] },
  { kind: 'place', names: ['Trung Quốc'] },
  { kind: 'place', names: ['Nhật Bản', 'Nhật'] },
  { kind: 'place', names: ['Thổ Nhĩ Kỳ', 'Thổ Nhĩ Kì'] },
  { kind: 'place', names: ['Iran'] },
  { kind: 'place', names: ['Gruzia', 'Georgia'] },
  { kind: 'place', names: ['Belarus'] },
  { kind: 'place', names: ['Ukraine', 'Ukraina'] },
  { kind: 'place', names: ['Việt Nam'] },
  { kind: 'place', names: ['Sochi', 'Xô-chi'], qualifiers: ['Nga'] },
  { kind: 'place', names: ['Moskva', 'Moscow', 'Mát-xcơ-va', 'Matxcơva'], qualifiers: ['Nga'], standsFor: 'Nga' },
  { kind: 'place', names: ['Yerevan', 'Erevan'], qualifiers: ['Armenia'], standsFor: 'Armenia' },
  { kind: 'place', names: ['Baku'], qualifiers: ['Azerbaijan'], standsFor: 'Azerbaijan' },
  { kind: 'place', names: ['Minsk'], qualifiers: ['Belarus'] },
  { kind: 'place', names: ['Nagorno-Karabakh', 'Karabakh'] },
  { kind: 'place', names: ['Stepanakert', 'Khankendi'] },
  { kind: 'place', names: ['Shusha', 'Shushi'] },
  { kind: 'place', names: ['Kalbajar', 'Kelbajar'], qualifiers: ['Azerbaijan'] },
  { kind: 'place', names: ['Lachin'], qualifiers: ['Azerbaijan'] },
  { kind: 'place', names: ['Aghdam'], qualifiers: ['Azerbaijan'] },
  { kind: 'place', names: ['Paris'] },
  { kind: 'place', names: ['Washington'] },
  { kind: 'place', names: ['Hà Nội'] },
  { kind: 'person', names: ['Vladimir Putin', 'Putin'], qualifiers: ['Tổng thống', 'Tổng thống Nga', 'Nga', 'Vladimir'] },
  { kind: 'person', names: ['Ilham Aliyev', 'Aliyev'], qualifiers: ['Tổng thống', 'Tổng thống Azerbaijan', 'Azerbaijan', 'Ilham'] },
  { kind: 'person', names: ['Nikol Pashinyan', 'Pashinyan'], qualifiers: ['Thủ tướng', 'Thủ tướng Armenia', 'Armenia', 'Nikol'] },
  { kind: 'person', names: ['Medvedev'] },
  { kind: 'person', names: ['Lavrov'] },
  { kind: 'person', names: ['Erdogan'] },
  { kind: 'person', names: ['Macron'] },
  { kind: 'person', names: ['Biden'] },
  { kind: 'person', names: ['Trump'] },
  { kind: 'person', names: ['Sargsyan'] },
  { kind: 'title', names: ['Tổng thống'] },
  { kind: 'title', names: ['Thủ tướng'] },
  { kind: 'title', names: ['Ngoại trưởng'] },
  { kind: 'title', names: ['Bộ trưởng'] },
  { kind: 'group', names: ['Nhóm OSCE Minsk', 'Nhóm Minsk', 'OSCE Minsk'], qualifiers: ['OSCE', 'của OSCE'] },
  { kind: 'group', names: ['OSCE', 'Tổ chức An ninh và Hợp tác châu Âu'] },
  { kind: 'group', names: ['Liên hợp quốc', 'LHQ'] },
  { kind: 'group', names: ['NATO'] },
  { kind: 'group', names: ['EU', 'Liên minh châu Âu'] },
]

/** The key of a phrase: its syllables' match keys at the mark-free level, space-joined. */
export function phraseKey(text: string): string {
  return syllables(text).map((s) => matchKey(s, 'all')).join(' ')
}

export interface Entity {
  kind: EntityKind
  /** Phrase keys of its names. */
  names: string[]
  /** Phrase keys of its qualifiers. */
  qualifiers: Set<string>
}

/** Entities by the phrase key of each of their names. */
export const ENTITIES = new Map<string, Entity>()
/** One-syllable stand-ins: a capital's key → its country's key. */
export const STANDS_FOR = new Map<string, string>()

for (const source of SOURCES) {
  const entity: Entity = {
    kind: source.kind,
    names: source.names.map(phraseKey),
    qualifiers: new Set((source.qualifiers ?? []).map(phraseKey)),
  }
  for (const name of entity.names) ENTITIES.set(name, entity)
  if (source.standsFor) for (const name of entity.names) if (!name.includes(' ')) STANDS_FOR.set(name, phraseKey(source.standsFor))
}

const keys = (words: string[]) => new Set(words.map(phraseKey))

/** The learner offers another answer beside this one. */
export const HEDGES = keys(['hoặc', 'hay', 'hay là', 'hoặc là', 'or', 'either'])
/** The learner denies what follows. */
export const NEGATIONS = keys(['không', 'không phải', 'chẳng', 'chẳng phải', 'chưa', 'chứ không', 'not', 'no'])
/** Directly before the answer, these move it elsewhere: "trước 10/11", "gần Sochi". */
export const RELATIONS = keys(['trước', 'sau', 'gần', 'ngoài', 'trừ', 'before', 'after', 'near', 'except'])
/** Words that join one thing to another. */
export const CONJUNCTIONS = keys(['và', 'cùng', 'cùng với', 'với', 'lẫn', 'cũng như', 'and'])
/** Words that frame an answer without saying anything of their own. */
export const FRAMING = keys([
  'thành phố', 'tp', 'của', 'ở', 'tại', 'thuộc', 'nước', 'quốc gia', 'vùng', 'khu vực', 'tỉnh', 'huyện',
  'là', 'một', 'các', 'những', 'ông', 'bà', 'ngài', 'nhóm', 'vào', 'ngày', 'lúc', 'đó', 'này', 'ấy', 'thì',
])

/** The longest phrase any of these lists holds, in syllables. */
export const MAX_PHRASE = Math.max(
  ...[...ENTITIES.keys(), ...HEDGES, ...NEGATIONS, ...RELATIONS, ...CONJUNCTIONS, ...FRAMING].map((k) => k.split(' ').length),
)
