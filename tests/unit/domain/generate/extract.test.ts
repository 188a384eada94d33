import { describe, expect, it } from 'vitest'
import { readText } from '@/domain/generate/generate'
import { text as spanText, type Candidate } from '@/domain/generate/candidates'
import { keyOf } from '@/domain/generate/words'

function candidates(text: string, kind?: Candidate['kind']): Candidate[] {
  return readText(text).candidates.filter((c) => !kind || c.kind === kind)
}

const answers = (text: string, kind: Candidate['kind']) => candidates(text, kind).map((c) => spanText(c.a, c.answer))

describe('dates and periods', () => {
  it.each([
    ['ngày D tháng M năm Y', 'Thỏa thuận được ký ngày 10 tháng 11 năm 2020 tại Moskva.', '10 tháng 11 năm 2020', 'day'],
    ['ngày D tháng M', 'Thỏa thuận đạt được vào đêm rạng sáng ngày 10 tháng 11.', '10 tháng 11', 'day'],
    ['mùng D tháng M', 'Lễ hội mở vào mùng 5 tháng 1 năm 2024.', '5 tháng 1 năm 2024', 'day'],
    ['D/M/Y', 'Văn kiện được ký (10/11/2020) sau nhiều vòng đàm phán.', '10/11/2020', 'day'],
    ['ngày D/M', 'Đại hội khai mạc ngày 12/5 tại Hà Nội.', '12/5', 'day'],
    ['tháng M năm Y', 'Tháng 1 năm 1954, phương châm tác chiến được thay đổi.', 'Tháng 1 năm 1954', 'month'],
    ['cuối tháng M năm Y', 'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn.', 'cuối tháng 9 năm 2020', 'month'],
    ['tháng Giêng', 'Phiên họp diễn ra vào tháng Giêng năm 1968 ở Huế.', 'tháng Giêng năm 1968', 'month'],
    ['tháng M alone', 'Mùa lũ kéo dài từ tháng 8 đến cuối mùa thu.', '8', 'month'],
    ['năm Y', 'Năm 1995, bốn nước ký hiệp định thành lập ủy hội.', '1995', 'year'],
    ['a three-digit year', 'Trận Bạch Đằng diễn ra năm 938 trên sông Bạch Đằng.', '938', 'year'],
    ['từ năm X đến năm Y', 'Ông giữ chức từ năm 1992 đến năm 1994 ở Hà Nội.', 'từ năm 1992 đến năm 1994', 'range'],
    ['những năm X-Y', 'Cuộc đối đầu vũ trang những năm 1992-1994 để lại hậu quả lớn.', '1992-1994', 'range'],
    ['thế kỷ in Roman numerals', 'Vào thế kỷ XVI, Copernicus đưa ra thuyết nhật tâm.', 'XVI', 'century'],
    ['thế kỉ in figures', 'Thành cổ được xây dựng vào thế kỉ 15 bởi các vua Lê.', '15', 'century'],
    ['thập niên', 'Kinh tế tăng nhanh trong thập niên 1990 nhờ đổi mới.', '1990', 'decade'],
    ['D tháng M without "ngày"', 'Lễ khai mạc diễn ra vào tối 12 tháng 5 tại sân Mỹ Đình.', '12 tháng 5', 'day'],
  ])('%s', (_, text, answer, precision) => {
    const found = candidates(text).filter((c) => c.time)
    expect(found.map((c) => spanText(c.a, c.answer))).toContain(answer)
    expect(found.find((c) => spanText(c.a, c.answer) === answer)?.time?.precision).toBe(precision)
  })

  it.each([
    'Hôm nay tại Sochi các bên đã hội đàm.',
    'Hôm qua, ông đến Hà Nội và làm việc với đối tác.',
    'Tuần trước, chính phủ công bố kế hoạch mới.',
    'Năm ngoái, xuất khẩu tăng mạnh ở nhiều thị trường.',
    'Tháng trước, giá xăng giảm lần thứ ba.',
    'Năm nay, kinh tế được dự báo tăng trưởng khá.',
    'Sáng nay, đoàn đại biểu đã tới thăm Huế.',
    'Vừa qua, các nhà khoa học công bố phát hiện mới.',
    'Ngày mai, cuộc họp sẽ tiếp tục ở Genève.',
  ])('no date from relative words: %s', (text) => {
    expect(candidates(text).filter((c) => c.time)).toEqual([])
  })

  it('keeps only the explicit month of "tháng 5 năm nay"', () => {
    const found = candidates('Hội chợ diễn ra vào tháng 5 năm nay tại Cần Thơ.').filter((c) => c.time)
    expect(found.map((c) => [spanText(c.a, c.answer), c.time?.year])).toEqual([['5', undefined]])
  })

  it('does not ask the year a figure is compared with', () => {
    expect(answers('GDP tăng 5,05% so với năm 2022 theo số liệu mới.', 'date')).toEqual([])
  })

  it('accepts other ways to write a date', () => {
    const [c] = candidates('Thỏa thuận được ký ngày 10 tháng 11 năm 2020 tại Moskva.', 'date')
    expect(c?.accepted).toContain('10/11/2020')
    const [century] = candidates('Vào thế kỷ XVI, Copernicus đưa ra thuyết nhật tâm.', 'period')
    expect(century?.accepted).toEqual(expect.arrayContaining(['16', 'thế kỷ 16', 'thế kỉ XVI']))
  })
})

