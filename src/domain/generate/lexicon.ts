/**
 * The generator's word lists. Small on purpose: each list is here because a rule needs it and no rule can
 * do without it (docs/generator.md gives the sizes). Everything in this module is data; it is loaded with
 * the generator, in its worker, never with the app's first screen.
 *
 * Entries are written as Vietnamese writes them; matching folds case and tone placement
 * ("hòa" = "hoà"), so each entry is written once.
 */

/**
 * Titles that put a person in a role. `single`: one holder per country or body at a time ("Tổng thống
 * Nga"), so naming another holder contradicts it; ranks, deputies and professions are not single.
 */
export const OFFICE_TITLES: readonly { title: string; single: boolean }[] = [
  ...[
    'Tổng thống', 'Thủ tướng', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Chủ tịch', 'Tổng Bí thư', 'Bí thư',
    'Bộ trưởng', 'Ngoại trưởng', 'Thống đốc', 'Tổng thư ký', 'Thị trưởng', 'Quốc vương', 'Nhà vua', 'Vua',
    'Hoàng đế', 'Nữ hoàng', 'Giáo hoàng', 'Tổng giám đốc', 'Giám đốc', 'Chủ nhiệm', 'Viện trưởng',
    'Hiệu trưởng', 'Chánh án', 'Tổng Tư lệnh', 'Tư lệnh', 'Tổng chỉ huy', 'Tổng cục trưởng', 'Cục trưởng',
    'Thủ hiến', 'Tổng biên tập', 'Huấn luyện viên trưởng', 'Huấn luyện viên', 'HLV', 'Đại sứ', 'Thủ lĩnh',
  ].map((title) => ({ title, single: true })),
  ...[
    'Phó Tổng thống', 'Phó Thủ tướng', 'Phó Chủ tịch', 'Thứ trưởng', 'Phó Thống đốc', 'Phó Giám đốc',
    'Người phát ngôn', 'Phát ngôn viên', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Tướng',
    'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đô đốc', 'Nguyên soái', 'Thống chế', 'Nghị sĩ',
    'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Cầu thủ', 'Thủ môn', 'Hậu vệ', 'Tiền vệ', 'Tiền đạo', 'Vận động viên',
  ].map((title) => ({ title, single: false })),
]

/**
 * "Nhà" + a profession names a person's trade: "nhà thơ Tố Hữu", "nhà thiên văn học người Mỹ …". Any
 * "nhà … học" (a scholar of a field) is one too; these are the others. Not "nhà máy", "nhà hàng", "nhà nước".
 */
export const PROFESSIONS: readonly string[] = [
  'nhà thơ', 'nhà văn', 'nhà báo', 'nhà nghiên cứu', 'nhà thám hiểm', 'nhà soạn nhạc', 'nhà ngoại giao',
  'nhà sáng lập', 'nhà lãnh đạo', 'nhà tư tưởng', 'nhà cách mạng', 'nhà quân sự', 'nhà chính trị',
  'nhà hoạt động', 'nhà phát minh', 'nhà khoa học', 'nhà thiết kế', 'nhà điêu khắc', 'nhà viết kịch',
  'nhà giáo', 'nhà sử', 'nhà kinh tế', 'nhà đầu tư', 'nhà sản xuất', 'nhà vô địch',
]

/** Academic and medical titles mark a person but are not a role worth asking ("GS.TS. Nguyễn Văn A"). */
export const PERSON_MARKERS: readonly string[] = [
  'ông', 'bà', 'ngài', 'GS', 'GS.TS', 'PGS', 'PGS.TS', 'TS', 'ThS', 'BS', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ',
  'Thạc sĩ', 'Bác sĩ',
]

/** Ministries and portfolios after "Bộ trưởng (Bộ)": their second syllables are not capitalised. */
export const DEPARTMENTS: readonly string[] = [
  'Ngoại giao', 'Quốc phòng', 'Công an', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Kế hoạch và Đầu tư', 'Công Thương',
  'Y tế', 'Giáo dục và Đào tạo', 'Giáo dục', 'Xây dựng', 'Giao thông vận tải', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Năng lượng', 'Kinh tế', 'Thương mại',
  'Ngoại thương', 'Nội các',
]

