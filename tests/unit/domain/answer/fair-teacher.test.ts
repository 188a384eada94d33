/**
 * Answers a learner might type, graded as a fair teacher would.
 *
 * The rule behind every row: a learner who knows the answer gets credit in any legitimate form (digits or
 * words, either tone placement, a standard spelling of a foreign name, the right answer with true context
 * around it), and one who does not never gets full credit (a hedge, a wrong extra claim, another real
 * answer that merely looks close). The questions are the article's own: prompts, cloze sentences, keys
 * and alternatives as the bank writes them.
 *
 * Leniency is the app's default, `tones`, unless a row says otherwise.
 */
import { describe, expect, it } from 'vitest'
import { gradeResponse } from '@/domain/answer/grade'
import type { AlmostReason, Leniency } from '@/domain/answer/types'
import type { AnswerType, ClozeQuestion, ListQuestion, Question, TypedQuestion } from '@/domain/bank/types'

/** How the row's item is asked: a typed or cloze answer of each answer type, or a list. */
type Kind = 'typed' | 'cloze' | 'list' | 'date' | 'number' | 'name'

interface Item {
  kind: Kind
  /** The key and its alternatives, for the row's name. */
  key: string
  question: Question
}

const base = { factId: 'f-test', topic: 'sochi-talks', sentenceIndex: 1 } as const

function typed(kind: Kind, prompt: string, answer: string, accepted: string[] = [], type: AnswerType = 'text'): Item {
  const question: TypedQuestion = { ...base, id: `q:${answer}`, kind: 'typed', prompt, answer: { answer, accepted, type } }
  return { kind, key: [answer, ...accepted].join(' | '), question }
}

function cloze(kind: Kind, text: string, answer: string, accepted: string[] = [], type: AnswerType = 'text'): Item {
  const question: ClozeQuestion = {
    ...base, id: `c:${answer}`, kind: 'cloze', prompt: 'Điền vào chỗ trống cho đúng với câu trong bài báo.', text,
    answer: { answer, accepted, type },
  }
  return { kind, key: [answer, ...accepted].join(' | '), question }
}

function list(prompt: string, items: [string, string[]][]): Item {
  const question: ListQuestion = {
    ...base, id: `l:${prompt}`, kind: 'list', prompt,
    items: items.map(([answer, accepted]) => ({ answer, accepted, type: 'text' as const })),
  }
  return { kind: 'list', key: items.map(([a, alts]) => [a, ...alts].join('/')).join(', '), question }
}