describe('counts and amounts', () => {
  it.each([
    ['a number word', 'Azerbaijan mất bảy vùng lân cận trong cuộc chiến.', 'bảy', 7, 'vùng'],
    ['thousands', 'Hơn 2.000 binh sĩ được triển khai tới khu vực.', '2.000', 2000, 'binh'],
    ['a percentage', 'GDP năm 2023 tăng 5,05% so với năm trước.', '5,05', 5.05, '%'],
    ['an amount with a scale', 'Kim ngạch xuất khẩu đạt 355,5 tỷ USD trong năm.', '355,5', 355.5, 'tỷ usd'],
    ['a compound number word', 'Đoàn có hai mươi lăm vận động viên tham dự giải.', 'hai mươi lăm', 25, 'vận'],
  ])('%s', (_, text, answer, value, unit) => {
    const [c] = candidates(text, 'number')
    expect(c && spanText(c.a, c.answer)).toBe(answer)
    expect(c?.count?.value).toBe(value)
    expect(c?.count?.unit).toBe(unit === '%' ? '%' : keyOf(unit))
  })

  it.each([
    ['an ordinal', 'Đây là lần thứ hai đội giành chức vô địch khu vực.'],
    ['"cả hai" (both)', 'Giải pháp được cả hai bên chấp nhận sau nhiều vòng.'],
    ['"một" (a)', 'Họ ký một văn kiện quan trọng về hợp tác.'],
    ['a year', 'Năm 2020 là năm khó khăn với nhiều doanh nghiệp.'],
    ['a count the listed names give away', 'Sông chảy qua ba nước: Lào, Campuchia và Việt Nam.'],
    ['a number that is part of a name', 'Năm 2012, tàu Voyager 1 rời khỏi nhật quyển của Mặt Trời.'],
    ['a count two numbered names give away', 'Cơ quan này phóng hai tàu thăm dò Voyager 1 và Voyager 2.'],
  ])('no count from %s', (_, text) => {
    expect(candidates(text, 'number')).toEqual([])
  })

  it('asks no count the listed figures give away', () => {
    const found = candidates('Cô giành bốn huy chương ở các nội dung 1.500 m, 5.000 m, 10.000 m và 3.000 m.', 'number')
    expect(found.map((c) => c.count?.value)).not.toContain(4)
  })

  it('reads "18 tháng" as a length, not a date', () => {
    const found = candidates('Kế hoạch đặt mục tiêu trong vòng 18 tháng.')
    expect(found.filter((c) => c.time)).toEqual([])
    expect(found.map((c) => c.count?.value)).toEqual([18])
  })

  it('asks no count the list after it gives away', () => {
    const found = candidates('Ông còn để lại ba tập thơ chữ Hán là Thanh Hiên thi tập, Nam trung tạp ngâm và Bắc hành tạp lục.', 'number')
    expect(found).toEqual([])
  })

  it.each(['khoảng 16.200 quân', 'hơn 2.000 binh sĩ', 'chưa đến 100 ca', 'không quá 50 người', 'ít nhất 7 triệu người'])('"%s" is approximate', (phrase) => {
    expect(candidates(`Theo báo cáo, có ${phrase} trong đợt này.`, 'number')[0]?.count?.approximate).toBe(true)
  })

  it('marks "khoảng" and "hơn" as approximate', () => {
    expect(candidates('Lực lượng đồn trú có khoảng 16.200 quân.', 'number')[0]?.count?.approximate).toBe(true)
    expect(candidates('Tập đoàn cứ điểm gồm 49 cứ điểm kiên cố.', 'number')[0]?.count?.approximate).toBe(false)
  })

  it('accepts figures for words and words for figures', () => {
    expect(candidates('Azerbaijan mất bảy vùng lân cận trong cuộc chiến.', 'number')[0]?.accepted).toContain('7')
    expect(candidates('Hơn 2.000 binh sĩ được triển khai tới khu vực.', 'number')[0]?.accepted).toEqual(expect.arrayContaining(['2000', 'hai nghìn']))
  })
})

