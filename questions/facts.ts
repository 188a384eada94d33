/**
 * Every fact the article states, curated by hand. The generator turns these into questions; the
 * rules they follow are in docs/bank.md. In short: quote the article exactly, assert only what it
 * says, make every wrong option a confusion a learner really makes and every false statement one the
 * text contradicts (with the words that contradict it), and keep prompts short.
 */
import type { CuratedFact } from './generator/curated'

export const FACTS: readonly CuratedFact[] = [
  // ── Sentence 7: the talks in Sochi and who took part ──────────────────────────────────────────
  {
    id: 'f-sochi-place',
    kind: 'place',
    topic: 'sochi-talks',
    statement: 'Putin, Aliyev và Pashinyan hội đàm tại Sochi.',
    quote: 'Hôm nay tại Sochi Tổng thống Nga Vladimir Putin đã hội đàm',
    ask: {
      prompt: 'Putin, Aliyev và Pashinyan hội đàm ở đâu?',
      answer: 'Sochi',
      // Moskva is the learner's likely guess for talks hosted by Russia.
      distractors: ['Moskva', 'Yerevan', 'Baku'],
      typed: 'Cuộc hội đàm mà bài báo đưa tin diễn ra ở đâu?',
    },
    cloze: { span: 'Sochi' },
    falses: [{ statement: 'Putin, Aliyev và Pashinyan hội đàm tại Moskva.', says: 'Sochi', not: 'Moskva', why: 'place' }],
  },
  {
    id: 'f-sochi-talks-held',
    kind: 'action',
    topic: 'sochi-talks',
    statement: 'Tại Sochi, Putin hội đàm với cả Aliyev và Pashinyan.',
    quote:
      'Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan',
    front: 'Tại Sochi, Putin hội đàm với những ai?',
    // The true statement would repeat f-sochi-place's; the false one asks who took part.
    tfTrue: false,
    falses: [
      {
        statement: 'Tại Sochi, Putin chỉ hội đàm với Aliyev.',
        says: 'hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan',
        not: 'chỉ hội đàm với Aliyev',
        why: 'only',
      },
    ],
  },
  {
    id: 'f-putin-office',
    kind: 'office',
    topic: 'sochi-talks',
    statement: 'Vladimir Putin là Tổng thống Nga.',
    quote: 'Tổng thống Nga Vladimir Putin',
    ask: {
      prompt: 'Vladimir Putin giữ chức vụ gì?',
      answer: 'Tổng thống Nga',
      distractors: ['Thủ tướng Nga', 'Tổng thống Azerbaijan', 'Thủ tướng Armenia'],
    },
    cloze: { span: 'Tổng thống Nga' },
    falses: [{ statement: 'Vladimir Putin là Thủ tướng Nga.', says: 'Tổng thống Nga', not: 'Thủ tướng Nga', why: 'office' }],
  },
  {
    id: 'f-aliyev-office',
    kind: 'office',
    topic: 'sochi-talks',
    statement: 'Ilham Aliyev là Tổng thống Azerbaijan.',
    quote: 'Tổng thống Azerbaijan Ilham Aliyev',
    sentence: 7,
    ask: {
      prompt: 'Ilham Aliyev giữ chức vụ gì?',
      answer: 'Tổng thống Azerbaijan',
      distractors: ['Thủ tướng Azerbaijan', 'Tổng thống Armenia', 'Thủ tướng Armenia'],
    },
    cloze: { span: 'Tổng thống Azerbaijan' },
    falses: [
      { statement: 'Ilham Aliyev là Thủ tướng Azerbaijan.', says: 'Tổng thống Azerbaijan', not: 'Thủ tướng Azerbaijan', why: 'office' },
    ],
  },
  {
    id: 'f-pashinyan-office',
    kind: 'office',
    topic: 'sochi-talks',
    statement: 'Nikol Pashinyan là Thủ tướng Armenia.',
    quote: 'Thủ tướng Armenia Nikol Pashinyan',
    sentence: 7,
    ask: {
      prompt: 'Nikol Pashinyan giữ chức vụ gì?',
      answer: 'Thủ tướng Armenia',
      distractors: ['Tổng thống Armenia', 'Thủ tướng Azerbaijan', 'Tổng thống Azerbaijan'],
    },
    cloze: { span: 'Thủ tướng Armenia' },
    falses: [
      { statement: 'Nikol Pashinyan là Tổng thống Armenia.', says: 'Thủ tướng Armenia', not: 'Tổng thống Armenia', why: 'office' },
    ],
  },
  {
    id: 'f-leaders-offices',
    kind: 'pairs',
    topic: 'sochi-talks',
    statement:
      'Ba nhà lãnh đạo hội đàm tại Sochi là Tổng thống Nga Vladimir Putin, Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan.',
    quote:
      'Tổng thống Nga Vladimir Putin đã hội đàm với Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan',
    front: 'Ba nhà lãnh đạo hội đàm tại Sochi là ai, giữ chức vụ gì?',
    tfTrue: false,
    pairs: {
      prompt: 'Nối mỗi nhà lãnh đạo với chức vụ của ông.',
      leftLabel: 'Nhà lãnh đạo',
      rightLabel: 'Chức vụ',
      pairs: [
        { left: 'Vladimir Putin', right: 'Tổng thống Nga' },
        { left: 'Ilham Aliyev', right: 'Tổng thống Azerbaijan' },
        { left: 'Nikol Pashinyan', right: 'Thủ tướng Armenia' },
      ],
    },
  },
  // ── Sentence 0: what the two leaders welcomed ────────────────────────────────────────────────
  {
    id: 'f-welcome-russia-readiness',
    kind: 'action',
    topic: 'commitments',
    statement:
      'Aliyev và Pashinyan hoan nghênh việc Nga sẵn sàng thúc đẩy bình thường hóa quan hệ giữa Yerevan và Baku.',
    quote: 'hoan nghênh việc Nga sẵn sàng thúc đẩy việc bình thường hóa quan hệ giữa Yerevan và Baku',
    ask: {
      prompt: 'Aliyev và Pashinyan hoan nghênh điều gì?',
      answer: 'Nga sẵn sàng thúc đẩy việc bình thường hóa quan hệ giữa Yerevan và Baku',
      // Who is ready × to do what: each part of the key is in exactly half the options.
      distractors: [
        'Nhóm OSCE Minsk sẵn sàng thúc đẩy việc bình thường hóa quan hệ giữa Yerevan và Baku',
        'Nga sẵn sàng triển khai thêm lực lượng gìn giữ hòa bình trong khu vực',
        'Nhóm OSCE Minsk sẵn sàng triển khai lực lượng gìn giữ hòa bình trong khu vực',
      ],
    },
    cloze: { span: 'Nga' },
  },
  {
    id: 'f-normalisation-yerevan-baku',
    kind: 'action',
    topic: 'commitments',
    statement: 'Nga sẵn sàng thúc đẩy bình thường hóa quan hệ giữa Yerevan và Baku.',
    quote: 'Nga sẵn sàng thúc đẩy việc bình thường hóa quan hệ giữa Yerevan và Baku',
    ask: {
      prompt: 'Nga sẵn sàng thúc đẩy bình thường hóa quan hệ giữa ai với ai?',
      answer: 'Yerevan và Baku',
      exclude: ['Armenia và Azerbaijan', 'Azerbaijan và Armenia', 'Baku và Yerevan'],
      distractors: ['Baku và NKR', 'Moskva và Yerevan', 'Moskva và Baku'],
    },
    cloze: { span: 'bình thường hóa quan hệ' },
    // f-welcome-russia-readiness states the same sentence as true/false.
    tfTrue: false,
  },
  // ── Sentence 1: the Russian peacekeepers' contribution ───────────────────────────────────────
  {
    id: 'f-peacekeepers-contribution-noted',
    kind: 'action',
    topic: 'moscow-role',
    statement: 'Các bên ghi nhận đóng góp quan trọng của lực lượng gìn giữ hòa bình Nga.',
    quote: 'Các bên ghi nhận đóng góp quan trọng của lực lượng gìn giữ hòa bình Nga',
    ask: {
      prompt: 'Các bên ghi nhận đóng góp quan trọng của ai?',
      answer: 'lực lượng gìn giữ hòa bình Nga',
      distractors: ['Nhóm OSCE Minsk', 'Mỹ và Pháp', 'lực lượng gìn giữ hòa bình của Nhóm OSCE Minsk'],
    },
    cloze: { span: 'Nga' },
    // f-peacekeepers-security states the whole sentence, attribution kept.
    tfTrue: false,
  },
  {
    id: 'f-peacekeepers-security',
    kind: 'action',
    topic: 'moscow-role',
    statement:
      'Các bên ghi nhận đóng góp của lực lượng gìn giữ hòa bình Nga trong việc đảm bảo an ninh ở khu vực.',
    quote: 'lực lượng gìn giữ hòa bình Nga trong việc đảm bảo an ninh ở khu vực này',
    ask: {
      prompt: 'Các bên ghi nhận lính gìn giữ hòa bình Nga góp phần vào việc gì?',
      answer: 'đảm bảo an ninh ở khu vực',
      distractors: [
        'trao đổi tù binh và thi thể',
        'chuẩn bị ký kết hiệp định hòa bình',
        'chuyển giao các vùng Kalbajar, Lachin và Aghdam',
      ],
    },
    cloze: { span: 'an ninh' },
  },
  // ── Sentence 2: force renounced, sovereignty recognised ───────────────────────────────────────
  {
    id: 'f-renounce-force',
    kind: 'action',
    topic: 'commitments',
    statement: 'Lãnh đạo Armenia và Azerbaijan nhất trí từ bỏ việc sử dụng vũ lực.',
    quote: 'Các nhà lãnh đạo Armenia và Azerbaijan nhất trí từ bỏ việc sử dụng vũ lực',
    // No multiple choice: the only warlike option would be the key.
    ask: {
      prompt: 'Lãnh đạo Armenia và Azerbaijan nhất trí từ bỏ điều gì?',
      answer: 'việc sử dụng vũ lực',
      accepted: ['sử dụng vũ lực', 'dùng vũ lực', 'vũ lực'],
      mcq: false,
      typed: true,
    },
    cloze: { span: 'vũ lực' },
  },
  {
    id: 'f-mutual-sovereignty',
    kind: 'action',
    topic: 'commitments',
    statement:
      'Lãnh đạo Armenia và Azerbaijan thống nhất giải quyết các vấn đề trên cơ sở công nhận chủ quyền của nhau.',
    quote: 'thống nhất giải quyết các vấn đề trên cơ sở công nhận chủ quyền của nhau',
    ask: {
      prompt: 'Armenia và Azerbaijan thống nhất giải quyết các vấn đề trên cơ sở nào?',
      answer: 'công nhận chủ quyền của nhau',
      accepted: ['công nhận chủ quyền', 'chủ quyền của nhau'],
      // Each side's own position (sentence 12) is the confusion to test.
      distractors: [
        'toàn vẹn lãnh thổ của Azerbaijan',
        'lợi ích của nước cộng hòa chưa được công nhận',
        'các đề xuất của Nhóm OSCE Minsk',
      ],
      typed: { prompt: 'Armenia và Azerbaijan thống nhất công nhận điều gì của nhau?', answer: 'chủ quyền' },
    },
    cloze: { span: 'chủ quyền' },
  },
  // ── Sentence 3: the peace treaty ──────────────────────────────────────────────────────────────
  {
    id: 'f-peace-treaty-preparation',
    kind: 'action',
    topic: 'commitments',
    statement:
      'Putin, Pashinyan và Aliyev nhấn mạnh tầm quan trọng của việc chuẩn bị ký kết hiệp định hòa bình giữa Armenia và Azerbaijan.',
    quote:
      'nhấn mạnh tầm quan trọng của công tác chuẩn bị tích cực cho việc ký kết hiệp định hòa bình giữa Armenia và Azerbaijan',
    ask: {
      prompt: 'Putin, Pashinyan và Aliyev nhấn mạnh việc chuẩn bị ký kết gì?',
      answer: 'hiệp định hòa bình',
      distractors: ['thỏa thuận ngừng bắn mới', 'hiệp định về lực lượng gìn giữ hòa bình', 'hiệp ước chuyển giao các vùng lân cận'],
      typed: 'Văn kiện nào giữa Armenia và Azerbaijan được chuẩn bị ký kết?',
    },
    cloze: { span: 'hiệp định hòa bình' },
    // f-peace-treaty-preparation-purpose states the sentence as true/false.
    tfTrue: false,
  },
  {
    id: 'f-peace-treaty-preparation-purpose',
    kind: 'action',
    topic: 'commitments',
    statement:
      'Putin, Pashinyan và Aliyev nhấn mạnh tầm quan trọng của công tác chuẩn bị tích cực cho việc ký kết hiệp định hòa bình.',
    quote: 'công tác chuẩn bị tích cực cho việc ký kết hiệp định hòa bình giữa Armenia và Azerbaijan',
    front: 'Ba nhà lãnh đạo nhấn mạnh tầm quan trọng của công tác gì?',
    cloze: { span: 'tích cực' },
  },
  {
    id: 'f-peace-treaty-parties',
    kind: 'action',
    topic: 'commitments',
    statement: 'Hiệp định hòa bình được chuẩn bị ký kết là giữa Armenia và Azerbaijan.',
    quote: 'hiệp định hòa bình giữa Armenia và Azerbaijan',
    ask: {
      prompt: 'Hiệp định hòa bình được chuẩn bị là giữa những nước nào?',
      answer: 'Armenia và Azerbaijan',
      accepted: ['Azerbaijan và Armenia'],
      exclude: ['Yerevan và Baku', 'Baku và Yerevan'],
      // The talks were trilateral; the treaty is not.
      distractors: ['Nga, Armenia và Azerbaijan', 'Nga và Armenia', 'Nga và Azerbaijan'],
    },
    tfTrue: false,
    falses: [
      {
        statement: 'Hiệp định hòa bình được chuẩn bị ký kết là giữa Nga, Armenia và Azerbaijan.',
        says: 'Armenia và Azerbaijan',
        not: 'Nga, Armenia và Azerbaijan',
        why: 'member',
      },
    ],
  },
  {
    id: 'f-three-leaders-stress',
    kind: 'action',
    topic: 'commitments',
    statement:
      'Cả ba vị Putin, Pashinyan và Aliyev cùng nhấn mạnh tầm quan trọng của việc chuẩn bị ký kết hiệp định hòa bình.',
    quote: 'Các vị Putin, Pashinyan và Aliyev nhấn mạnh tầm quan trọng',
    front: 'Ai nhấn mạnh việc chuẩn bị ký kết hiệp định hòa bình?',
    // No multiple choice: "all three" among subsets of them is the option that overlaps every other.
    tfTrue: false,
    falses: [
      {
        statement: 'Tại Sochi, chỉ riêng Putin nhấn mạnh tầm quan trọng của việc chuẩn bị ký kết hiệp định hòa bình.',
        says: 'Các vị Putin, Pashinyan và Aliyev',
        not: 'chỉ riêng Putin',
        why: 'only',
      },
    ],
  },
  // ── Sentence 4 and 5: solutions, Moscow's support ─────────────────────────────────────────────
  {
    id: 'f-mutually-acceptable-solutions',
    kind: 'action',
    topic: 'commitments',
    statement: 'Các nhà lãnh đạo ước định sẽ tiếp tục tìm kiếm các giải pháp được cả hai bên chấp nhận.',
    quote: 'Các nhà lãnh đạo ước định sẽ tiếp tục tìm kiếm các giải pháp được cả hai bên chấp nhận',
    ask: {
      prompt: 'Các nhà lãnh đạo ước định sẽ tiếp tục làm gì?',
      answer: 'tìm kiếm các giải pháp được cả hai bên chấp nhận',
      distractors: [
        'đàm phán trong khuôn khổ Nhóm OSCE Minsk',
        'triển khai thêm lực lượng gìn giữ hòa bình',
        'trao đổi tù binh và thi thể',
      ],
    },
  },
  {
    id: 'f-solutions-both-sides',
    kind: 'number',
    topic: 'commitments',
    statement: 'Các nhà lãnh đạo tìm kiếm giải pháp được cả hai bên chấp nhận.',
    quote: 'các giải pháp được cả hai bên chấp nhận',
    ask: {
      prompt: 'Giải pháp mà các nhà lãnh đạo tìm kiếm được mấy bên chấp nhận?',
      answer: 'hai',
      accepted: ['cả hai bên', 'hai bên', 'cả hai'],
      type: 'number',
      pool: 'number',
    },
    cloze: { span: 'cả hai bên', accepted: ['hai bên'] },
    tfTrue: false,
    falses: [
      {
        statement: 'Các nhà lãnh đạo tìm kiếm giải pháp được cả ba bên chấp nhận.',
        says: 'cả hai bên',
        not: 'cả ba bên',
        why: 'number',
      },
    ],
  },
  {
    id: 'f-moscow-support',
    kind: 'action',
    topic: 'moscow-role',
    statement: 'Moskva sẽ hỗ trợ mọi khả năng cho việc tìm kiếm các giải pháp được cả hai bên chấp nhận.',
    quote: 'Moskva sẽ hỗ trợ mọi khả năng cho việc này.',
    ask: {
      prompt: 'Ai sẽ hỗ trợ mọi khả năng cho việc tìm kiếm giải pháp?',
      answer: 'Moskva',
      // The Minsk Group and its other co-chairs: who else might back the search for solutions.
      distractors: ['Nhóm OSCE Minsk', 'Mỹ', 'Pháp'],
    },
    cloze: { span: 'Moskva', context: 'previous' },
  },
  {
    id: 'f-moscow-support-extent',
    kind: 'action',
    topic: 'moscow-role',
    statement: 'Moskva sẽ hỗ trợ bằng mọi khả năng.',
    quote: 'Moskva sẽ hỗ trợ mọi khả năng',
    ask: {
      prompt: 'Moskva sẽ hỗ trợ việc tìm kiếm giải pháp như thế nào?',
      answer: 'mọi khả năng',
      distractors: ['chỉ về mặt ngoại giao', 'chỉ khi Mỹ và Pháp đồng ý', 'trong giới hạn của Nhóm OSCE Minsk'],
    },
    cloze: { span: 'mọi khả năng', context: 'previous' },
    tfTrue: false,
  },
  // ── Sentence 6: commitment to the agreements ──────────────────────────────────────────────────
  {
    id: 'f-commit-to-agreements',
    kind: 'action',
    topic: 'commitments',
    statement: 'Các bên khẳng định cam kết tuân thủ các thỏa thuận.',
    quote: 'Các bên khẳng định cam kết tuân thủ các thỏa thuận',
    ask: {
      prompt: 'Các bên khẳng định cam kết tuân thủ điều gì?',
      answer: 'các thỏa thuận',
      accepted: ['thỏa thuận'],
      mcq: false,
      typed: true,
    },
    cloze: { span: 'các thỏa thuận' },
  },
  {
    id: 'f-comprehensive-normalisation',
    kind: 'action',
    topic: 'commitments',
    statement: 'Các bên cam kết tuân thủ các thỏa thuận để bình thường hóa tổng thể quan hệ giữa Yerevan và Baku.',
    quote: 'để bình thường hóa tổng thể quan hệ giữa Yerevan và Baku',
    ask: {
      prompt: 'Các bên cam kết tuân thủ các thỏa thuận nhằm mục đích gì?',
      answer: 'bình thường hóa tổng thể quan hệ giữa Yerevan và Baku',
      distractors: [
        'bình thường hóa một phần quan hệ giữa Yerevan và Baku',
        'giải quyết xung đột trong khuôn khổ Nhóm OSCE Minsk',
        'bình thường hóa quan hệ giữa Moskva và Baku',
      ],
    },
    cloze: { span: 'tổng thể' },
    tfTrue: false,
    falses: [
      {
        statement: 'Các bên cam kết tuân thủ các thỏa thuận để bình thường hóa một phần quan hệ giữa Yerevan và Baku.',
        says: 'bình thường hóa tổng thể',
        not: 'bình thường hóa một phần',
        why: 'opposite',
      },
    ],
  },
  // ── Sentences 0–6 together: who welcomed, noted, agreed, stressed, committed to what ─────────
  {
    id: 'f-sochi-statements-pairs',
    kind: 'pairs',
    topic: 'commitments',
    statement:
      'Ở Sochi, Aliyev và Pashinyan hoan nghênh việc Nga sẵn sàng thúc đẩy bình thường hóa quan hệ; các bên ghi nhận đóng góp của lực lượng gìn giữ hòa bình Nga; lãnh đạo Armenia và Azerbaijan nhất trí từ bỏ việc sử dụng vũ lực; ba nhà lãnh đạo nhấn mạnh tầm quan trọng của việc chuẩn bị ký kết hiệp định hòa bình; các bên cam kết tuân thủ các thỏa thuận.',
    quote: 'Tổng thống Azerbaijan Ilham Aliyev và Thủ tướng Armenia Nikol Pashinyan hoan nghênh',
    seeAlso: [
      'Các bên ghi nhận đóng góp quan trọng',
      'nhất trí từ bỏ việc sử dụng vũ lực',
      'nhấn mạnh tầm quan trọng của công tác chuẩn bị tích cực',
      'Các bên khẳng định cam kết tuân thủ các thỏa thuận',
    ],
    front: 'Ở Sochi, các nhà lãnh đạo hoan nghênh, ghi nhận, nhất trí từ bỏ, nhấn mạnh và cam kết tuân thủ những gì?',
    tfTrue: false,
    pairs: {
      prompt: 'Nối mỗi việc các nhà lãnh đạo làm ở Sochi với điều đi kèm.',
      leftLabel: 'Việc làm',
      rightLabel: 'Điều được nói tới',
      pairs: [
        { left: 'hoan nghênh', right: 'việc Nga sẵn sàng thúc đẩy bình thường hóa quan hệ' },
        { left: 'ghi nhận', right: 'đóng góp của lực lượng gìn giữ hòa bình Nga' },
        { left: 'nhất trí từ bỏ', right: 'việc sử dụng vũ lực' },
        { left: 'nhấn mạnh', right: 'tầm quan trọng của việc chuẩn bị ký kết hiệp định hòa bình' },
        { left: 'cam kết tuân thủ', right: 'các thỏa thuận' },
      ],
    },
  },
  // ── Sentence 8: what was discussed ─────────────────────────────────────────────────────────────
  {
    id: 'f-discussed-document',
    kind: 'action',
    topic: 'sochi-talks',
    statement:
      'Tại Sochi, các nhà lãnh đạo thảo luận việc ký kết một văn kiện tạo cơ sở cho hiệp ước hòa bình giữa Yerevan và Baku.',
    quote:
      'Trong số các vấn đề thảo luận có việc ký kết một văn kiện tạo cơ sở cho hiệp ước hòa bình giữa Yerevan và Baku.',
    front: 'Tại Sochi, các nhà lãnh đạo thảo luận việc ký kết gì?',
    cloze: { span: 'văn kiện' },
    falses: [
      {
        // The learner's likeliest mistake: the treaty itself was not signed, only a document laying its basis discussed.
        statement: 'Tại Sochi, Yerevan và Baku đã ký kết hiệp ước hòa bình.',
        says: 'một văn kiện tạo cơ sở cho hiệp ước hòa bình',
        not: 'đã ký kết hiệp ước hòa bình',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-document-basis-for-treaty',
    kind: 'action',
    topic: 'sochi-talks',
    statement: 'Văn kiện được thảo luận tại Sochi sẽ tạo cơ sở cho hiệp ước hòa bình giữa Yerevan và Baku.',
    quote: 'một văn kiện tạo cơ sở cho hiệp ước hòa bình giữa Yerevan và Baku',
    ask: {
      prompt: 'Văn kiện được thảo luận ở Sochi sẽ tạo cơ sở cho điều gì?',
      answer: 'hiệp ước hòa bình',
      distractors: ['thỏa thuận ngừng bắn mới', 'việc trao đổi tù binh', 'việc chuyển giao các vùng lân cận'],
    },
    cloze: { span: 'hiệp ước hòa bình' },
    tfTrue: false,
  },
  // ── Sentence 9: the heading, where the conflict is ────────────────────────────────────────────
  {
    id: 'f-heading-conflict',
    kind: 'place',
    topic: 'conflict-history',
    statement: 'Cuộc xung đột mà bài báo kể lại là xung đột ở Nagorno-Karabakh.',
    quote: 'Xung đột ở Nagorno-Karabakh',
    sentence: 9,
    ask: {
      prompt: 'Cuộc xung đột mà bài báo kể lại diễn ra ở đâu?',
      answer: 'Nagorno-Karabakh',
      distractors: ['Sochi', 'Minsk', 'Moskva'],
      typed: 'Azerbaijan và Armenia xung đột ở vùng nào?',
    },
    tfTrue: false,
  },
  // ── Sentence 10: 1992-1994 ────────────────────────────────────────────────────────────────────
  {
    id: 'f-azerbaijan-lost-control',
    kind: 'action',
    topic: 'conflict-history',
    statement: 'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh và bảy vùng lân cận.',
    quote: 'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh và bảy vùng lân cận',
    ask: {
      prompt: 'Bên nào mất quyền kiểm soát Nagorno-Karabakh trong những năm 1992-1994?',
      answer: 'Azerbaijan',
      distractors: ['Armenia', 'NKR', 'Nga'],
      typed: 'Ai mất quyền kiểm soát bảy vùng lân cận Nagorno-Karabakh?',
    },
    cloze: { span: 'mất quyền kiểm soát' },
    tfTrue: false,
    falses: [
      {
        statement: 'Trong những năm 1992-1994, Azerbaijan giành được quyền kiểm soát đối với Nagorno-Karabakh.',
        says: 'mất quyền kiểm soát',
        not: 'giành được quyền kiểm soát',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-seven-districts',
    kind: 'number',
    topic: 'conflict-history',
    statement: 'Ngoài Nagorno-Karabakh, Azerbaijan còn mất quyền kiểm soát đối với bảy vùng lân cận.',
    quote: 'Nagorno-Karabakh và bảy vùng lân cận',
    ask: {
      prompt: 'Ngoài Nagorno-Karabakh, Azerbaijan còn mất bao nhiêu vùng lân cận?',
      answer: 'bảy',
      accepted: ['bảy vùng'],
      type: 'number',
      pool: 'number',
    },
    cloze: { span: 'bảy', type: 'number' },
    falses: [
      {
        // Three is the number of districts handed back in 2020: the likeliest mix-up.
        statement: 'Ngoài Nagorno-Karabakh, Azerbaijan còn mất quyền kiểm soát đối với ba vùng lân cận.',
        says: 'bảy vùng lân cận',
        not: 'ba vùng lân cận',
        why: 'number',
      },
    ],
  },
  {
    id: 'f-armed-confrontation-period',
    kind: 'period',
    topic: 'conflict-history',
    statement: 'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh trong cuộc đối đầu vũ trang những năm 1992-1994.',
    quote: 'trong cuộc đối đầu vũ trang những năm 1992-1994',
    ask: {
      prompt: 'Azerbaijan mất quyền kiểm soát Nagorno-Karabakh vào những năm nào?',
      answer: '1992-1994',
      accepted: ['những năm 1992-1994'],
      type: 'year-range',
      distractors: ['1990-1992', '1994-1996', '1996-1998'],
      typed: 'Cuộc đối đầu vũ trang ở Nagorno-Karabakh diễn ra trong những năm nào?',
    },
    cloze: { span: '1992-1994', type: 'year-range' },
    tfTrue: false,
    falses: [
      {
        statement:
          'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh trong cuộc đối đầu vũ trang những năm 1990-1992.',
        says: 'những năm 1992-1994',
        not: 'những năm 1990-1992',
        why: 'date',
      },
    ],
  },
  {
    id: 'f-lost-in-armed-confrontation',
    kind: 'action',
    topic: 'conflict-history',
    statement: 'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh trong một cuộc đối đầu vũ trang.',
    quote: 'trong cuộc đối đầu vũ trang',
    front: 'Azerbaijan mất quyền kiểm soát Nagorno-Karabakh trong hoàn cảnh nào?',
    cloze: { span: 'đối đầu vũ trang' },
  },
  // ── Sentence 11: talks since 1992, the OSCE Minsk Group ───────────────────────────────────────
  {
    id: 'f-talks-since-1992',
    kind: 'date',
    topic: 'minsk-group',
    statement: 'Các cuộc đàm phán nhằm giải quyết xung đột một cách hòa bình được tiến hành kể từ năm 1992.',
    quote: 'Kể từ năm 1992 đã tiến hành các cuộc đàm phán',
    ask: {
      prompt: 'Các cuộc đàm phán hòa bình bắt đầu từ năm nào?',
      answer: '1992',
      accepted: ['năm 1992'],
      type: 'number',
      distractors: ['1994', '1990', '2020'],
      typed: 'Đàm phán trong khuôn khổ Nhóm OSCE Minsk bắt đầu từ năm nào?',
    },
    cloze: { span: '1992', type: 'number' },
    tfTrue: false,
    falses: [
      {
        // 1994, the end of the armed confrontation, is the year learners put here.
        statement: 'Các cuộc đàm phán trong khuôn khổ Nhóm OSCE Minsk được tiến hành kể từ năm 1994.',
        says: 'Kể từ năm 1992',
        not: 'kể từ năm 1994',
        why: 'date',
      },
    ],
  },
  {
    id: 'f-talks-peaceful-aim',
    kind: 'action',
    topic: 'minsk-group',
    statement: 'Các cuộc đàm phán kể từ năm 1992 nhằm giải quyết xung đột một cách hòa bình.',
    quote: 'các cuộc đàm phán nhằm giải quyết xung đột một cách hòa bình',
    front: 'Các cuộc đàm phán kể từ năm 1992 nhằm mục đích gì?',
    // No multiple choice: "một cách hòa bình" would be the only peaceful option.
    cloze: { span: 'một cách hòa bình', accepted: ['hòa bình'] },
  },
  {
    id: 'f-minsk-group-framework',
    kind: 'organisation',
    topic: 'minsk-group',
    statement: 'Các cuộc đàm phán kể từ năm 1992 được tiến hành trong khuôn khổ Nhóm OSCE Minsk.',
    quote: 'trong khuôn khổ Nhóm OSCE Minsk',
    ask: {
      prompt: 'Từ năm 1992, đàm phán được tiến hành trong khuôn khổ nào?',
      answer: 'Nhóm OSCE Minsk',
      mcq: false,
      typed: true,
    },
    cloze: { span: 'Nhóm OSCE Minsk' },
  },
  {
    id: 'f-three-cochairs',
    kind: 'number',
    topic: 'minsk-group',
    statement: 'Nhóm OSCE Minsk do ba đồng chủ tịch đứng đầu.',
    quote: 'Nhóm OSCE Minsk do ba đồng chủ tịch',
    ask: {
      prompt: 'Nhóm OSCE Minsk có bao nhiêu đồng chủ tịch?',
      answer: 'ba',
      accepted: ['ba đồng chủ tịch'],
      type: 'number',
      pool: 'number',
    },
    // No cloze: the three names right after the blank would give it away.
    tfTrue: false,
    falses: [
      { statement: 'Nhóm OSCE Minsk do hai đồng chủ tịch đứng đầu.', says: 'ba đồng chủ tịch', not: 'hai đồng chủ tịch', why: 'number' },
    ],
  },
  {
    id: 'f-cochairs-role',
    kind: 'office',
    topic: 'minsk-group',
    statement: 'Nga, Mỹ và Pháp là các đồng chủ tịch đứng đầu Nhóm OSCE Minsk.',
    quote: 'ba đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu',
    ask: {
      prompt: 'Nga, Mỹ và Pháp giữ vai trò gì trong Nhóm OSCE Minsk?',
      answer: 'đồng chủ tịch',
      accepted: ['các đồng chủ tịch', 'ba đồng chủ tịch'],
      distractors: ['quan sát viên', 'bên tham gia xung đột', 'lực lượng gìn giữ hòa bình'],
      typed: 'Trong Nhóm OSCE Minsk, Nga, Mỹ và Pháp là gì?',
    },
    cloze: { span: 'đồng chủ tịch' },
    // f-cochairs-list states the same as true/false.
    tfTrue: false,
  },
  {
    id: 'f-cochairs-list',
    kind: 'list',
    topic: 'minsk-group',
    statement: 'Ba đồng chủ tịch của Nhóm OSCE Minsk là Nga, Mỹ và Pháp.',
    quote: 'Nhóm OSCE Minsk do ba đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu',
    ask: {
      prompt: 'Ba đồng chủ tịch của Nhóm OSCE Minsk là những nước nào?',
      answer: 'Nga, Mỹ và Pháp',
      // Anh for Pháp is the mix-up; every option has three members, each member in three options.
      distractors: ['Nga, Mỹ và Anh', 'Mỹ, Pháp và Anh', 'Nga, Pháp và Anh'],
    },
    list: {
      prompt: 'Kể tên ba nước đồng chủ tịch Nhóm OSCE Minsk.',
      items: [{ answer: 'Nga' }, { answer: 'Mỹ' }, { answer: 'Pháp' }],
    },
    falses: [
      {
        statement: 'Ba đồng chủ tịch của Nhóm OSCE Minsk là Nga, Mỹ và Anh.',
        says: 'Nga, Mỹ và Pháp',
        not: 'Nga, Mỹ và Anh',
        why: 'member',
      },
    ],
  },
  // ── Sentence 12: each side's position ─────────────────────────────────────────────────────────
  {
    id: 'f-azerbaijan-position',
    kind: 'position',
    topic: 'positions',
    statement: 'Azerbaijan khẳng định duy trì sự toàn vẹn lãnh thổ của mình.',
    quote: 'Azerbaijan khẳng định duy trì sự toàn vẹn lãnh thổ của mình',
    ask: {
      prompt: 'Azerbaijan khẳng định điều gì?',
      answer: 'duy trì sự toàn vẹn lãnh thổ của mình',
      distractors: [
        'bảo vệ lợi ích của nước cộng hòa chưa được công nhận',
        'đưa NKR vào đàm phán với tư cách một bên',
        'rút khỏi các cuộc đàm phán trong khuôn khổ Nhóm OSCE Minsk',
      ],
    },
    cloze: { span: 'toàn vẹn lãnh thổ' },
  },
  {
    id: 'f-armenia-position',
    kind: 'position',
    topic: 'positions',
    statement: 'Armenia bảo vệ lợi ích của nước cộng hòa chưa được công nhận.',
    quote: 'Armenia bảo vệ lợi ích của nước cộng hòa chưa được công nhận',
    ask: {
      prompt: 'Armenia bảo vệ lợi ích của ai?',
      answer: 'nước cộng hòa chưa được công nhận',
      distractors: ['Azerbaijan', 'các đồng chủ tịch Nhóm OSCE Minsk', 'lực lượng gìn giữ hòa bình Nga'],
    },
    cloze: { span: 'bảo vệ lợi ích' },
    // f-unrecognised-republic states it as true/false.
    tfTrue: false,
  },
  {
    id: 'f-unrecognised-republic',
    kind: 'position',
    topic: 'positions',
    statement: 'Armenia bảo vệ lợi ích của một nước cộng hòa chưa được công nhận.',
    quote: 'nước cộng hòa chưa được công nhận',
    front: 'Armenia bảo vệ lợi ích của một nước cộng hòa đã hay chưa được công nhận?',
    cloze: { span: 'chưa được công nhận' },
    falses: [
      {
        statement: 'Armenia bảo vệ lợi ích của một nước cộng hòa đã được công nhận.',
        says: 'chưa được công nhận',
        not: 'đã được công nhận',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-nkr-not-a-party',
    kind: 'position',
    topic: 'positions',
    statement: 'NKR không phải là một bên tham gia đàm phán.',
    quote: 'vì NKR (Cộng hòa Nagorno-Karabakh tự xưng) không phải là một bên tham gia đàm phán',
    ask: {
      prompt: 'Vì sao Armenia bảo vệ lợi ích của nước cộng hòa chưa được công nhận?',
      answer: 'Vì NKR không phải là một bên tham gia đàm phán',
      accepted: ['không phải là một bên tham gia đàm phán'],
      distractors: [
        'Vì NKR là một đồng chủ tịch của Nhóm OSCE Minsk',
        'Vì Azerbaijan đã công nhận NKR',
        'Vì Nhóm OSCE Minsk yêu cầu như vậy',
      ],
    },
    cloze: { span: 'tham gia đàm phán' },
    falses: [
      {
        statement: 'NKR là một bên tham gia đàm phán.',
        says: 'không phải là một bên tham gia đàm phán',
        not: 'là một bên tham gia đàm phán',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-nkr-name',
    kind: 'organisation',
    topic: 'positions',
    statement: 'NKR là Cộng hòa Nagorno-Karabakh tự xưng.',
    quote: 'NKR (Cộng hòa Nagorno-Karabakh tự xưng)',
    ask: {
      prompt: 'Bài báo gọi NKR là gì?',
      answer: 'Cộng hòa Nagorno-Karabakh tự xưng',
      accepted: ['Cộng hòa Nagorno-Karabakh'],
      distractors: [
        'Cộng hòa Nagorno-Karabakh thuộc Armenia',
        'Cộng hòa Nagorno-Karabakh được Nga công nhận',
        'Cộng hòa Nagorno-Karabakh thuộc Azerbaijan',
      ],
      typed: {
        prompt: 'NKR là viết tắt của tên gọi nào?',
        answer: 'Cộng hòa Nagorno-Karabakh',
        accepted: ['Cộng hòa Nagorno-Karabakh tự xưng'],
      },
    },
    cloze: { span: 'tự xưng' },
  },
  {
    id: 'f-positions-pairs',
    kind: 'pairs',
    topic: 'positions',
    statement:
      'Azerbaijan khẳng định duy trì sự toàn vẹn lãnh thổ của mình; Armenia bảo vệ lợi ích của nước cộng hòa chưa được công nhận; NKR không phải là một bên tham gia đàm phán.',
    quote:
      'Azerbaijan khẳng định duy trì sự toàn vẹn lãnh thổ của mình, Armenia bảo vệ lợi ích của nước cộng hòa chưa được công nhận, vì NKR (Cộng hòa Nagorno-Karabakh tự xưng) không phải là một bên tham gia đàm phán.',
    front: 'Azerbaijan khẳng định điều gì, Armenia bảo vệ điều gì, và vì sao?',
    tfTrue: false,
    pairs: {
      prompt: 'Nối mỗi bên với điều bài báo nói về bên đó.',
      leftLabel: 'Bên',
      rightLabel: 'Bài báo nói',
      pairs: [
        { left: 'Azerbaijan', right: 'khẳng định duy trì sự toàn vẹn lãnh thổ của mình' },
        { left: 'Armenia', right: 'bảo vệ lợi ích của nước cộng hòa chưa được công nhận' },
        { left: 'NKR', right: 'không phải là một bên tham gia đàm phán' },
      ],
    },
  },
  // ── Sentence 13: the 2020 fighting ────────────────────────────────────────────────────────────
  {
    id: 'f-conflict-resumed-2020',
    kind: 'date',
    topic: 'war-2020',
    statement: 'Vào cuối tháng 9 năm 2020, xung đột ở Nagorno-Karabakh lại tiếp diễn.',
    quote: 'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn ở Nagorno-Karabakh',
    ask: {
      prompt: 'Xung đột ở Nagorno-Karabakh lại tiếp diễn vào thời gian nào?',
      answer: 'cuối tháng 9 năm 2020',
      accepted: ['cuối tháng 9/2020'],
      type: 'date',
      // Early or late × September or November (the ceasefire's month): no option is the average.
      distractors: ['đầu tháng 9 năm 2020', 'cuối tháng 11 năm 2020', 'đầu tháng 11 năm 2020'],
      typed: 'Giao tranh ở Nagorno-Karabakh bùng phát trở lại khi nào?',
    },
    cloze: { span: 'cuối tháng 9 năm 2020', accepted: ['cuối tháng 9/2020'], type: 'date' },
    falses: [
      {
        // November is the month of the ceasefire, not of the fighting.
        statement: 'Xung đột ở Nagorno-Karabakh lại tiếp diễn vào cuối tháng 11 năm 2020.',
        says: 'cuối tháng 9 năm 2020',
        not: 'cuối tháng 11 năm 2020',
        why: 'date',
      },
    ],
  },
  {
    id: 'f-2020-continuation',
    kind: 'action',
    topic: 'war-2020',
    statement: 'Xung đột cuối tháng 9 năm 2020 là giai đoạn tiếp nối của một cuộc xung đột kéo dài.',
    quote: 'trở thành giai đoạn tiếp nối của cuộc xung đột kéo dài',
    front: 'Xung đột cuối tháng 9 năm 2020 trở thành gì?',
    cloze: { span: 'giai đoạn tiếp nối' },
    falses: [
      {
        statement: 'Xung đột năm 2020 là cuộc xung đột đầu tiên ở Nagorno-Karabakh.',
        says: 'giai đoạn tiếp nối',
        not: 'cuộc xung đột đầu tiên',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-long-running-conflict',
    kind: 'action',
    topic: 'war-2020',
    statement: 'Xung đột ở Nagorno-Karabakh là một cuộc xung đột kéo dài.',
    quote: 'cuộc xung đột kéo dài',
    front: 'Xung đột ở Nagorno-Karabakh ngắn hay kéo dài?',
    cloze: { span: 'kéo dài' },
    // f-2020-continuation states it as true/false.
    tfTrue: false,
    falses: [
      {
        statement: 'Xung đột ở Nagorno-Karabakh là một cuộc xung đột ngắn, chỉ diễn ra trong năm 2020.',
        says: 'cuộc xung đột kéo dài',
        not: 'cuộc xung đột ngắn',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-civilian-casualties',
    kind: 'term',
    topic: 'war-2020',
    statement: 'Cuộc xung đột kéo dài đã dẫn đến thương vong cho dân thường.',
    quote: 'dẫn đến thương vong cho dân thường',
    ask: {
      prompt: 'Cuộc xung đột kéo dài gây thương vong cho ai?',
      answer: 'dân thường',
      mcq: false,
      typed: true,
    },
    cloze: { span: 'dân thường' },
  },
  // ── Sentence 14: the ceasefire efforts ────────────────────────────────────────────────────────
  {
    id: 'f-ceasefire-attempts',
    kind: 'action',
    topic: 'ceasefire',
    statement: 'Các bên đã thực hiện nhiều nỗ lực để ký kết thỏa thuận ngừng bắn.',
    quote: 'Các bên đã thực hiện nhiều nỗ lực để ký kết thỏa thuận ngừng bắn',
    front: 'Các bên đã nỗ lực ký kết thỏa thuận ngừng bắn một lần hay nhiều lần?',
    cloze: { span: 'nhiều nỗ lực' },
    falses: [
      {
        statement: 'Các bên chỉ thực hiện một nỗ lực duy nhất để ký kết thỏa thuận ngừng bắn.',
        says: 'nhiều nỗ lực',
        not: 'một nỗ lực duy nhất',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-trilateral-only-success',
    kind: 'action',
    topic: 'ceasefire',
    statement: 'Trong nhiều nỗ lực ngừng bắn, chỉ có thỏa thuận ba bên là có kết quả.',
    quote: 'chỉ có thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11 là có kết quả',
    ask: {
      prompt: 'Trong các nỗ lực ngừng bắn, thỏa thuận nào có kết quả?',
      answer: 'thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11',
      distractors: [
        'thỏa thuận hai bên đạt được vào cuối tháng 9 năm 2020',
        'thỏa thuận do Mỹ và Pháp làm trung gian',
        'thỏa thuận do Nhóm OSCE Minsk làm trung gian',
      ],
    },
  },
  {
    id: 'f-trilateral-agreement-date',
    kind: 'date',
    topic: 'ceasefire',
    statement: 'Thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11.',
    quote: 'thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11',
    ask: {
      prompt: 'Thỏa thuận ba bên đạt được vào đêm rạng sáng ngày nào?',
      answer: 'ngày 10 tháng 11',
      // The year is the text's by implication (the fighting resumed in late September 2020): a learner who adds it
      // is right, and one who adds another year is not (the grader checks a year only where a form has one).
      accepted: ['đêm rạng sáng ngày 10 tháng 11', 'ngày 10 tháng 11 năm 2020'],
      type: 'date',
      // Day and month swapped, or another month: never a day either side of the 10th.
      distractors: ['ngày 11 tháng 10', 'ngày 10 tháng 9', 'ngày 10 tháng 12'],
      typed: 'Thỏa thuận ngừng bắn ba bên đạt được vào ngày nào?',
    },
    cloze: { span: '10 tháng 11', type: 'date' },
    falses: [
      {
        statement: 'Thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 11 tháng 10.',
        says: 'ngày 10 tháng 11',
        not: 'ngày 11 tháng 10',
        why: 'date',
      },
    ],
  },
  {
    id: 'f-trilateral-night',
    kind: 'date',
    topic: 'ceasefire',
    statement: 'Thỏa thuận ba bên đạt được vào đêm rạng sáng, trong đêm chuyển sang ngày 10 tháng 11.',
    quote: 'vào đêm rạng sáng ngày 10 tháng 11',
    ask: {
      prompt: 'Thỏa thuận ba bên đạt được vào lúc nào trong ngày?',
      answer: 'đêm rạng sáng',
      accepted: ['rạng sáng'],
      distractors: ['giữa buổi sáng', 'giữa trưa', 'buổi chiều'],
    },
    cloze: { span: 'đêm rạng sáng' },
    tfTrue: false,
  },
  {
    id: 'f-trilateral-three-parties',
    kind: 'number',
    topic: 'ceasefire',
    statement: 'Thỏa thuận ngừng bắn có kết quả là một thỏa thuận ba bên.',
    quote: 'chỉ có thỏa thuận ba bên',
    ask: {
      prompt: 'Thỏa thuận ngừng bắn có kết quả là thỏa thuận mấy bên?',
      answer: 'ba',
      accepted: ['ba bên'],
      type: 'number',
      pool: 'number',
    },
    cloze: { span: 'ba bên' },
    tfTrue: false,
    falses: [
      {
        statement: 'Thỏa thuận ngừng bắn có kết quả là một thỏa thuận hai bên.',
        says: 'thỏa thuận ba bên',
        not: 'thỏa thuận hai bên',
        why: 'number',
      },
    ],
  },
  // ── Sentence 15: the terms and Moscow's mediation ─────────────────────────────────────────────
  {
    id: 'f-moscow-mediator',
    kind: 'action',
    topic: 'moscow-role',
    statement: 'Azerbaijan và Armenia đồng ý ngừng bắn với vai trò trung gian của Moskva.',
    quote: 'Với vai trò trung gian của Moskva',
    ask: {
      prompt: 'Ai làm trung gian để Azerbaijan và Armenia đồng ý ngừng bắn?',
      answer: 'Moskva',
      // The Minsk Group's co-chairs had mediated before: the likely mix-up.
      distractors: ['Nhóm OSCE Minsk', 'Mỹ', 'Pháp'],
      typed: 'Ai đóng vai trò trung gian cho lệnh ngừng bắn?',
    },
    cloze: { span: 'trung gian' },
  },
  {
    id: 'f-ceasefire-terms',
    kind: 'list',
    topic: 'ceasefire',
    statement:
      'Azerbaijan và Armenia đã đồng ý ngừng bắn hoàn toàn, trao đổi tù binh và trao đổi thi thể những người thiệt mạng.',
    quote: 'đã đồng ý ngừng bắn hoàn toàn, trao đổi tù binh và thi thể những người thiệt mạng',
    ask: {
      prompt: 'Azerbaijan và Armenia đã đồng ý những gì?',
      answer: 'ngừng bắn hoàn toàn, trao đổi tù binh và thi thể những người thiệt mạng',
      // Each part of the key is in exactly half the options: no option is the "average" of the others.
      distractors: [
        'ngừng bắn từng phần, trao đổi tù binh và thi thể những người thiệt mạng',
        'ngừng bắn hoàn toàn, trao đổi tù binh và chuyển giao Nagorno-Karabakh cho Baku',
        'ngừng bắn từng phần, trao đổi tù binh và chuyển giao Nagorno-Karabakh cho Baku',
      ],
    },
    list: {
      prompt: 'Kể ra ba điều Azerbaijan và Armenia đã đồng ý.',
      items: [
        { answer: 'ngừng bắn hoàn toàn', accepted: ['ngừng bắn'] },
        { answer: 'trao đổi tù binh', accepted: ['tù binh'] },
        {
          answer: 'trao đổi thi thể những người thiệt mạng',
          accepted: ['thi thể những người thiệt mạng', 'trao đổi thi thể', 'thi thể'],
        },
      ],
    },
  },
  {
    id: 'f-ceasefire-complete',
    kind: 'term',
    topic: 'ceasefire',
    statement: 'Azerbaijan và Armenia đã đồng ý ngừng bắn hoàn toàn.',
    quote: 'ngừng bắn hoàn toàn',
    ask: {
      prompt: 'Azerbaijan và Armenia đồng ý ngừng bắn như thế nào?',
      answer: 'hoàn toàn',
      distractors: ['một phần', 'chỉ vào ban đêm', 'chỉ ở một số vùng'],
    },
    cloze: { span: 'hoàn toàn' },
    tfTrue: false,
    falses: [
      {
        statement: 'Azerbaijan và Armenia chỉ đồng ý ngừng bắn một phần.',
        says: 'ngừng bắn hoàn toàn',
        not: 'ngừng bắn một phần',
        why: 'opposite',
      },
    ],
  },
  {
    id: 'f-ceasefire-prisoners',
    kind: 'term',
    topic: 'ceasefire',
    statement: 'Azerbaijan và Armenia đã đồng ý trao đổi tù binh.',
    quote: 'trao đổi tù binh',
    ask: {
      prompt: 'Ngoài thi thể, Azerbaijan và Armenia còn đồng ý trao đổi ai?',
      answer: 'tù binh',
      accepted: ['các tù binh'],
      mcq: false,
      typed: true,
    },
    cloze: { span: 'tù binh' },
  },
  {
    id: 'f-ceasefire-bodies',
    kind: 'term',
    topic: 'ceasefire',
    statement: 'Azerbaijan và Armenia đã đồng ý trao đổi thi thể những người thiệt mạng.',
    quote: 'thi thể những người thiệt mạng',
    ask: {
      prompt: 'Ngoài tù binh, Azerbaijan và Armenia còn đồng ý trao đổi gì?',
      answer: 'thi thể những người thiệt mạng',
      accepted: ['thi thể người thiệt mạng', 'thi thể'],
      mcq: false,
      typed: true,
    },
    cloze: { span: 'thi thể' },
  },
  // ── Sentence 16: the districts ────────────────────────────────────────────────────────────────
  {
    id: 'f-districts-list',
    kind: 'list',
    topic: 'ceasefire',
    statement: 'Yerevan chuyển các vùng Kalbajar, Lachin và Aghdam cho Baku.',
    quote: 'các vùng Kalbajar, Lachin và Aghdam',
    // No multiple choice: the article names no other district to offer in their place.
    list: {
      prompt: 'Kể tên các vùng Yerevan chuyển cho Baku.',
      items: [{ answer: 'Kalbajar' }, { answer: 'Lachin' }, { answer: 'Aghdam' }],
    },
    cloze: { span: 'Lachin' },
    falses: [
      {
        statement: 'Yerevan chuyển các vùng Kalbajar, Lachin và Nagorno-Karabakh cho Baku.',
        says: 'Kalbajar, Lachin và Aghdam',
        not: 'Kalbajar, Lachin và Nagorno-Karabakh',
        why: 'member',
      },
    ],
  },
  {
    id: 'f-districts-to-baku',
    kind: 'action',
    topic: 'ceasefire',
    statement: 'Yerevan chuyển các vùng Kalbajar, Lachin và Aghdam cho Baku, không phải ngược lại.',
    quote: 'Yerevan cũng chuyển các vùng Kalbajar, Lachin và Aghdam cho Baku.',
    ask: {
      prompt: 'Các vùng Kalbajar, Lachin và Aghdam được chuyển giao thế nào?',
      answer: 'Yerevan chuyển cho Baku',
      distractors: ['Baku chuyển cho Yerevan', 'Moskva chuyển cho Baku', 'Yerevan chuyển cho Moskva'],
      typed: { prompt: 'Yerevan chuyển ba vùng Kalbajar, Lachin và Aghdam cho ai?', answer: 'Baku' },
    },
    cloze: { span: 'Baku' },
    tfTrue: false,
    falses: [
      {
        statement: 'Baku chuyển các vùng Kalbajar, Lachin và Aghdam cho Yerevan.',
        says: 'Yerevan cũng chuyển các vùng Kalbajar, Lachin và Aghdam cho Baku',
        not: 'Baku chuyển các vùng Kalbajar, Lachin và Aghdam cho Yerevan',
        why: 'direction',
      },
    ],
  },
  // ── Sentence 17: the peacekeepers ─────────────────────────────────────────────────────────────
  {
    id: 'f-peacekeepers-deployed',
    kind: 'action',
    topic: 'ceasefire',
    statement: 'Trong khu vực đã triển khai lực lượng gìn giữ hòa bình của Nga.',
    quote: 'trong khu vực đã triển khai lực lượng gìn giữ hòa bình của Nga',
    ask: {
      prompt: 'Lính gìn giữ hòa bình của ai được triển khai trong khu vực?',
      answer: 'Nga',
      distractors: ['Mỹ', 'Pháp', 'Nhóm OSCE Minsk'],
    },
    cloze: { span: 'Nga', context: 'previous' },
  },
  // ── Across sentences: the order of events ─────────────────────────────────────────────────────
  {
    id: 'f-dated-events-order',
    kind: 'sequence',
    topic: 'conflict-history',
    statement:
      'Theo thứ tự thời gian: cuộc đối đầu vũ trang những năm 1992-1994 và các cuộc đàm phán từ năm 1992; xung đột tiếp diễn vào cuối tháng 9 năm 2020; thỏa thuận ba bên vào đêm rạng sáng ngày 10 tháng 11; rồi cuộc hội đàm hôm nay tại Sochi.',
    quote:
      'Azerbaijan mất quyền kiểm soát đối với Nagorno-Karabakh và bảy vùng lân cận trong cuộc đối đầu vũ trang những năm 1992-1994.',
    seeAlso: [
      'Kể từ năm 1992 đã tiến hành các cuộc đàm phán',
      'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn ở Nagorno-Karabakh',
      'chỉ có thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11 là có kết quả',
      'Hôm nay tại Sochi Tổng thống Nga Vladimir Putin đã hội đàm',
    ],
    front: 'Đối đầu vũ trang, đàm phán, xung đột tiếp diễn, thỏa thuận ba bên, hội đàm ở Sochi: thứ tự thời gian thế nào?',
    tfTrue: false,
    sequence: {
      prompt: 'Xếp các sự kiện theo thứ tự thời gian, sớm nhất trước.',
      events: [
        // Both began in 1992: the text cannot order them, so they share one place.
        {
          id: 'armed-confrontation',
          label: 'Cuộc đối đầu vũ trang; các cuộc đàm phán hòa bình bắt đầu',
          when: 'những năm 1992-1994; đàm phán từ năm 1992',
        },
        { id: 'conflict-resumed', label: 'Xung đột lại tiếp diễn ở Nagorno-Karabakh', when: 'cuối tháng 9 năm 2020' },
        { id: 'trilateral-agreement', label: 'Thỏa thuận ba bên về ngừng bắn đạt được', when: 'đêm rạng sáng ngày 10 tháng 11' },
        // No date in the text: it comes last because the leaders note the peacekeepers the agreement deployed.
        { id: 'sochi-talks', label: 'Putin, Aliyev và Pashinyan hội đàm tại Sochi', when: 'hôm nay (bài báo không ghi ngày)' },
      ],
    },
    falses: [
      {
        statement: 'Thỏa thuận ba bên đạt được trước khi xung đột tiếp diễn vào cuối tháng 9 năm 2020.',
        says: 'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn',
        not: 'trước khi xung đột tiếp diễn',
        why: 'order',
        correction:
          'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn ở Nagorno-Karabakh, trở thành giai đoạn tiếp nối của cuộc xung đột kéo dài dẫn đến thương vong cho dân thường. Các bên đã thực hiện nhiều nỗ lực để ký kết thỏa thuận ngừng bắn, nhưng chỉ có thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11 là có kết quả.',
      },
    ],
  },
  {
    id: 'f-events-dates',
    kind: 'pairs',
    topic: 'conflict-history',
    statement:
      'Đối đầu vũ trang: những năm 1992-1994; đàm phán bắt đầu: năm 1992; xung đột tiếp diễn: cuối tháng 9 năm 2020; thỏa thuận ba bên: đêm rạng sáng ngày 10 tháng 11.',
    quote: 'Kể từ năm 1992 đã tiến hành các cuộc đàm phán',
    seeAlso: [
      'trong cuộc đối đầu vũ trang những năm 1992-1994',
      'Vào cuối tháng 9 năm 2020 xung đột lại tiếp diễn',
      'thỏa thuận ba bên đạt được vào đêm rạng sáng ngày 10 tháng 11',
    ],
    front: 'Khi nào: cuộc đối đầu vũ trang, các cuộc đàm phán bắt đầu, xung đột tiếp diễn, thỏa thuận ba bên?',
    tfTrue: false,
    pairs: {
      prompt: 'Nối mỗi sự kiện với thời gian bài báo nêu.',
      leftLabel: 'Sự kiện',
      rightLabel: 'Thời gian',
      pairs: [
        { left: 'Cuộc đối đầu vũ trang mà Azerbaijan mất quyền kiểm soát', right: 'những năm 1992-1994' },
        { left: 'Các cuộc đàm phán bắt đầu được tiến hành', right: 'năm 1992' },
        { left: 'Xung đột lại tiếp diễn ở Nagorno-Karabakh', right: 'cuối tháng 9 năm 2020' },
        { left: 'Thỏa thuận ba bên đạt được', right: 'đêm rạng sáng ngày 10 tháng 11' },
      ],
    },
  },
]
