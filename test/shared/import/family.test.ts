import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDateRange } from '../../../shared/import/dates'
import { htmlToText } from '../../../shared/import/html'
import { parseSwedishNumber } from '../../../shared/import/numbers'
import { parsePage } from '../../../shared/import/parse-page'
import { findTarget } from '../../../shared/import/target'

// Pages of the same family as the reference pages, written for these tests.

describe('period headings and dates', () => {
  it.each([
    ['Medborgarlöfte 2020-2021', '2020-01-01', '2021-12-31'],
    ['Medborgarlöfte 2022–2023', '2022-01-01', '2023-12-31'],
    ['Medborgarlöfte 2022/2023', '2022-01-01', '2023-12-31'],
    ['Medborgarlöfte 2022/23', '2022-01-01', '2023-12-31'],
    ['Medborgarlöfte 2018-07-01—2020-06-30', '2018-07-01', '2020-06-30'],
    ['Medborgarlöfte 1 januari 2023 – 31 december 2024', '2023-01-01', '2024-12-31'],
    ['Medborgarlöften i Tallby 2017', '2017-01-01', '2017-12-31']
  ])('%s', (heading, start, end) => {
    expect(findDateRange(heading)).toEqual({ start, end })
    expect(parsePage(`${heading}\n\n• Att öka tryggheten.`).periods.map((p) => [p.start, p.end])).toEqual([[start, end]])
  })

  it('does not take a sentence that mentions years for a heading', () => {
    expect(parsePage('Medborgarlöftet följs upp 2023 och redovisas 2024.').periods).toEqual([])
  })
})

describe('targets', () => {
  it.each([
    ['minst tio riktade insatser mot narkotika', 10, 'riktade insatser'],
    ['genomföra minst femton trafikkontroller.', 15, 'trafikkontroller'],
    ['två trygghetsvandringar i centrum', 2, 'trygghetsvandringar'],
    ['200 trafikkontroller under året', 200, 'trafikkontroller'],
    ['minst tjugofem besök på skolor', 25, 'besök'],
    ['totalt 12 informationsträffar för föräldrar', 12, 'informationsträffar']
  ])('%s → %i %s', (text, count, unit) => {
    expect(findTarget(text)).toEqual({ count, unit })
  })

  it.each(['unga i åldern 15 år och yngre', 'elever i årskurs 9', 'under 2024', 'en trygghetsvandring', 'arbeta med trygghet'])('no target in "%s"', (text) => {
    expect(findTarget(text)).toBeNull()
  })

  it('reads Swedish number words', () => {
    expect(['en', 'tre', 'tio', 'elva', 'tjugo', 'trettiofem', 'hundra', '42', 'många'].map(parseSwedishNumber)).toEqual([1, 3, 10, 11, 20, 35, 100, 42, null])
  })
})

