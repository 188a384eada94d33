import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlTitle, htmlToText, markdownToText, prepareText, utf8Length } from '@/domain/generate/text'

describe('prepareText', () => {
  it.each([
    ['decomposed marks become NFC', 'Ho\u0300a bi\u0300nh', 'Hòa bình'],
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['invisible characters go', 'Hà\u200b Nội\ufeff', 'Hà Nội'],
    ['wide and no-break spaces become spaces', 'Hà\u00a0Nội\u3000x', 'Hà Nội x'],
    ['control characters become spaces', 'a\u0007b', 'a b'],
    ['plain NFC text is unchanged', 'Tổng thống Nga.\nHết.', 'Tổng thống Nga.\nHết.'],
  ])('%s', (_, input, expected) => {
    expect(prepareText(input)).toBe(expected)
  })
})

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['đ', 2],
    ['ộ', 3],
    ['😀', 4],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes)
  })
})

describe('htmlToText', () => {
  it('drops scripts, styles, comments and the head, keeps paragraphs as lines', () => {
    const html = `<!DOCTYPE html><html><head><title>Tin</title><style>p{color:red}</style></head>
      <body><script>alert("<p>không</p>")</script><!-- ghi chú -->
      <h1>Hội nghị</h1><p>Thủ tướng <b>Phạm Minh Chính</b> dự.</p><p>Hết&nbsp;tin &amp; ảnh.</p></body></html>`
    expect(htmlToText(html)).toBe('Hội nghị\nThủ tướng Phạm Minh Chính dự.\nHết tin & ảnh.')
  })

  it.each([
    ['named entities for Vietnamese letters', '<p>H&agrave; N&ocirc;i</p>', 'Hà Nôi'],
    ['numeric entities', '<p>&#272;&#x1EA1;i</p>', 'Đại'],
    ['an unknown entity stays as written', '<p>a &foo; b</p>', 'a &foo; b'],
    ['a lone "<" stays', '<p>3 < 5</p>', '3 < 5'],
    ['line breaks', 'a<br>b<br/>c', 'a\nb\nc'],
    ['list items on lines', '<ul><li>Một</li><li>Hai</li></ul>', 'Một\nHai'],
    ['table cells apart', '<table><tr><td>A</td><td>B</td></tr></table>', 'A B'],
    ['an unclosed script ends the text', '<p>Trước</p><script>x', 'Trước'],
  ])('%s', (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })

  it('reads the title', () => {
    expect(htmlTitle('<html><head><title> Kinh tế &amp; xã hội </title></head></html>')).toBe('Kinh tế & xã hội')
    expect(htmlTitle('<p>no title</p>')).toBe('')
  })

  it('decodes entities in one pass', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;')
  })
})

describe('markdownToText', () => {
  it('keeps headings, list items and text; drops marks, code and link targets', () => {
    const md = [
      '# Sông Mê Kông',
      '',
      'Sông **Mê Kông** dài khoảng _4.350 km_, xem [bản đồ](https://example.org).',
      '',
      '- Trung Quốc',
      '- Lào',
      '',
      '```',
      'code()',
      '```',
      '> Trích dẫn.',
      '![ảnh](x.png)',
      '---',
    ].join('\n')
    expect(markdownToText(md)).toBe(
      'Sông Mê Kông\n\nSông Mê Kông dài khoảng 4.350 km, xem bản đồ.\n\nTrung Quốc\nLào\n\nTrích dẫn.',
    )
  })

  it('keeps table cells as words', () => {
    expect(markdownToText('| Nước | Thủ đô |\n| --- | --- |\n| Lào | Viêng Chăn |')).toBe('Nước Thủ đô\nLào Viêng Chăn')
  })
})

describe('htmlToText on a saved news page', () => {
  const story = '<h1>Khánh thành cầu Cần Thơ</h1><p>Cầu Cần Thơ được khánh thành ngày 24 tháng 4 năm 2010.</p><p>Cầu dài 2,75 km.</p>'
  const storyText = 'Khánh thành cầu Cần Thơ\nCầu Cần Thơ được khánh thành ngày 24 tháng 4 năm 2010.\nCầu dài 2,75 km.'
  const menu = '<div class="menu" role="navigation"><ul><li><a href="/">Trang chủ</a></li><li><div><a href="/tg">Thế giới</a></div></li></ul></div>'
  const related = '<aside class="related"><h3>Tin liên quan</h3><ul><li><article><a href="/x">Khởi công cầu Mỹ Thuận 2</a></article></li></ul></aside>'
  const comments = '<section class="comments" role="complementary"><h3>Bình luận</h3><div><p>Bạn đọc Nam: Tuyệt vời quá!</p></div></section>'
  const footer = '<footer><p>© 2023 Báo Điện tử. Giấy phép số 123/GP-BTTTT cấp ngày 1/1/2020.</p></footer>'
  const contentinfo = '<div role="contentinfo"><div><p>Tổng biên tập: Nguyễn Văn A. Giấy phép số 456/GP-BTTTT ngày 2/2/2021.</p></div></div>'
  it.each([
    ['an article among menus, related links, comments and a footer', `<html><head><title>Tin</title></head><body><header>${menu}</header><main><article>${story}</article>${related}${comments}</main>${footer}</body></html>`],
    ['a main without an article', `<body>${menu}<main>${story}</main><div class="sidebar"><p>Xem nhiều nhất: Giá vàng hôm nay tăng mạnh.</p></div>${footer}</body>`],
    ['no article nor main: footer, aside and ARIA roles still skipped', `<body>${menu}<div id="content">${story}</div>${related}${comments}${contentinfo}</body>`],
    ['the longest of several articles (cards of other stories are articles too)', `<body><div class="trending"><article><a href="/y">Bão số 3 đổ bộ</a></article></div><article>${story}</article>${footer}</body>`],
    ['an article with a footer of its own and a nested menu of the same tag', `<body><article>${story}<footer><p>Tác giả: Lan Anh. Cập nhật 10:30 ngày 24/4/2010.</p></footer></article><div role="navigation"><div><div>Trang 1</div></div></div>${footer}</body>`],
  ])('%s', (_, html) => {
    expect(htmlToText(html)).toBe(storyText)
  })
})
