/**
 * What the generator knows about the article's words beyond the facts themselves:
 * the things it names, grouped by kind (for wrong options), the other names of the same thing (accepted
 * wherever one of them is the answer), and the pairs of claims the text rules out (for false statements).
 */
import type { DistractorPool } from './curated'

export const POOLS: Record<DistractorPool, readonly string[]> = {
  country: ['Nga', 'Azerbaijan', 'Armenia', 'Mỹ', 'Pháp'],
  // "một" (một bên), "hai" (cả hai bên), "ba" (ba đồng chủ tịch, ba bên), "bảy" (bảy vùng).
  number: ['một', 'hai', 'ba', 'bảy'],
  place: ['Sochi', 'Moskva', 'Yerevan', 'Baku'],
}

/**
 * Other names and spellings of one thing. Wherever one of them is an answer, or a word of an answer,
 * every other one is accepted in its place, in every item of every fact: the same thing is never right
 * in one question and wrong in another. Each group is symmetric.
 */
export const SAME_NAME: readonly (readonly string[])[] = [
  ['Moskva', 'Moscow', 'Mát-xcơ-va', 'Matxcơva', 'Mạc Tư Khoa'],
  ['Nga', 'nước Nga', 'Liên bang Nga'],
  ['Mỹ', 'Mĩ', 'Hoa Kỳ', 'Hoa Kì', 'nước Mỹ'],
  ['Pháp', 'nước Pháp'],
  ['Armenia', 'Ác-mê-ni-a', 'Acmenia'],
  ['Azerbaijan', 'A-déc-bai-gian', 'Adecbaigian', 'Azerbaidzhan'],
  ['Yerevan', 'Erevan'],
  ['Sochi', 'Xô-chi'],
  ['Nagorno-Karabakh', 'Nagorny-Karabakh', 'Karabakh', 'Karabagh', 'Nagorno-Karabagh'],
  ['Kalbajar', 'Kelbajar', 'Kalbacar', 'Kəlbəcər', 'Kelbadzhar'],
  ['Lachin', 'Lachyn', 'Laçın', 'Lacin'],
  ['Aghdam', 'Agdam', 'Ağdam'],
  ['Nhóm OSCE Minsk', 'Nhóm Minsk', 'Nhóm Minsk của OSCE', 'Nhóm Minsk OSCE', 'OSCE Minsk'],
  // The article calls the peace document both; a learner may write either.
  ['hiệp định hòa bình', 'hiệp ước hòa bình'],
  ['đảm bảo', 'bảo đảm'],
  ['dân thường', 'thường dân'],
]

/**
 * Where the article lets a city stand for its country ("giữa Yerevan và Baku", "trung gian của
 * Moskva"), the country is accepted for the city. One way only: "Tổng thống Moskva" is not a country.
 */
export const STANDS_FOR: readonly (readonly [string, string])[] = [
  ['Moskva', 'Nga'],
  ['Yerevan', 'Armenia'],
  ['Baku', 'Azerbaijan'],
]

/**
 * Names the article uses for the same side. Never offer one as a wrong answer for the other:
 * "Moskva" is not wrong where the answer is "Nga". Built from the two lists above.
 */
export const CO_REFERENTS: readonly (readonly string[])[] = (() => {
  const groups = SAME_NAME.map((g) => [...g])
  for (const [city, country] of STANDS_FOR) {
    const cityGroup = groups.find((g) => g.includes(city))
    const countryGroup = groups.find((g) => g.includes(country))
    if (cityGroup && countryGroup && cityGroup !== countryGroup) {
      cityGroup.push(...countryGroup)
      groups.splice(groups.indexOf(countryGroup), 1)
    } else if (!cityGroup && countryGroup) countryGroup.push(city)
    else if (cityGroup && !countryGroup) cityGroup.push(country)
    else if (!cityGroup && !countryGroup) groups.push([city, country])
  }
  return groups
})()

/** Offices the article names; a false statement may give a person the other one. */
export const OFFICES: readonly string[] = ['Tổng thống', 'Thủ tướng']

/**
 * Pairs of (what the text says, a claim that cannot hold with it). A false statement of kind
 * "opposite" puts the second in place of the first; the list is short and reviewed by hand, so that
 * no claim the text merely leaves out ("Nga đã rút lực lượng gìn giữ hòa bình") passes as contradicted.
 */
export const OPPOSITES: readonly (readonly [string, string])[] = [
  ['mất quyền kiểm soát', 'giành được quyền kiểm soát'],
  ['ngừng bắn hoàn toàn', 'ngừng bắn một phần'],
  ['bình thường hóa tổng thể', 'bình thường hóa một phần'],
  ['chưa được công nhận', 'đã được công nhận'],
  ['không phải là một bên tham gia đàm phán', 'là một bên tham gia đàm phán'],
  ['nhiều nỗ lực', 'một nỗ lực duy nhất'],
  ['giai đoạn tiếp nối', 'cuộc xung đột đầu tiên'],
  ['cuộc xung đột kéo dài', 'cuộc xung đột ngắn'],
  // A document that would lay the basis for a peace treaty was discussed: the treaty is not signed.
  ['một văn kiện tạo cơ sở cho hiệp ước hòa bình', 'đã ký kết hiệp ước hòa bình'],
]