/**
 * First words of the names of bodies: "Tổ chức Y tế Thế giới", "Ngân hàng Nhà nước Việt Nam". Written
 * capitalised; a name follows whose words start with a capital ("Y tế", "Thế giới").
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'Tổ chức', 'Quỹ', 'Ngân hàng', 'Hiệp hội', 'Diễn đàn', 'Liên minh', 'Ủy ban', 'Hội đồng', 'Cơ quan',
  'Chương trình', 'Tổng cục', 'Cục', 'Bộ', 'Sở', 'Viện', 'Học viện', 'Trung tâm', 'Đại học', 'Trường',
  'Công ty', 'Tập đoàn', 'Tổng công ty', 'Đảng', 'Mặt trận', 'Liên đoàn', 'Nhóm', 'Khối', 'Cộng đồng', 'Hội',
  'Quân đội', 'Tòa án', 'Văn phòng', 'Câu lạc bộ', 'CLB', 'Hãng', 'Thông tấn xã', 'Bảo tàng', 'Ủy hội',
]

/**
 * The commonest Vietnamese family names (most people bear one of them): a run of capitalised words that
 * ends in one of these and one to three more syllables ends in a person's name ("… Cần Thơ Trần Văn Minh").
 */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Lưu', 'Đoàn', 'Trịnh', 'Đào', 'Lương', 'Tạ', 'Nông', 'Quách',
]

/** Names of bodies that are a head word alone. */
export const STANDALONE_ORGANISATIONS: readonly string[] = ['Quốc hội', 'Chính phủ', 'Liên hợp quốc']

/** First words of named events and documents: "Hội nghị Genève", "Hiệp định Paris", "Kế hoạch Navarre". */
export const EVENT_HEADS: readonly string[] = [
  'Hội nghị', 'Đại hội', 'Hiệp định', 'Hiệp ước', 'Công ước', 'Nghị quyết', 'Chiến dịch', 'Chiến tranh',
  'Kế hoạch', 'Thế vận hội', 'Giải', 'Cách mạng', 'Khởi nghĩa', 'Trận', 'Lễ', 'Tuyên bố',
]

/** Place kinds: a name after one of these words is a place of that kind ("tỉnh Đồng Tháp", "sông Hậu"). */
export type PlaceKind = 'city' | 'province' | 'district' | 'commune' | 'water' | 'land' | 'island' | 'region' | 'site'

export const PLACE_PREFIXES: readonly [string, PlaceKind][] = [
  ['thành phố', 'city'], ['TP', 'city'], ['thủ đô', 'city'], ['thị xã', 'district'],
  ['tỉnh', 'province'], ['bang', 'province'], ['huyện', 'district'], ['quận', 'district'],
  ['thị trấn', 'commune'], ['xã', 'commune'], ['phường', 'commune'], ['làng', 'commune'],
  ['sông', 'water'], ['hồ', 'water'], ['biển', 'water'], ['vịnh', 'water'], ['eo biển', 'water'],
  ['núi', 'land'], ['dãy núi', 'land'], ['cao nguyên', 'land'], ['đèo', 'land'], ['thung lũng', 'land'],
  ['sa mạc', 'land'], ['lòng chảo', 'land'], ['đồng bằng', 'land'], ['mũi', 'land'],
  ['đảo', 'island'], ['hòn đảo', 'island'], ['quần đảo', 'island'], ['bán đảo', 'island'],
  ['vùng', 'region'], ['miền', 'region'], ['khu vực', 'region'], ['châu', 'region'], ['lục địa', 'region'],
  ['sân bay', 'site'], ['cảng', 'site'], ['sân vận động', 'site'], ['cầu', 'site'], ['chợ', 'site'],
  ['vườn quốc gia', 'site'], ['chợ nổi', 'site'],
]

/**
 * Countries, each with the other names that mean the same country (never a wrong option for it).
 * Capitals are listed with their country in CAPITALS, for the same reason.
 */