// The article's questions.
const SOCHI = typed('name', 'Theo bài báo, cuộc hội đàm hôm nay giữa Putin, Aliyev và Pashinyan diễn ra ở đâu?', 'Sochi')
const SOCHI_CLOZE = cloze('name', 'Hôm nay tại ____ Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan.', 'Sochi')
const PUTIN = cloze('name', 'Hôm nay tại Sochi Tổng thống Nga ____ đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan.', 'Vladimir Putin', ['Putin'])
const ALIYEV = cloze('name', 'Hôm nay tại Sochi Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan ____ và Thủ tướng Armenia Nikol Pashinyan.', 'Ilham Aliyev', ['Aliyev'])
const PASHINYAN = cloze('name', 'Hôm nay tại Sochi Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia ____.', 'Nikol Pashinyan', ['Pashinyan'])
const RUSSIA = typed('name', 'Theo bài báo, Aliyev và Pashinyan hoan nghênh việc nước nào sẵn sàng thúc đẩy việc bình thường hóa quan hệ giữa Yerevan và Baku?', 'Nga', ['nước Nga'])
const MOSCOW = typed('name', 'Theo bài báo, ai sẽ hỗ trợ mọi khả năng cho việc tìm kiếm các giải pháp được cả hai bên chấp nhận?', 'Moskva', ['Nga', 'Moscow', 'Mát-xcơ-va', 'Matxcơva'])
const AZERBAIJAN = typed('name', 'Theo bài báo, nước nào mất quyền kiểm soát đối với Nagorno-Karabakh và bảy vùng lân cận trong cuộc đối đầu vũ trang những năm 1992-1994?', 'Azerbaijan')
const BAKU = cloze('name', 'Yerevan cũng chuyển các vùng Kalbajar, Lachin và Aghdam cho ____.', 'Baku', ['Azerbaijan'])
const KARABAKH = typed('name', 'Theo tiêu đề phần thứ hai của bài báo, phần này nói về xung đột ở đâu?', 'Nagorno-Karabakh', ['Karabakh', 'Nagorno Karabakh'])
const MINSK = typed('name', 'Theo bài báo, các cuộc đàm phán kể từ năm 1992 được tiến hành trong khuôn khổ nhóm nào?', 'Nhóm OSCE Minsk', ['OSCE Minsk', 'Nhóm Minsk', 'Nhóm Minsk của OSCE', 'Nhóm Minsk OSCE'])
const TREATY = cloze('cloze', 'Các vị Putin, Pashinyan và Aliyev nhấn mạnh tầm quan trọng của công tác chuẩn bị tích cực cho việc ký kết ____ giữa Armenia và Azerbaijan.', 'hiệp định hòa bình', ['hiệp ước hòa bình'])
const TREATY_BASIS = typed('typed', 'Theo bài báo, văn kiện được thảo luận tại Sochi tạo cơ sở cho điều gì giữa Yerevan và Baku?', 'hiệp ước hòa bình', ['hiệp định hòa bình'])
const PEACEFULLY = cloze('cloze', 'Kể từ năm 1992 đã tiến hành các cuộc đàm phán nhằm giải quyết xung đột ____ trong khuôn khổ Nhóm OSCE Minsk do ba đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu.', 'một cách hòa bình', ['hòa bình'])
const SECURITY = typed('typed', 'Theo bài báo, lực lượng gìn giữ hòa bình Nga có đóng góp quan trọng trong việc đảm bảo điều gì ở khu vực?', 'an ninh')
const FORCE = typed('typed', 'Theo bài báo, các nhà lãnh đạo Armenia và Azerbaijan nhất trí từ bỏ điều gì?', 'việc sử dụng vũ lực', ['sử dụng vũ lực', 'vũ lực'])
const CIVILIANS = typed('typed', 'Theo bài báo, cuộc xung đột kéo dài ở Nagorno-Karabakh dẫn đến thương vong cho ai?', 'dân thường', ['thường dân'])
const COMPLETE = typed('typed', 'Theo bài báo, Azerbaijan và Armenia đã đồng ý ngừng bắn ở mức độ nào?', 'hoàn toàn', ['ngừng bắn hoàn toàn'])
const COCHAIR_ROLE = typed('typed', 'Theo bài báo, Nga, Mỹ và Pháp giữ vai trò gì trong Nhóm OSCE Minsk?', 'đồng chủ tịch', ['các đồng chủ tịch', 'ba đồng chủ tịch'])
const SEVEN = typed('number', 'Theo bài báo, ngoài Nagorno-Karabakh, Azerbaijan còn mất quyền kiểm soát đối với bao nhiêu vùng lân cận?', 'bảy', ['7', 'bảy vùng', '7 vùng'], 'number')
const SEVEN_CLOZE = cloze('number', 'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh và ____ vùng lân cận trong cuộc đối đầu vũ trang những năm 1992-1994.', 'bảy', ['7'], 'number')
const THREE = typed('number', 'Theo bài báo, Nhóm OSCE Minsk do bao nhiêu đồng chủ tịch đứng đầu?', 'ba', ['3', 'ba đồng chủ tịch', '3 đồng chủ tịch'], 'number')
const THREE_CLOZE = cloze('number', 'Kể từ năm 1992 đã tiến hành các cuộc đàm phán nhằm giải quyết xung đột một cách hòa bình trong khuôn khổ Nhóm OSCE Minsk do ____ đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu.', 'ba', ['3'], 'number')
const SINCE = typed('number', 'Theo bài báo, các cuộc đàm phán nhằm giải quyết xung đột một cách hòa bình được tiến hành kể từ năm nào?', '1992', ['năm 1992'], 'number')
const PERIOD = typed('date', 'Theo bài báo, Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh trong cuộc đối đầu vũ trang những năm nào?', '1992-1994', ['1992 - 1994', '1992–1994', 'từ 1992 đến 1994', '1992 đến 1994', 'những năm 1992-1994'], 'year-range')
const NIGHT = typed('date', 'Theo bài báo, thỏa thuận ba bên có kết quả đạt được vào đêm rạng sáng ngày nào?', 'ngày 10 tháng 11', ['10 tháng 11', '10/11', '10-11', 'đêm rạng sáng ngày 10 tháng 11'], 'date')
const NIGHT_CLOZE = cloze('date', 'Các bên đã thực hiện nhiều nỗ lực để ký kết thỏa thuận ngừng bắn, nhưng chỉ có thỏa thuận ba bên đạt được vào đêm rạng sáng ngày ____ là có kết quả.', '10 tháng 11', ['10/11', '10-11'], 'date')
/** The same date once the bank lists the year the article implies: then the year is checked too. */
const NIGHT_2020 = typed('date', 'Theo bài báo, thỏa thuận ba bên có kết quả đạt được vào đêm rạng sáng ngày nào?', 'ngày 10 tháng 11', ['10/11', '10/11/2020'], 'date')
const RESUMED = typed('date', 'Theo bài báo, xung đột ở Nagorno-Karabakh lại tiếp diễn vào thời gian nào?', 'cuối tháng 9 năm 2020', ['cuối tháng 9/2020', 'cuối tháng chín năm 2020', 'vào cuối tháng 9 năm 2020'])
const COCHAIRS = list('Kể tên ba nước đồng chủ tịch đứng đầu Nhóm OSCE Minsk.', [['Nga', ['nước Nga']], ['Mỹ', ['Mĩ', 'Hoa Kỳ', 'Hoa Kì']], ['Pháp', ['nước Pháp']]])
/** The districts as the bank lists them today, without other spellings. */
const DISTRICTS = list('Kể tên các vùng mà Yerevan chuyển cho Baku.', [['Kalbajar', []], ['Lachin', []], ['Aghdam', []]])
/** The districts with the other standard spellings listed as alternatives. */
const DISTRICTS_ALT = list('Kể tên các vùng mà Yerevan chuyển cho Baku.', [['Kalbajar', ['Kelbajar']], ['Lachin', []], ['Aghdam', ['Agdam']]])
const TERMS = list('Kể tên ba điều Azerbaijan và Armenia đã đồng ý với vai trò trung gian của Moskva.', [
  ['ngừng bắn hoàn toàn', ['ngừng bắn']],
  ['trao đổi tù binh', ['tù binh']],
  ['trao đổi thi thể những người thiệt mạng', ['thi thể những người thiệt mạng', 'trao đổi thi thể', 'thi thể']],
])