describe('who holds which office', () => {
  it.each([
    ['Tổng thống Nga Vladimir Putin đã phát biểu tại hội nghị.', 'Vladimir Putin', 'Tổng thống Nga'],
    ['Hôm nay tại Sochi Thủ tướng Armenia Nikol Pashinyan đã tới.', 'Nikol Pashinyan', 'Thủ tướng Armenia'],
    ['Bộ trưởng Ngoại giao Nga Sergei Lavrov cho biết như vậy.', 'Sergei Lavrov', 'Bộ trưởng Ngoại giao Nga'],
    ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.', 'Nguyễn Văn Hùng', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
    ['Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng cho biết như vậy.', 'Nguyễn Thị Hồng', 'Thống đốc Ngân hàng Nhà nước Việt Nam'],
    ['Chủ tịch Ủy ban Olympic Quốc tế Thomas Bach đã đến Hà Nội.', 'Thomas Bach', 'Chủ tịch Ủy ban Olympic Quốc tế'],
    ['Ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, cho biết như vậy.', 'Nguyễn Văn An', 'Giám đốc Sở Y tế Hà Nội'],
    ['Nhà thơ Tố Hữu đã viết bài thơ này năm 1954.', 'Tố Hữu', 'nhà thơ'],
    ['Quân đội bắt sống tướng de Castries cùng ban tham mưu.', 'de Castries', 'tướng'],
    ['Ông được nhà thiên văn học người Mỹ Clyde Tombaugh phát hiện.', 'Clyde Tombaugh', 'nhà thiên văn học người Mỹ'],
    ['Sự kiện có sự tham dự của cựu Tổng thống Mỹ Barack Obama.', 'Barack Obama', 'cựu Tổng thống Mỹ'],
  ])('%s', (text, person, label) => {
    const offices = candidates(text, 'office').map((c) => [c.office?.person, c.office?.label])
    expect(offices).toContainEqual([person, label])
  })

  it('never makes a former holder the holder, nor one of many', () => {
    const [c] = candidates('Sự kiện có sự tham dự của cựu Tổng thống Mỹ Barack Obama.', 'office')
    expect(c?.office?.single).toBe(false)
  })

  it('finds no person in a title alone', () => {
    expect(candidates('Tổng thống Nga đã phát biểu tại hội nghị thượng đỉnh.', 'office')).toEqual([])
  })
})