export const COUNTRIES: readonly string[][] = [
  ['Việt Nam'], ['Nga', 'Liên bang Nga'], ['Mỹ', 'Mĩ', 'Hoa Kỳ', 'Hoa Kì'], ['Pháp'], ['Anh', 'Vương quốc Anh'],
  ['Đức'], ['Ý', 'Italia', 'Italy'], ['Úc', 'Australia'], ['Trung Quốc'], ['Nhật Bản', 'Nhật'], ['Hàn Quốc'],
  ['Triều Tiên'], ['Ấn Độ'], ['Lào'], ['Campuchia'], ['Thái Lan'], ['Myanmar', 'Miến Điện'], ['Indonesia'],
  ['Malaysia'], ['Singapore'], ['Philippines'], ['Brunei'], ['Đông Timor', 'Timor-Leste'], ['Mông Cổ'],
  ['Canada'], ['Mexico'], ['Brazil'], ['Argentina'], ['Chile'], ['Peru'], ['Colombia'], ['Venezuela'],
  ['Cuba'], ['Tây Ban Nha'], ['Bồ Đào Nha'], ['Hà Lan'], ['Bỉ'], ['Thụy Sĩ'], ['Thụy Điển'], ['Na Uy'],
  ['Phần Lan'], ['Đan Mạch'], ['Ba Lan'], ['Séc', 'Cộng hòa Séc'], ['Áo'], ['Hungary'], ['Romania'],
  ['Bulgaria'], ['Hy Lạp'], ['Ukraine'], ['Belarus'], ['Armenia'], ['Azerbaijan'], ['Gruzia', 'Georgia'],
  ['Thổ Nhĩ Kỳ'], ['Iran'], ['Iraq'], ['Israel'], ['Palestine'], ['Syria'], ['Ai Cập'], ['Ả Rập Xê Út'],
  ['Nam Phi'], ['Nigeria'], ['Kenya'], ['Ethiopia'], ['Pakistan'], ['Afghanistan'], ['Bangladesh'],
  ['Kazakhstan'], ['New Zealand'], ['Ireland'], ['Scotland'], ['Liên Xô'], ['Serbia'], ['Croatia'],
]

/**
 * A country's name that Vietnamese also writes for one part of it: "Anh" is the United Kingdom and England.
 * Where the text names the other parts, the name is the part, and takes none of the whole's other names.
 */
export const PART_NAMES: readonly [string, readonly string[]][] = [
  ['Anh', ['Scotland', 'Wales', 'xứ Wales', 'Bắc Ireland']],
]

/** Capital → country: a capital stands for its country ("Moskva sẽ hỗ trợ"), so neither is wrong for the other. */
export const CAPITALS: readonly [string, string][] = [
  ['Hà Nội', 'Việt Nam'], ['Moskva', 'Nga'], ['Moscow', 'Nga'], ['Mát-xcơ-va', 'Nga'], ['Washington', 'Mỹ'],
  ['Paris', 'Pháp'], ['London', 'Anh'], ['Luân Đôn', 'Anh'], ['Berlin', 'Đức'], ['Roma', 'Ý'], ['Rome', 'Ý'],
  ['Bắc Kinh', 'Trung Quốc'], ['Tokyo', 'Nhật Bản'], ['Seoul', 'Hàn Quốc'], ['Bình Nhưỡng', 'Triều Tiên'],
  ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Minsk', 'Belarus'],
  ['Bangkok', 'Thái Lan'], ['Jakarta', 'Indonesia'], ['Viêng Chăn', 'Lào'], ['Vientiane', 'Lào'],
  ['Phnom Penh', 'Campuchia'], ['Phnôm Pênh', 'Campuchia'], ['Kuala Lumpur', 'Malaysia'], ['Manila', 'Philippines'],
  ['New Delhi', 'Ấn Độ'], ['Canberra', 'Úc'], ['Ottawa', 'Canada'], ['Madrid', 'Tây Ban Nha'],
  ['Warszawa', 'Ba Lan'], ['Praha', 'Séc'], ['Viên', 'Áo'], ['Ankara', 'Thổ Nhĩ Kỳ'], ['Cairo', 'Ai Cập'],
  ['Tehran', 'Iran'], ['Ulan Bator', 'Mông Cổ'], ['Tbilisi', 'Gruzia'], ['Havana', 'Cuba'],
]