type Want =
  | 'correct'
  /** Almost, for whichever reason (a list with several flaws). */
  | 'almost'
  | `correct:${'diacritics' | 'missing-diacritics'}`
  | `almost:${AlmostReason}`
  | 'wrong'

interface Row {
  item: Item
  response: string
  want: Want
  /** Credit expected for a list (share of the items right, extra wrong items counted). */
  credit?: number
  leniency?: Leniency
  /** Words the feedback must name as extra or wrong. */
  names?: string[]
}

const row = (item: Item, response: string, want: Want, more: Partial<Row> = {}): Row => ({ item, response, want, ...more })
const LONG_TRUE = 'Theo bài báo thì cuộc hội đàm giữa Tổng thống Putin, Tổng thống Aliyev và Thủ tướng Pashinyan đã diễn ra hôm nay tại thành phố nghỉ mát Sochi bên bờ Biển Đen'

const rows: Row[] = [
  // Places: the key, with true context, in other spellings; near misses; hedges and wrong claims.
  row(SOCHI, 'Sochi', 'correct'),
  row(SOCHI, 'sochi', 'correct', { leniency: 'strict' }),
  row(SOCHI, '  SOCHI. ', 'correct'),
  row(SOCHI, 'Sochi, Nga', 'correct'),
  row(SOCHI, 'Sochi (Nga)', 'correct'),
  row(SOCHI, 'ở Sochi', 'correct'),
  row(SOCHI, 'tại thành phố Sochi', 'correct'),
  row(SOCHI, 'Thành phố Sochi của Nga', 'correct'),
  row(SOCHI, 'Sotchi', 'correct'),
  row(SOCHI, LONG_TRUE, 'correct'),
  row(SOCHI, 'Sochu', 'almost:typo'),
  row(SOCHI, 'Soch', 'almost:typo'),
  row(SOCHI, 'thành phố Sochu, Nga', 'almost:typo'),
  row(SOCHI, 'Sochi, Armenia', 'almost:extra', { names: ['Armenia'] }),
  row(SOCHI, 'Sochi hoặc Moskva', 'wrong'),
  row(SOCHI, 'Sochi hay Moskva', 'wrong'),
  row(SOCHI, 'không phải Sochi', 'wrong'),
  row(SOCHI, 'Sochi, Moskva, Baku', 'wrong'),
  row(SOCHI, 'Moskva', 'wrong'),
  row(SOCHI, 'Baku', 'wrong'),
  row(SOCHI, 'gần Sochi', 'wrong'),
  row(SOCHI, 'Sochi, thành phố bên bờ Biển Đen', 'correct'),
  row(SOCHI, 'Sochi, nơi Putin gặp Aliyev và Pashinyan', 'correct'),
  row(SOCHI, '', 'wrong'),
  row(SOCHI, ' \n\t ', 'wrong'),
  row(SOCHI, 'Sochi\u200b', 'correct'),
  row(SOCHI, 'So\u200cchi', 'correct', { leniency: 'strict' }),
  row(SOCHI, '\u202bSochi\u202c', 'correct'),
  row(SOCHI, 'Sochi '.repeat(300), 'correct'),
  row(SOCHI, 'Moskva Baku Yerevan Minsk Paris '.repeat(40) + 'Sochi', 'wrong'),
  row(SOCHI, 'x'.repeat(5000), 'wrong'),
  row(SOCHI_CLOZE, 'Sochi', 'correct'),
  row(SOCHI_CLOZE, 'tại Sochi', 'correct'),
  row(SOCHI_CLOZE, 'Sochi Tổng thống Nga', 'correct'),
  row(SOCHI_CLOZE, 'Sochi, Azerbaijan', 'almost:extra', { names: ['Azerbaijan'] }),
  row(BAKU, 'Baku', 'correct'),
  row(BAKU, 'Azerbaijan', 'correct'),
  row(BAKU, 'Baku (Azerbaijan)', 'correct'),
  row(BAKU, 'cho Baku', 'correct'),
  row(BAKU, 'Yerevan', 'wrong'),
  row(BAKU, 'Armenia', 'wrong'),
  row(KARABAKH, 'Nagorno-Karabakh', 'correct'),
  row(KARABAKH, 'nagorno karabakh', 'correct', { leniency: 'strict' }),
  row(KARABAKH, 'Karabakh', 'correct'),
  row(KARABAKH, 'Karabah', 'correct'),
  row(KARABAKH, 'Nagorno-Karabagh', 'correct'),
  row(KARABAKH, 'Nagorno-Karabakhh', 'almost:typo'),
  row(KARABAKH, 'Stepanakert', 'wrong'),
  row(KARABAKH, 'Armenia', 'wrong'),
  row(AZERBAIJAN, 'Azerbaijan', 'correct'),
  row(AZERBAIJAN, 'Azerbaidzhan', 'correct'),
  row(AZERBAIJAN, 'Azerbaydzhan', 'correct'),
  row(AZERBAIJAN, 'Cộng hòa Azerbaijan', 'correct'),
  row(AZERBAIJAN, 'Azerbaijan mất quyền kiểm soát', 'correct'),
  row(AZERBAIJAN, 'Azerbaijen', 'almost:typo'),
  row(AZERBAIJAN, 'Armenia', 'wrong'),
  row(AZERBAIJAN, 'Armenia và Azerbaijan', 'almost:extra', { names: ['Armenia'] }),
  row(AZERBAIJAN, 'Azerbaijan hoặc Armenia', 'wrong'),
  // Countries and their usual names.
  row(RUSSIA, 'Nga', 'correct'),
  row(RUSSIA, 'nước Nga', 'correct'),
  row(RUSSIA, 'nuoc Nga', 'almost:missing-diacritics'),
  row(RUSSIA, 'nuoc Nga', 'correct:missing-diacritics', { leniency: 'all' }),
  row(RUSSIA, 'Liên bang Nga', 'correct'),
  row(RUSSIA, 'Nga\u200d', 'correct'),
  row(RUSSIA, 'Ngà', 'correct:diacritics'),
  row(RUSSIA, 'Ngà', 'almost:diacritics', { leniency: 'strict' }),
  row(RUSSIA, 'Ngaf', 'almost:keyboard'),
  row(RUSSIA, 'Ngaf', 'almost:keyboard', { leniency: 'all' }),
  row(RUSSIA, 'Nga và Mỹ', 'almost:extra', { names: ['Mỹ'] }),
  row(RUSSIA, 'Nga và Baku', 'almost:extra', { names: ['Baku'] }),
  row(RUSSIA, 'Nga, Mỹ, Pháp', 'wrong'),
  row(RUSSIA, 'Nga hay Mỹ', 'wrong'),
  row(RUSSIA, 'Mỹ', 'wrong'),
  row(MOSCOW, 'Moskva', 'correct'),
  row(MOSCOW, 'Moscow', 'correct'),
  row(MOSCOW, 'Mát-xcơ-va', 'correct'),
  row(MOSCOW, 'Nga', 'correct'),
  row(MOSCOW, 'Moskva (Moscow)', 'correct'),
  row(MOSCOW, 'Moskwa', 'correct'),
  row(MOSCOW, 'Matxcova', 'almost:missing-diacritics'),
  row(MOSCOW, 'Moskva sẽ hỗ trợ mọi khả năng', 'correct'),
  row(MOSCOW, 'Moskva hoặc Sochi', 'wrong'),
  row(MOSCOW, 'Sochi', 'wrong'),
  // People: full name, surname, initials, titles; a wrong title or initial is a wrong claim.
  row(PUTIN, 'Vladimir Putin', 'correct'),
  row(PUTIN, 'Putin', 'correct'),
  row(PUTIN, 'V. Putin', 'correct'),
  row(PUTIN, 'V.Putin', 'correct'),
  row(PUTIN, 'Tổng thống Putin', 'correct'),
  row(PUTIN, 'Tổng thống Nga Vladimir Putin', 'correct'),
  row(PUTIN, 'Thủ tướng Putin', 'almost:extra', { names: ['Thủ tướng'] }),
  row(PUTIN, 'A. Putin', 'almost:extra'),
  row(PUTIN, 'Vladimir Puttin', 'almost:typo'),
  row(PUTIN, 'Putin hoặc Medvedev', 'wrong'),
  row(PUTIN, 'Medvedev', 'wrong'),
  row(PUTIN, 'Ilham Aliyev', 'wrong'),
  row(ALIYEV, 'Ilham Aliyev', 'correct'),
  row(ALIYEV, 'Aliev', 'correct'),
  row(ALIYEV, 'I. Aliyev', 'correct'),
  row(ALIYEV, 'Pashinyan', 'wrong'),
  row(PASHINYAN, 'Pashinyan', 'correct'),
  row(PASHINYAN, 'Nikol Pashinian', 'correct'),
  row(PASHINYAN, 'Thủ tướng Pashinyan', 'correct'),
  row(PASHINYAN, 'Tổng thống Pashinyan', 'almost:extra', { names: ['Tổng thống'] }),
  row(PASHINYAN, 'Sargsyan', 'wrong'),
  // Groups.
  row(MINSK, 'Nhóm OSCE Minsk', 'correct'),
  row(MINSK, 'nhóm Minsk', 'correct'),
  row(MINSK, 'Nhóm Minsk của OSCE', 'correct'),
  row(MINSK, 'Nhom OSCE Minsk', 'correct:missing-diacritics'),
  row(MINSK, 'Nhóm Minsk hoặc Liên hợp quốc', 'wrong'),
  // Vietnamese phrases: tone placement, missing marks at each leniency, keyboard leftovers.
  row(TREATY, 'hiệp định hòa bình', 'correct', { leniency: 'strict' }),
  row(TREATY, 'hiệp định hoà bình', 'correct', { leniency: 'strict' }),
  row(TREATY, 'hiệp ước hòa bình', 'correct'),
  row(TREATY, 'hiệp định hòa bình giữa Armenia và Azerbaijan', 'correct'),
  row(TREATY, 'hiep dinh hoa binh', 'almost:missing-diacritics'),
  row(TREATY, 'hiep dinh hoa binh', 'correct:missing-diacritics', { leniency: 'all' }),
  row(TREATY, 'hiep dinh hoa binh', 'almost:missing-diacritics', { leniency: 'strict' }),
  row(TREATY, 'hiệp định hoa2 binh2', 'almost:keyboard', { leniency: 'strict' }),
  row(TREATY, 'hieepj ddinhj hoaf binhf', 'almost:keyboard'),
  row(TREATY, 'hie65p d9i5nh ho2a bi2nh', 'almost:keyboard'),
  row(TREATY, 'hiệp định ngừng bắn', 'wrong'),
  row(TREATY, 'hiệp định hòa bình giữa Nga và Mỹ', 'wrong'),
  row(TREATY_BASIS, 'hiệp ước hòa bình', 'correct'),
  row(TREATY_BASIS, 'hiệp ước hòa bình giữa Yerevan và Baku', 'correct'),
  row(TREATY_BASIS, 'hiệp ước hòa bình giữa Armenia và Azerbaijan', 'correct'),
  row(PEACEFULLY, 'một cách hòa bình', 'correct'),
  row(PEACEFULLY, 'hoà bình', 'correct', { leniency: 'strict' }),
  row(PEACEFULLY, 'hoa binh', 'correct:missing-diacritics'),
  row(PEACEFULLY, 'hoa binh', 'almost:missing-diacritics', { leniency: 'strict' }),
  row(PEACEFULLY, 'hỏa bình', 'correct:diacritics'),
  row(PEACEFULLY, 'hỏa bình', 'almost:diacritics', { leniency: 'strict' }),
  row(PEACEFULLY, 'hoaf binhf', 'almost:keyboard'),
  row(PEACEFULLY, 'hoa2 binh2', 'almost:keyboard', { leniency: 'strict' }),
  row(PEACEFULLY, 'hoa2 binh2', 'almost:keyboard', { leniency: 'all' }),
  row(PEACEFULLY, 'mootj cachs hoaf binhf', 'almost:keyboard'),
  row(PEACEFULLY, 'bằng vũ lực', 'wrong'),
  row(SECURITY, 'an ninh', 'correct'),
  row(SECURITY, 'an ninh khu vực', 'correct'),
  row(SECURITY, 'bảo đảm an ninh', 'correct'),
  row(SECURITY, 'an ninh và hòa bình', 'almost:extra'),
  row(SECURITY, 'hòa bình', 'wrong'),
  row(FORCE, 'vũ lực', 'correct'),
  row(FORCE, 'sử dụng vũ lực', 'correct'),
  row(FORCE, 'vu luc', 'almost:missing-diacritics'),
  row(FORCE, 'vũ lực và vũ khí hạt nhân', 'almost:extra'),
  row(FORCE, 'vũ khí', 'wrong'),
  row(CIVILIANS, 'dân thường', 'correct'),
  row(CIVILIANS, 'thường dân', 'correct'),
  row(CIVILIANS, 'người dân thường', 'correct'),
  row(CIVILIANS, 'dan thuong', 'almost:missing-diacritics'),
  row(CIVILIANS, 'dan thuong', 'correct:missing-diacritics', { leniency: 'all' }),
  row(CIVILIANS, 'daan thuwowngf', 'almost:keyboard'),
  row(CIVILIANS, 'da6n thu7o7ng2', 'almost:keyboard'),
  row(CIVILIANS, 'dân thường và binh lính', 'almost:extra'),
  row(CIVILIANS, 'binh lính', 'wrong'),
  row(COMPLETE, 'hoàn toàn', 'correct'),
  row(COMPLETE, 'ngừng bắn hoàn toàn', 'correct'),
  row(COMPLETE, 'hoan toan', 'correct:missing-diacritics'),
  row(COMPLETE, 'hoan toan', 'almost:missing-diacritics', { leniency: 'strict' }),
  row(COMPLETE, 'hoàn toàn hoặc một phần', 'wrong'),
  row(COMPLETE, 'một phần', 'wrong'),
  row(COCHAIR_ROLE, 'đồng chủ tịch', 'correct'),
  row(COCHAIR_ROLE, 'các đồng chủ tịch', 'correct'),
  row(COCHAIR_ROLE, 'đồng chủ tịch Nhóm OSCE Minsk', 'correct'),
  row(COCHAIR_ROLE, 'dong chu tich', 'almost:missing-diacritics'),
  row(COCHAIR_ROLE, 'dong chu tich', 'correct:missing-diacritics', { leniency: 'all' }),
  row(COCHAIR_ROLE, 'thành viên', 'wrong'),
  // Numbers: digits, words, both at once; another number is never a typo.
  row(SEVEN, 'bảy', 'correct'),
  row(SEVEN, '7', 'correct'),
  row(SEVEN, 'bảy vùng', 'correct'),
  row(SEVEN, 'bảy (7)', 'correct'),
  row(SEVEN, '7 (bảy)', 'correct'),
  row(SEVEN, 'bẩy', 'correct'),
  row(SEVEN, 'bảy vùng lân cận', 'correct'),
  row(SEVEN, '7\u2060', 'correct'),
  row(SEVEN, 'bay', 'correct:missing-diacritics'),
  row(SEVEN, 'bay', 'almost:missing-diacritics', { leniency: 'strict' }),
  row(SEVEN, 'bày', 'correct:diacritics'),
  row(SEVEN, 'bay3', 'almost:keyboard'),
  row(SEVEN, 'bay3', 'almost:keyboard', { leniency: 'strict' }),
  row(SEVEN, 'bayr', 'almost:keyboard'),
  row(SEVEN, '8', 'wrong'),
  row(SEVEN, '17', 'wrong'),
  row(SEVEN, 'bảy mươi', 'wrong'),
  row(SEVEN, 'ba vùng', 'wrong'),
  row(SEVEN, '7 hoặc 8', 'wrong'),
  row(SEVEN_CLOZE, '7', 'correct'),
  row(SEVEN_CLOZE, 'bảy vùng', 'correct'),
  row(SEVEN_CLOZE, '7 vùng lân cận', 'correct'),
  row(THREE, 'ba', 'correct'),
  row(THREE, '3', 'correct'),
  row(THREE, 'ba đồng chủ tịch', 'correct'),
  row(THREE, '3 nước', 'correct'),
  row(THREE, 'bà', 'correct:diacritics'),
  row(THREE, 'hai', 'wrong'),
  row(THREE, 'ba hoặc bốn', 'wrong'),
  row(THREE_CLOZE, 'ba đồng chủ tịch - Nga, Mỹ và Pháp', 'correct'),
  row(THREE, 'ba nước: Nga, Mỹ và Pháp', 'correct'),
  row(THREE, 'ba, hoặc bốn', 'wrong'),
  row(THREE, 'ba (hay 4)', 'wrong'),
  row(SINCE, '1992', 'correct'),
  row(SINCE, 'năm 1992', 'correct'),
  row(SINCE, 'từ năm 1992', 'correct'),
  row(SINCE, '19\u200b92', 'correct'),
  row(SINCE, '\ufeff1992\u200f', 'correct'),
  row(SINCE, '1994', 'wrong'),
  row(SINCE, '1993', 'wrong'),
  // Year ranges.
  row(PERIOD, '1992-1994', 'correct'),
  row(PERIOD, '1992–1994', 'correct'),
  row(PERIOD, '1992 - 1994', 'correct'),
  row(PERIOD, '1992-94', 'correct'),
  row(PERIOD, '1992–94', 'correct'),
  row(PERIOD, 'từ năm 1992 đến năm 1994', 'correct'),
  row(PERIOD, 'những năm 1992-1994', 'correct'),
  row(PERIOD, '1992 tới 1994', 'correct'),
  row(PERIOD, '19\u200b92-1994', 'correct'),
  row(PERIOD, '1994-1992', 'wrong'),
  row(PERIOD, '1992-1995', 'wrong'),
  row(PERIOD, '1988-1994', 'wrong'),
  row(PERIOD, '1992', 'wrong'),
  // Dates: with the year the article implies, with its time of day, never another day.
  row(NIGHT, '10/11', 'correct'),
  row(NIGHT, 'ngày 10 tháng 11', 'correct'),
  row(NIGHT, '10-11', 'correct'),
  row(NIGHT, '10.11', 'correct'),
  row(NIGHT, 'mùng 10 tháng 11', 'correct'),
  row(NIGHT, 'ngày mười tháng mười một', 'correct'),
  row(NIGHT, '10/11/2020', 'correct'),
  row(NIGHT, 'ngày 10 tháng 11 năm 2020', 'correct'),
  row(NIGHT, 'ngay 10 thang 11 nam 2020', 'correct'),
  row(NIGHT, 'rạng sáng 10/11', 'correct'),
  row(NIGHT, 'đêm rạng sáng ngày 10/11', 'correct'),
  row(NIGHT, 'rạng sáng ngày 10 tháng 11 năm 2020', 'correct'),
  row(NIGHT, '1\u200b0/11', 'correct'),
  row(NIGHT, '11/10', 'wrong'),
  row(NIGHT, '11/10/2020', 'wrong'),
  row(NIGHT, '10/12', 'wrong'),
  row(NIGHT, '9/11', 'wrong'),
  row(NIGHT, 'ngày 10', 'wrong'),
  row(NIGHT, 'trước 10/11', 'wrong'),
  row(NIGHT, '10/11 hoặc 11/10', 'wrong'),
  row(NIGHT_CLOZE, '10/11', 'correct'),
  row(NIGHT_CLOZE, '10 tháng 11 năm 2020', 'correct'),
  row(NIGHT_2020, '10/11/2020', 'correct'),
  row(NIGHT_2020, '10/11', 'correct'),
  row(NIGHT_2020, '10/11/2021', 'almost:extra', { names: ['2021'] }),
  row(RESUMED, 'cuối tháng 9 năm 2020', 'correct'),
  row(RESUMED, 'cuối 9/2020', 'correct'),
  row(RESUMED, 'cuối tháng 9/2020', 'correct'),
  row(RESUMED, 'cuối tháng chín năm 2020', 'correct'),
  row(RESUMED, 'vào cuối tháng 09/2020', 'correct'),
  row(RESUMED, 'cuối tháng 9, 2020', 'correct'),
  row(RESUMED, 'cuoi thang 9 nam 2020', 'almost:missing-diacritics'),
  row(RESUMED, 'đầu tháng 9 năm 2020', 'wrong'),
  row(RESUMED, 'cuối tháng 10 năm 2020', 'wrong'),
  row(RESUMED, 'cuối tháng 9 năm 2021', 'wrong'),
  // Lists: every separator, none at all, other spellings, duplicates, extra wrong items.
  row(COCHAIRS, 'Nga, Mỹ, Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga, Mỹ và Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Pháp; Nga; Mỹ', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga - Mỹ - Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga – Mỹ – Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga/Mỹ/Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga\nMỹ\nPháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga Mỹ Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga,Mỹ,Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, '1. Nga 2. Mỹ 3. Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga, Hoa Kỳ, Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Liên bang Nga, Hoa Kỳ, Cộng hòa Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'nước Nga, nước Mỹ và nước Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga, Mỹ, Pháp, Nga', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga, Mỹ, Mĩ, Pháp', 'correct', { credit: 1 }),
  row(COCHAIRS, 'Nga, My, Phap', 'correct:missing-diacritics', { credit: 1 }),
  row(COCHAIRS, 'Nga, Mỹ, Phaps', 'almost:keyboard', { credit: 2.5 / 3 }),
  row(COCHAIRS, 'Nga, My, Phapp', 'almost:typo', { credit: 2.5 / 3 }),
  row(COCHAIRS, 'Nga, Mỹ, Pháp, Anh', 'almost:extra', { credit: 3 / 4, names: ['Anh'] }),
  row(COCHAIRS, 'Nga, Mỹ, Anh', 'almost:extra', { credit: 2 / 3, names: ['Anh'] }),
  row(COCHAIRS, 'Nga Mỹ Pháp Anh', 'almost:extra', { credit: 3 / 4, names: ['Anh'] }),
  row(COCHAIRS, 'Nga, Mỹ, Pháp, Anh, Đức, Trung Quốc', 'almost:extra', { credit: 3 / 6 }),
  row(COCHAIRS, 'Nga, Mỹ', 'almost', { credit: 2 / 3 }),
  row(COCHAIRS, 'Nga, Nga, Nga', 'wrong', { credit: 1 / 3 }),
  row(COCHAIRS, 'Anh, Đức, Ý', 'wrong', { credit: 0 }),
  row(COCHAIRS, '', 'wrong', { credit: 0 }),
  row(DISTRICTS, 'Kalbajar, Lachin, Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar Lachin Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar - Lachin - Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar–Lachin–Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar, Lachin, Agdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbadjar, Latchin, Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'vùng Kalbajar, vùng Lachin và vùng Aghdam', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar; Lachin; Aghdam; Kalbajar', 'correct', { credit: 1 }),
  row(DISTRICTS, 'Kalbajar, Lachin, Aghdam, Shusha', 'almost:extra', { credit: 3 / 4, names: ['Shusha'] }),
  row(DISTRICTS, 'Kalbajar, Lachin, Shusha', 'almost:extra', { credit: 2 / 3, names: ['Shusha'] }),
  row(DISTRICTS, 'Kalbajar, Lachn, Aghdam', 'almost:typo', { credit: 2.5 / 3 }),
  row(DISTRICTS, 'Kalbajar, Lachin', 'almost', { credit: 2 / 3 }),
  row(DISTRICTS, 'Shusha, Stepanakert, Khankendi', 'wrong', { credit: 0 }),
  row(DISTRICTS_ALT, 'Kelbajar, Lachin, Agdam', 'correct', { credit: 1 }),
  row(DISTRICTS_ALT, 'Kelbajar Lachin Agdam', 'correct', { credit: 1 }),
  row(TERMS, 'ngừng bắn hoàn toàn, trao đổi tù binh, trao đổi thi thể những người thiệt mạng', 'correct', { credit: 1 }),
  row(TERMS, 'ngừng bắn, trao đổi tù binh và thi thể', 'correct', { credit: 1 }),
  row(TERMS, 'ngừng bắn; tù binh; thi thể', 'correct', { credit: 1 }),
  row(TERMS, 'ngừng bắn hoàn toàn trao đổi tù binh trao đổi thi thể', 'correct', { credit: 1 }),
  row(TERMS, 'ngung ban, trao doi tu binh, trao doi thi the', 'almost:missing-diacritics', { credit: 0.5 }),
  row(TERMS, 'ngung ban, trao doi tu binh, trao doi thi the', 'correct:missing-diacritics', { credit: 1, leniency: 'all' }),
  row(TERMS, 'ngừng bắn, trao đổi tù binh, rút quân', 'almost:extra', { credit: 2 / 3, names: ['rút quân'] }),
  row(TERMS, 'ngừng bắn, trao đổi tù binh, thi thể, rút quân', 'almost:extra', { credit: 3 / 4, names: ['rút quân'] }),
]

