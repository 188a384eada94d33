import { describe, expect, it } from 'vitest'
import { splitSentences } from '@/domain/generate/sentences'

const texts = (text: string) => splitSentences(text).map((s) => s.text)

describe('splitSentences: the stops Vietnamese does not end a sentence with', () => {
  it.each([
    ['TP.', 'Hội nghị diễn ra tại TP. Hồ Chí Minh. Sau đó đoàn về Hà Nội.', ['Hội nghị diễn ra tại TP. Hồ Chí Minh.', 'Sau đó đoàn về Hà Nội.']],
    ['GS.', 'GS. Ngô Bảo Châu sinh năm 1972. Ông là nhà toán học.', ['GS. Ngô Bảo Châu sinh năm 1972.', 'Ông là nhà toán học.']],
    ['TS.', 'Theo TS. Lê Văn A, giá tăng. Thị trường ổn định.', ['Theo TS. Lê Văn A, giá tăng.', 'Thị trường ổn định.']],
    ['PGS.TS.', 'PGS.TS. Trần B phát biểu. Hội thảo kết thúc.', ['PGS.TS. Trần B phát biểu.', 'Hội thảo kết thúc.']],
    ['ThS. and BS.', 'ThS. Lê C và BS. Phạm D tham dự. Buổi họp kéo dài.', ['ThS. Lê C và BS. Phạm D tham dự.', 'Buổi họp kéo dài.']],
    ['Q. and P.', 'Trụ sở ở P. Bến Nghé, Q. 1. Nhân viên đông.', ['Trụ sở ở P. Bến Nghé, Q. 1.', 'Nhân viên đông.']],
    ['St.', 'Ông sống ở St. Petersburg. Sau đó chuyển đi.', ['Ông sống ở St. Petersburg.', 'Sau đó chuyển đi.']],
    ['v.v. inside a sentence', 'Gạo, cà phê v.v. đều tăng giá. Xuất khẩu tăng.', ['Gạo, cà phê v.v. đều tăng giá.', 'Xuất khẩu tăng.']],
    ['v.v. at the end of a sentence', 'Họ bán gạo, cà phê, v.v. Năm 2020 giá tăng.', ['Họ bán gạo, cà phê, v.v.', 'Năm 2020 giá tăng.']],
    ['thousands and decimals', 'Có 1.000 người, tăng 10.5 lần và 2,5%. Hết.', ['Có 1.000 người, tăng 10.5 lần và 2,5%.', 'Hết.']],
    ['an initial after a title', 'Tổng thống V. Putin đã đến. Ông phát biểu.', ['Tổng thống V. Putin đã đến.', 'Ông phát biểu.']],
    ['an initial after a name word', 'Nhà văn Lev N. Tolstoy viết nhiều. Ông nổi tiếng.', ['Nhà văn Lev N. Tolstoy viết nhiều.', 'Ông nổi tiếng.']],
    ['a capital letter that ends a sentence', 'Cam giàu vitamin C. Ngoài ra còn có chất xơ.', ['Cam giàu vitamin C.', 'Ngoài ra còn có chất xơ.']],
    ['a quotation going on in lower case', 'Ông nói: "Tốt lắm!" rồi rời đi. Họ vỗ tay.', ['Ông nói: "Tốt lắm!" rồi rời đi.', 'Họ vỗ tay.']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected)
  })
})

describe('splitSentences: lines, headings and offsets', () => {
  it('splits lines first: a heading is a sentence of its own', () => {
    const s = splitSentences('Xung đột ở Nagorno-Karabakh\nAzerbaijan mất quyền kiểm soát. Các bên đàm phán.')
    expect(s.map((x) => [x.text, x.heading, x.line, x.paragraph])).toEqual([
      ['Xung đột ở Nagorno-Karabakh', true, 0, 0],
      ['Azerbaijan mất quyền kiểm soát.', false, 1, 1],
      ['Các bên đàm phán.', false, 1, 1],
    ])
  })

  it('reads a wrapped paragraph as one, keeping the line break in the sentence', () => {
    const text = 'Chiến dịch diễn ra từ ngày 13 tháng 3\nđến ngày 7 tháng 5 năm 1954. Sau đó là hòa bình.'
    expect(texts(text)).toEqual(['Chiến dịch diễn ra từ ngày 13 tháng 3\nđến ngày 7 tháng 5 năm 1954.', 'Sau đó là hòa bình.'])
  })

  it('drops list bullets from the start of a sentence', () => {
    expect(texts('- Việt Nam giành 205 huy chương vàng.\n• Thái Lan đứng thứ hai.')).toEqual([
      'Việt Nam giành 205 huy chương vàng.',
      'Thái Lan đứng thứ hai.',
    ])
  })

  it('gives offsets that cut each sentence out of the text', () => {
    const text = '  Hôm nay trời đẹp.  Ngày mai mưa.\n\n\nTIÊU ĐỀ\n- Một ý nữa ở đây.'
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('numbers sentences in reading order', () => {
    expect(splitSentences('A b c d. E f g h.\nI j k l.').map((s) => s.index)).toEqual([0, 1, 2])
  })
})