/**
 * Words that date relative to when the text was written. A date is never read from them, and a date
 * written next to one ("tháng 5 năm nay") keeps only its explicit part.
 */
export const RELATIVE_TIME: readonly string[] = [
  'hôm nay', 'hôm qua', 'hôm kia', 'ngày mai', 'ngày kia', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay',
  'đêm nay', 'sáng qua', 'chiều qua', 'tối qua', 'đêm qua', 'tuần này', 'tuần trước', 'tuần qua', 'tuần tới',
  'tuần sau', 'tháng này', 'tháng trước', 'tháng qua', 'tháng tới', 'tháng sau', 'năm nay', 'năm ngoái',
  'năm trước', 'năm qua', 'năm tới', 'năm sau', 'vừa qua', 'gần đây', 'mới đây', 'hiện nay', 'sắp tới',
  'cuối tuần', 'đầu tuần', 'thời gian tới', 'trước đó', 'sau đó', 'cùng ngày', 'cùng năm',
]

/** Month names that are not numbers: tháng Giêng (1), tháng Chạp (12). */
export const MONTH_NAMES: readonly [string, number][] = [['giêng', 1], ['chạp', 12]]

/** Number words 0–10 and the words that build larger numbers. */
export const UNIT_WORDS: readonly string[] = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']

/** Scale words after a number: 2 triệu = 2,000,000. */
export const SCALES: readonly [string, number][] = [
  ['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
]

/** Words before a number that make it approximate: "khoảng 16.200", "hơn 5.000". */
export const APPROXIMATORS: readonly string[] = [
  'khoảng', 'chừng', 'gần', 'hơn', 'trên', 'dưới', 'ngót', 'xấp xỉ', 'ước', 'ước tính', 'ước đạt', 'tới',
  'độ', 'hàng', 'vài', 'mấy', 'tối thiểu', 'tối đa', 'ít nhất', 'nhiều nhất', 'chưa đến', 'chưa tới',
  'không quá', 'không đến', 'không tới',
  // "nằm trong nhóm 50 sân bay …": in the top 50 is in the top 52 as well, a bound like "chưa đến".
  'trong nhóm', 'thuộc nhóm', 'trong top', 'trong tốp', 'lọt vào nhóm',
]

/**
 * Words that start sentences and are never names, though capitalised there. Most such words are found
 * without this list (they appear in lower case elsewhere in the text); these are the ones a short text
 * may use only at a sentence start.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'các', 'những', 'hôm', 'vào', 'với', 'theo', 'trong', 'sau', 'trước', 'khi', 'tuy', 'tuy nhiên', 'ngoài',
  'năm', 'ngày', 'tháng', 'đây', 'đó', 'tại', 'ở', 'từ', 'do', 'nhưng', 'và', 'cũng', 'một', 'hai', 'ba',
  'này', 'ông', 'bà', 'họ', 'chúng', 'nhờ', 'vì', 'nếu', 'để', 'dù', 'mặc', 'bên', 'phía', 'hiện', 'ngay',
  'đợt', 'chiều', 'sáng', 'tối', 'trưa', 'đêm', 'mùa', 'hằng', 'hàng', 'cả', 'mỗi', 'nhiều', 'phần', 'đến',
  'kể', 'nay', 'cùng', 'riêng', 'thế', 'vậy', 'chính', 'người', 'cuốn', 'tên', 'lực', 'đoàn', 'đội', 'xếp',
  'lúc',
]

/** Particles inside Western names: "Christian de Castries", "Ludwig van Beethoven". */
export const NAME_PARTICLES: readonly string[] = ['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'ibn']

/**
 * Full stops that never end a sentence, whatever follows. Case is significant: "P." (phường) but not
 * "p.". "v.v." and other stops followed by a lower-case word are joined by a general rule instead.
 */
export const ABBREVIATIONS: readonly string[] = [
  'TP.', 'GS.', 'TS.', 'PGS.', 'PGS.TS.', 'GS.TS.', 'ThS.', 'BS.', 'KS.', 'Q.', 'P.', 'St.', 'Mr.', 'Mrs.',
  'Dr.', 'Th.', 'TT.', 'Tp.',
]