/** The verdict as a row writes it: the outcome, and what was forgiven or why it is only almost right. */
function verdictOf(outcome: string, hint: string | undefined): string {
  if (outcome === 'wrong' || !hint) return outcome
  return `${outcome}:${hint}`
}

describe('a fair teacher', () => {
  it('has at least 150 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150)
  })

  it.each(rows.map((r) => ({ ...r, name: `${r.item.kind} [${r.item.key}] ← ${JSON.stringify(r.response.slice(0, 60))}${r.leniency ? ` (${r.leniency})` : ''}` })))(
    '$name → $want',
    ({ item, response, want, credit, leniency, names }) => {
      const kind = item.question.kind
      const r = gradeResponse(
        item.question,
        kind === 'list' ? { kind: 'list', text: response } : { kind: kind as 'typed' | 'cloze', text: response },
        { diacritics: leniency ?? 'tones' },
      )
      const got = verdictOf(r.outcome, r.hint)
      // A list that is almost right for several reasons names one of them; the row names the outcome only.
      expect(want === 'almost' ? r.outcome : got).toBe(want)
      if (credit !== undefined) expect(r.score).toBeCloseTo(credit, 6)
      for (const word of names ?? []) {
        expect(r.extras?.map((e) => e.toLocaleLowerCase('vi')), `extras name ${word}`).toContain(word.toLocaleLowerCase('vi'))
      }
    },
  )
})