describe('places, abbreviations, lists and definitions', () => {
  it.each([
    ['Hôm nay tại Sochi các nhà lãnh đạo đã hội đàm.', 'Sochi', 'đâu'],
    ['Vườn quốc gia nằm ở huyện Tam Nông của tỉnh Đồng Tháp.', 'Tam Nông', 'huyện nào'],
    ['Phú Quốc là hòn đảo lớn, thuộc tỉnh Kiên Giang.', 'Kiên Giang', 'tỉnh nào'],
  ])('place: %s', (text, answer, wh) => {
    const c = candidates(text, 'place').find((x) => spanText(x.a, x.answer) === answer)
    expect(c?.wh).toBe(wh)
  })

  it('a named event after "tại" is not a place', () => {
    expect(candidates('Ông phát biểu tại Hội nghị Genève về Đông Dương.', 'place')).toEqual([])
  })

  it.each([
    ['Tổ chức Y tế Thế giới (WHO) khuyến cáo tiêm vắc-xin.', 'WHO', 'Tổ chức Y tế Thế giới', false],
    ['Theo đó, tổng sản phẩm trong nước (GDP) tăng mạnh.', 'GDP', 'tổng sản phẩm trong nước', true],
    ['Cơ quan Hàng không và Vũ trụ Hoa Kỳ (NASA) phóng tàu.', 'NASA', 'Cơ quan Hàng không và Vũ trụ Hoa Kỳ', false],
    ['Họ nói NKR (Cộng hòa Nagorno-Karabakh tự xưng) không tham gia.', 'NKR', 'Cộng hòa Nagorno-Karabakh tự xưng', false],
    ['Năm 2015, Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) vinh danh ông.', 'UNESCO', 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', false],
  ])('abbreviation: %s', (text, short, long, guessed) => {
    const [c] = candidates(text, 'abbreviation')
    expect([c?.abbreviation?.short, c?.abbreviation?.long, c?.abbreviation?.guessed]).toEqual([short, long, guessed])
  })

  it.each([
    ['Nhóm do ba đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu.', ['Nga', 'Mỹ', 'Pháp'], 'country'],
    ['Yerevan cũng chuyển các vùng Kalbajar, Lachin và Aghdam cho Baku.', ['Kalbajar', 'Lachin', 'Aghdam'], 'place'],
    ['Sông chia thành sông Tiền, sông Hàm Luông và sông Hậu.', ['Tiền', 'Hàm Luông', 'Hậu'], 'place'],
  ])('list: %s', (text, items, type) => {
    const [c] = candidates(text, 'list')
    expect(c?.list?.items.map((i) => i.text)).toEqual(items)
    expect(c?.list?.itemType).toBe(type)
  })

  it('is no list: a name before "đó là" and the names after it', () => {
    const [c] = candidates('Xếp theo khoảng cách tới Mặt Trời, đó là Sao Thủy, Sao Kim, Trái Đất và Sao Hỏa.', 'list')
    expect(c?.list?.items.map((i) => i.text)).toEqual(['Sao Thủy', 'Sao Kim', 'Trái Đất', 'Sao Hỏa'])
  })

  it('reads a name written like a body after a capitalised place word', () => {
    const [c] = candidates('Chủ tịch nước tuyên bố khai mạc tại Sân vận động Quốc gia Mỹ Đình vào buổi tối.', 'place')
    expect(c && spanText(c.a, c.answer)).toBe('Sân vận động Quốc gia Mỹ Đình')
  })

  it('takes no place from a head word with no name after it ("Đại hội đồng")', () => {
    expect(candidates('Tháng 8 năm 2006, tại Đại hội đồng họp ở Praha, các nhà khoa học bỏ phiếu.', 'place').map((c) => spanText(c.a, c.answer))).toEqual(['Praha'])
  })

  it('is no list: a clause ending in a name, then a subject of two', () => {
    expect(candidates('Với vai trò trung gian của Moskva, Azerbaijan và Armenia đã đồng ý ngừng bắn.', 'list')).toEqual([])
  })

  it('definition with the name first, unique or not', () => {
    const [unique] = candidates('Sao Mộc là hành tinh lớn nhất của Hệ Mặt Trời.', 'definition')
    expect([unique?.definition?.subject, unique?.definition?.unique]).toEqual(['Sao Mộc', true])
    const [plain] = candidates('Chợ nổi Cái Răng là một điểm du lịch nổi tiếng.', 'definition')
    expect(plain?.definition?.unique).toBe(false)
  })

  it('definition with the name last', () => {
    const [c] = candidates('Người chỉ huy tập đoàn cứ điểm là đại tá Christian de Castries.', 'definition')
    expect([c?.definition?.subject, c?.definition?.nameFirst]).toEqual(['Christian de Castries', false])
  })
})
