/**
 * Rules found by reading the generator's first run on public texts it had not seen (Vietnamese
 * Wikipedia, tests/fixtures/articles/unseen2) and on a news report read before them. Each case is a
 * sentence of the kind that went wrong, reworded, with the rule it needs.
 */
import { describe, expect, it } from 'vitest'
import { readText } from '@/domain/generate/generate'
import { text as spanText, type Candidate } from '@/domain/generate/candidates'

function candidates(text: string, kind?: Candidate['kind']): Candidate[] {
  return readText(text).candidates.filter((c) => !kind || c.kind === kind)
}

const answers = (text: string, kind: Candidate['kind']) => candidates(text, kind).map((c) => spanText(c.a, c.answer))

describe('names glued together', () => {
  it('splits a country from a foreign name written right after it ("tại Việt Nam Huawei Device")', () => {
    const text = 'Tuy nhiên từ năm 2012 tại Việt Nam Huawei Device là nhà cung cấp thiết bị chính cho Viettel và MobiFone.'
    const places = answers(text, 'place')
    expect(places).not.toContain('Việt Nam Huawei Device')
    expect(places).toContain('Việt Nam')
  })

  it('reads "Đại sứ A tại B" and the person after it', () => {
    const text = 'Đại sứ Nhật Bản tại Việt Nam Ito Naoki đã dự lễ khánh thành tuyến đường sắt.'
    expect(answers(text, 'place')).not.toContain('Việt Nam Ito Naoki')
    const office = candidates(text, 'office')[0]?.office
    expect(office?.person).toBe('Ito Naoki')
    expect(office?.label).toBe('Đại sứ Nhật Bản tại Việt Nam')
  })
})

describe('names of bodies with a lower-case run inside', () => {
  it.each([
    ['Công ty Đường sắt đô thị Cần Thơ (CMRC) vận hành tuyến metro số 1.', 'CMRC', 'Công ty Đường sắt đô thị Cần Thơ'],
    ['Sân bay thuộc sự quản lý của Tổng công ty cảng hàng không Việt Nam (ACV), trực thuộc Bộ Giao thông Vận tải.', 'ACV', 'Tổng công ty cảng hàng không Việt Nam'],
  ])('spell out an abbreviation from the head word: %s', (text, short, long) => {
    const found = candidates(text, 'abbreviation').map((c) => [c.abbreviation?.short, c.abbreviation?.long])
    expect(found).toContainEqual([short, long])
  })

  it('finds the holder of an office whose body has a lower-case run', () => {
    const text = 'Tổng giám đốc Công ty Đường sắt đô thị Cần Thơ Trần Văn Minh cho biết tuyến sẽ mở vào tháng 5.'
    const office = candidates(text, 'office')[0]?.office
    expect(office?.person).toBe('Trần Văn Minh')
    expect(office?.label).toBe('Tổng giám đốc Công ty Đường sắt đô thị Cần Thơ')
  })

  it('does not read a verb and a name as the rest of a body', () => {
    const offices = candidates('Giám đốc Sở Y tế cảm ơn Nguyễn Văn An vì đã hiến máu nhiều lần.', 'office')
    expect(offices.map((c) => c.office?.person)).not.toContain('Nguyễn Văn An')
  })
})

describe('lists', () => {
  it('are no list of countries when some items are not countries ("Wijchen, Hà Lan, Karachi và Lahore")', () => {
    const lists = candidates('Công ty có trung tâm ở Ottawa, Canada, Bangalore, Ấn Độ, Wijchen, Hà Lan, Karachi và Lahore, Pakistan.', 'list')
    for (const l of lists) {
      if (l.list?.itemType === 'country') expect(l.list.items.map((i) => i.text)).not.toContain('Wijchen')
    }
  })
})