describe('a page of the family', () => {
  const page = [
    'Tallby – medborgarlöften',
    '',
    'Meny',
    'Medborgarlöfte 2024/2025',
    '',
    '1. Att minska oron för bilbränder i Norra Tallby.',
    '2. Att öka tryggheten vid tågstationen.',
    '',
    'Polisen lovar:',
    '* att genomföra minst tolv riktade insatser',
    '  mot bilbränder i Norra Tallby.',
    '* att patrullera vid tågstationen varje fredag.',
    '',
    'Kommunen lovar:',
    '- att förbättra belysningen vid tågstationen.',
    '',
    'Polisen och kommunen lovar att genomföra två trygghetsvandringar vid stationen.',
    '',
    'Till toppen'
  ].join('\n')

  it('reads numbered goals, party sections, hard-wrapped bullets and drops furniture', () => {
    const r = parsePage(page)
    expect(r.municipality).toBe('Tallby')
    expect(r.periods).toHaveLength(1)
    const p = r.periods[0]
    expect(p.goals.map((g) => g.text)).toEqual(['Att minska oron för bilbränder i Norra Tallby.', 'Att öka tryggheten vid tågstationen.'])
    expect(p.goals[0].activities).toEqual([
      { text: 'att genomföra minst tolv riktade insatser mot bilbränder i Norra Tallby.', party: 'polisen', target: { count: 12, unit: 'riktade insatser' } }
    ])
    expect(p.goals[1].activities.map((a) => [a.party, a.text])).toEqual([
      ['polisen', 'att patrullera vid tågstationen varje fredag.'],
      ['kommunen', 'att förbättra belysningen vid tågstationen.'],
      ['gemensamt', 'Polisen och kommunen lovar att genomföra två trygghetsvandringar vid stationen.']
    ])
    expect(p.unparsed).toEqual([])
  })

  it('reads the same page as HTML, with entities and nested markup', () => {
    const html = `<html><body><nav><a href="/">Meny</a></nav><h1>Tallby &ndash; medborgarl&ouml;ften</h1>
      <h2>Medborgarlöfte 2024/2025</h2><ol><li><p>Att minska oron f&ouml;r bilbr&auml;nder i Norra Tallby.</p></li><li>Att öka tryggheten vid tågstationen.</li></ol>
      <p><strong>Polisen lovar:</strong></p><ul><li>att genomföra minst tolv riktade insatser mot bilbränder i Norra Tallby.</li></ul>
      <script>document.write('<li>inte detta</li>')</script></body></html>`
    const p = parsePage(html).periods[0]
    expect(p.goals.map((g) => g.text)).toEqual(['Att minska oron för bilbränder i Norra Tallby.', 'Att öka tryggheten vid tågstationen.'])
    expect(p.goals[0].activities.map((a) => a.party)).toEqual(['polisen'])
    expect(JSON.stringify(p)).not.toContain('inte detta')
  })

  it('strips tags and decodes entities', () => {
    expect(htmlToText('<p>A &amp; B &lt;3 &#229;&#xE4;</p><br>a < b')).toBe('\nA & B <3 åä\n\na < b')
  })
})

describe('robustness', () => {
  it('never throws on random text, random markup or binary garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.constantFrom('<div>', '</div>', '<li>', '•', '\n', 'Medborgarlöfte 2020-2021', 'Polisen lovar:', '\t', 'minst tio insatser', '&amp;', '<p', '2017-02-15'), { maxLength: 80 }).map((a) => a.join(''))), (text) => {
        const r = parsePage(text)
        expect(Array.isArray(r.periods)).toBe(true)
      }),
      { numRuns: 400 }
    )
  })

  it('handles 5 MB of input and 50 000 nested elements', () => {
    const line = 'Polisen lovar att genomföra minst tio riktade insatser mot narkotika i hela kommunen.\n'
    const big = `Medborgarlöfte 2024-2025\nAktiviteter\n${'• '.concat(line).repeat(Math.ceil(5_000_000 / (line.length + 2)))}`
    expect(big.length).toBeGreaterThan(5_000_000)
    const r = parsePage(big)
    expect(r.periods[0].goals[0].activities.length).toBeGreaterThan(50_000)
    const nested = `${'<div>'.repeat(50_000)}Medborgarlöfte 2024${'</div>'.repeat(50_000)}`
    expect(parsePage(nested).periods).toHaveLength(1)
    const garbage = Buffer.from(Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 256)).toString('latin1')
    expect(() => parsePage(garbage)).not.toThrow()
  })
})

describe('activities as plain lines', () => {
  it('reads the lines under an activities heading as activities', () => {
    const p = parsePage('Medborgarlöfte 2025\n\nAtt öka tryggheten i parken.\n\nAktiviteter\nPolisen patrullerar i parken varje helg.\nKommunen lovar att rensa buskagen.\n\nUppföljning\nFöljs upp varje tertial.').periods[0]
    expect(p.goals[0].activities.map((a) => [a.party, a.text])).toEqual([
      ['polisen', 'Polisen patrullerar i parken varje helg.'],
      ['kommunen', 'Kommunen lovar att rensa buskagen.']
    ])
    expect(p.followUpPlan).toBe('Följs upp varje tertial.')
  })
})
