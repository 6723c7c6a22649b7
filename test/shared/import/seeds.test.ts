import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../../shared/import/parse-page'
import { toPublicJson } from '../../../shared/import/types'
import { SEEDS_DIR, seedsAvailable } from '../../helpers/seed-followup'

// What a careful reader extracts from each reference page, written by hand from the pages
// (not from the parser's output). Activities: [party, text, target or null]. Where the page
// lists activities apart from its goals, each activity stands under the goal it is about;
// "unparsed" lists the start of each paragraph nobody could place.

type A = [party: string, text: string, target?: [number, string]]
interface P {
  title: string
  start: string
  end: string
  goals: Array<[text: string, activities: A[]]>
  signatories?: Array<[string, string]>
  unparsed?: string[]
}

function expected(periods: P[]) {
  return periods.map((p) => ({
    title: p.title,
    start: p.start,
    end: p.end,
    goals: p.goals.map(([text, acts]) => ({
      text,
      activities: acts.map(([party, t, target]) => ({ text: t, party, target: target ? { count: target[0], unit: target[1] } : null }))
    })),
    signatories: (p.signatories ?? []).map(([name, title]) => ({ name, title })),
    unparsed: p.unparsed ?? []
  }))
}

function parsedSeed(file: string) {
  const json = toPublicJson(parsePage(readFileSync(join(SEEDS_DIR, file), 'utf8')))
  // Unparsed paragraphs are compared by their beginning.
  return json.periods.map((p) => ({ ...p, unparsed: p.unparsed.map((u) => u.slice(0, 40)) }))
}

const cut = (periods: ReturnType<typeof expected>) => periods.map((p) => ({ ...p, unparsed: p.unparsed.map((u) => u.slice(0, 40)) }))

describe.skipIf(!seedsAvailable)('the reference pages parse as a careful reader would read them', () => {
  it('000 Eksjö: two periods, goals as bullets, activities under "Aktiviteter" with party cues', () => {
    expect(parsedSeed('000_3916883672e4c244.txt')).toEqual(
      cut(
        expected([
          {
            title: 'Medborgarlöfte 2020-2021',
            start: '2020-01-01',
            end: '2021-12-31',
            goals: [
              [
                'Att öka den upplevda tryggheten i de östra delarna av kommunen.',
                [
                  ['gemensamt', 'Polisen och kommunen lovar att genomföra två medborgarmöte med fokus på trygghet i de östra delarna av kommunen.', [2, 'medborgarmöte']],
                  ['gemensamt', 'Kommunen ska tillsammans med polisen och andra aktörer i kommunen, börja implementera och arbeta brottsförebyggande enligt konceptet EST, effektiv samordning för trygghet.'],
                  ['gemensamt', 'Polisen och kommunen lovar att under året genomföra minst fyra samverkansmöten om pågående aktiviteter.', [4, 'samverkansmöten']]
                ]
              ],
              [
                'Att minska risken för unga att hamna i drogberoende och kriminalitet.',
                [
                  ['polisen', 'Polisen lovar att genomföra minst tio riktade insatser mot alkohol och droger i hela kommunen.', [10, 'riktade insatser']],
                  ['kommunen', 'Kommunen lovar att arbeta med hög skolnärvaro utifrån kommunprogrammets indikator skolnärvaro.'],
                  ['polisen', 'Polisen lovar att utöka samarbetet med tjänstepersoner som arbetar med ungdomar bland annat ungdomslotsar.'],
                  ['kommunen', 'Kommunen lovar att ordna en drogförebyggande föreläsning för föräldrar och skolpersonal i samverkan med polisen.']
                ]
              ]
            ],
            unparsed: ['Medborgarlöften bygger på en samverkansöverenskommelsen mellan polisen och Eksjö kommun']
          },
          {
            title: 'Medborgarlöfte 2018-2019',
            start: '2018-01-01',
            end: '2019-12-31',
            goals: [
              [
                'Öka den upplevda tryggheten på resecentrum och i närområdet.',
                [
                  ['polisen', 'Polisen lovar att öka den polisiära närvaron vid resecentrum.'],
                  ['kommunen', 'Kommunen lovar att genomföra två trygghetsvandringar på resecentrum och i närområdet samt två trygghetsvandringar i Mariannelund.', [2, 'trygghetsvandringar']],
                  ['kommunen', 'Kommunen lovar att genomföra en trygghetsvandring vid andra samlingsplatser i övriga orter i Eksjö kommun.']
                ]
              ],
              [
                'Minska risken för unga att hamna i drogberoende och kriminalitet',
                [
                  ['polisen', 'Polisen lovar att genomföra minst tio riktade insatser mot alkohol och droger i hela kommunen.', [10, 'riktade insatser']],
                  ['kommunen', 'Kommunen lovar att ordna en drogförebyggande föreläsning för föräldrar och skolpersonal i samverkan med polisen.'],
                  ['kommunen', 'Kommunen lovar att ordna föräldraintroduktion riktad mot nyanlända som deltar i SFI och i den östra kommundelen även till föräldrar som inte deltar i SFI.'],
                  ['gemensamt', 'Polisen och kommunen lovar att under året genomföra minst fyra samverkansmöten om pågående aktiviteter.', [4, 'samverkansmöten']]
                ]
              ]
            ]
          }
        ])
      )
    )
  })

  it('001 Eksjö follow-up table: the goals, and the activity column under each goal', () => {
    expect(parsedSeed('001_e2f77156a516307a.txt')).toEqual(
      cut(
        expected([
          {
            title: 'Medborgarlöften Eksjö kommun 2017',
            start: '2017-01-01',
            end: '2017-12-31',
            goals: [
              [
                'Att öka den upplevda tryggheten i de östra delarna av kommunen.',
                [
                  ['gemensamt', 'Ökad polisiär närvaro i de östra delarna av kommunen'],
                  ['gemensamt', 'Genomföra minst tio underrättelsebaserade trafikkontroller med inriktning mot hastighet, beteende och alkohol/drogpåverkan i östra kommundelen.', [10, 'underrättelsebaserade trafikkontroller']],
                  ['gemensamt', 'Identifiera brottsaktiva personer'],
                  ['gemensamt', 'Identifiera brottsutsatta adresser'],
                  ['gemensamt', 'Arrangera minst fyra fritids- och kulturaktiviteter för ungdomar som bygger på ungdomars delaktighet och idéer.', [4, 'fritids- och kulturaktiviteter']],
                  ['kommunen', 'Kommunen genomför minst två trygghetsvandringar i den östra kommundelen.', [2, 'trygghetsvandringar']]
                ]
              ],
              [
                'Att minska risken för unga att hamna i drogberoende och kriminalitet.',
                [
                  ['gemensamt', 'Genomföra minst tio riktade insatser mot alkohol och droger i alkohol Hundsök genomförs varje termin på gymnasieskolan för att utesluta att det förekommer droger hela kommunen.', [10, 'riktade insatser']],
                  ['gemensamt', 'Under året genomföra minst fyra samverkansmöten mellan Polisen och Eksjö kommun om pågående aktiviteter.', [4, 'samverkansmöten']],
                  ['gemensamt', 'Fältarbetare finns alltid ute bland ungdomarna vid både mindre och större arrangemang.'],
                  ['gemensamt', 'Information till hushållen om hur man kan få stöd i arbetet mot våld i nära relation. Via kommunens hemsida, sociala medier, hushållstidningen ”Hemma i Eksjö”']
                ]
              ]
            ],
            unparsed: [
              'Uppföljning av medborgarlöften för Eksjö kommun',
              'Polisens och kommuns arbete med medborgarlöften följs upp tertialvis.',
              'Uppföljning av aktiviteter kopplat till medborgarlöftena för Eksjö kommun'
            ]
          }
        ])
      )
    )
  })

  it('002 Eskilstuna: one goal per year, "Polisen lovar:" / "Kommunen lovar:" sections', () => {
    const goal = 'Polismyndigheten och Eskilstuna kommun lovar att de prioriterade områdena ska bli tryggare stadsdelar att bo och leva i.'
    expect(parsedSeed('002_e1f8064c8cfc4af7.txt')).toEqual(
      cut(
        expected([
          {
            title: 'Medborgarlöfte 2019',
            start: '2019-01-01',
            end: '2019-12-31',
            goals: [
              [
                goal,
                [
                  ['polisen', 'Att ingripa mot de lokala kriminella nätverk som finns i Eskilstuna kommun genom att arbeta för nolltolerans mot droger och ha riktade insatser för att upptäcka narkotiksförsäljning och missbruk'],
                  ['polisen', 'Att skapa trygghet och förebygga brott genom synlighet och återkommande patrullering i Eskilstunas centrum och prioriterade stadsdelar.'],
                  ['polisen', 'Att samfällt med kommunen genomföra trygghetsvandringar i två av de prioriterade stadsdelarna (Skiftinge och Lagersberg) och ett medborgarforum i Fröslunda i syfte att ytterligare lyfta trygghetsfrågan tillsammans med medborgarna.'],
                  ['polisen', 'Att genom 200 trafik- och trafikrelaterade kontroller vara tillgängliga och effektiva genom hög synlighet i de prioriterade stadsdelarna och genom ett kommunikativt och engagerat förhållningssätt komma närmare medborgarna.', [200, 'trafik- och trafikrelaterade kontroller']],
                  ['kommunen', 'Att agera mot de lokala kriminella nätverk som finns i Eskilstuna kommun genom att arbeta för nolltolerans mot droger och ha stävjande insatser för att upptäcka narkotikaförsäljning och missbruk.'],
                  ['kommunen', 'Att arbeta aktivt mot nolltolerans när det gäller våld, bland annat på våra skolor och fritidsgårdar.'],
                  ['kommunen', 'Att fortsätta men också förstärka samverkan mellan socialtjänst, skola, polis och fritid men också få med andra aktörer, i syfte att så tidigt som möjligt reagera och agera mot narkotika och våld.'],
                  ['kommunen', 'Att stödja och hjälpa de individer som vill hoppa av den kriminella banan.'],
                  ['kommunen', 'Att fortsätta ett aktivt arbete med tillsyn av alkohol och tobak, i samverkan med polismyndigheten och andra berörda aktörer.'],
                  ['kommunen', 'Att få med krogarna i nätverket "krogar mot knark" och aktivt arbeta för att försvåra och motverka narkotika i krogmiljöer.'],
                  ['kommunen', 'Att aktivt arbeta med förebyggande arbete kring ANDT utifrån den lokala handlingsplanen (bland annat kunskapshöjande stöd till personal som möter barn och unga).'],
                  ['kommunen', 'Att arrangera och följa upp trygghetsvandringar i två av de prioriterade stadsdelarna (Skiftinge och Lagersberg) samt ansvara för att ett medborgarforum i Fröslunda genomförs. Utifrån det, genomföra åtgärder som är möjliga i syfte att öka tryggheten.']
                ]
              ]
            ]
          },
          {
            title: 'Medborgarlöfte 2018',
            start: '2018-01-01',
            end: '2018-12-31',
            goals: [
              [
                goal,
                [
                  ['polisen', 'Polismyndigheten kommer vara närvarande, tillgängliga, synliga och genom riktade trafikkontroller och fot- och fordonspatrullering komma närmare de boende i de prioriterade stadsdelarna.'],
                  ['polisen', 'Polismyndigheten kommer arbeta med rapportering och lagföring av de individer som skapar otrygghet genom att samlas i grupper och begå brott; i synnerhet narkotikabrott.'],
                  ['gemensamt', 'Eskilstuna kommun och Polismyndigheten kommer genom samverkansformerna Eskilstunamodellen SSPF och Social insatsgrupp gemensamt och strukturerat arbeta för att förebygga de risker som lockar unga till kriminalitet.']
                ]
              ]
            ]
          }
        ])
      )
    )
  })

  it('003 Sävsjö: two-year period, goals after a lead-in, "minst femton" as a target', () => {
    const page = parsePage(readFileSync(join(SEEDS_DIR, '003_ce47e0c094c5aeb9.txt'), 'utf8'))
    expect(parsedSeed('003_ce47e0c094c5aeb9.txt')).toEqual(
      cut(
        expected([
          {
            title: 'Medborgarlöfte 2023–2024',
            start: '2023-01-01',
            end: '2024-12-31',
            goals: [
              [
                'Öka den polisiära tillgängligheten och servicen.',
                [['polisen', 'Polisen ska vara tillgänglig på poliskontoret och närvarande i Sävsjös centrala delar med kontaktskapande verksamhet vid fasta tidpunkter. Informationen kommer att finnas på kommunens hemsida.']]
              ],
              [
                'Öka upptäckten av narkotikabruk, främst hos unga i åldern 21 år och yngre, med syfte att minska bruket av narkotika.',
                [
                  ['polisen', 'Polisen ska identifiera ungdomar som brukar narkotika, främst i åldern 21 år och yngre.'],
                  ['polisen', 'Polisen ska genomföra minst femton riktade insatser för att upptäcka fler narkotikabrott, främst bland unga.', [15, 'riktade insatser']]
                ]
              ],
              [
                'Arbeta långsiktigt med en säker trafikmiljö inom Sävsjö kommun.',
                [
                  ['polisen', 'Polisen ska genomföra trafikkontroller i syfte att bidra till en säker trafikmiljö.'],
                  ['gemensamt', 'Kommunen ska tillsammans med polisen och andra aktörer i kommunen arbeta brottsförebyggande enligt konceptet EST, Effektiv Samordning för Trygghet.'],
                  ['gemensamt', 'Polisen och kommunen ska under året genomföra minst två samverkansmöten om de pågående aktiviteterna', [2, 'samverkansmöten']],
                  ['kommunen', 'Kommunen ska arbeta för en hög skolnärvaro.']
                ]
              ]
            ],
            unparsed: [
              'Med utgångspunkt i det brottsförebyggande och trygghetsskapande arbetet',
              'Samverkan mellan polis och kommun är en nödvändighet',
              'Löftena handlar om konkreta aktiviteter som kommun',
              'Medborgarlöften fokuserar på den lokala lägesbilden'
            ]
          }
        ])
      )
    )
    expect(page.municipality).toBe('Sävsjö')
    expect(page.periods[0].situation.split('\n\n')).toHaveLength(3)
    expect(page.periods[0].situation).toMatch(/^Vid medborgarundersökningen/)
    expect(page.periods[0].followUpPlan).toMatch(/^Medborgarlöftena kommer att följas upp kontinuerligt/)
  })

  it('004 Eslöv: single-year periods, situation and effect, a signing date and two signatures', () => {
    const signatures: Array<[string, string]> = [
      ['Anna-Karin Boije', 'Lokalpolisområdeschef'],
      ['Johan Andersson', 'Kommunstyrelsens ordförande']
    ]
    expect(parsedSeed('004_9d60ccaea8afeb8d.txt')).toEqual(
      cut(
        expected([
          {
            title: 'Medborgarlöften i Eslöv 2017',
            start: '2017-01-01',
            end: '2017-12-31',
            goals: [
              [
                'Medborgarlöftet',
                [
                  ['gemensamt', 'Genomförande av kunskaps- och utbildningsdag för samtliga elever i årskurs 4 i Eslövs kommun. Utbildningen kommer att genomföras av Räddningstjänsten Syd samt polis.'],
                  ['gemensamt', 'Två gemensamma trygghetsvandringar i Eslövs kommun.', [2, 'trygghetsvandringar']],
                  ['gemensamt', 'Lokalpolisområde Eslöv och kommunen lovar att tillsammans arbeta för att öka trafiksäkerheten och under året kommer 4 riktade trafikinsatser, utifrån aktuell lägesbild att genomföras.', [4, 'riktade trafikinsatser']],
                  ['gemensamt', 'Utöver detta kommer 30 trafikkontroller att genomföras med inriktning, hastighet, beteende samt alkohol/droger.', [30, 'trafikkontroller']],
                  ['gemensamt', 'Två gemensamma medborgardialoger i Eslövs kommun.', [2, 'medborgardialoger']]
                ]
              ]
            ],
            signatories: signatures,
            unparsed: ['Medborgarlöftet är en utveckling av samverkansöverenskommelsen']
          },
          {
            title: 'Medborgarlöften i Eslövs kommun 2016',
            start: '2016-01-01',
            end: '2016-12-31',
            goals: [
              [
                'Lokalpolisområde Eslöv och Eslövs kommun lovar att tillsammans arbeta för att öka trafiksäkerheten i centrala Eslöv, med fokus på beteende och oskyddade trafikanter.',
                [['gemensamt', 'Två riktade trafikinsatser i centrala Eslöv, med inriktning på oskyddade trafikanter.', [2, 'riktade trafikinsatser']]]
              ],
              [
                'Lokalpolisområde Eslöv och Eslövs kommun lovar att genomföra gemensamma trygghetsvandringar i Eslövs kommun med representanter från polis, kommun och andra berörda. Syftet är att identifiera platser som upplevs som otrygga samt föreslå åtgärder för att minska otryggheten på dessa platser.',
                [['gemensamt', 'Två gemensamma trygghetsvandringar i Eslövs kommun.', [2, 'trygghetsvandringar']]]
              ],
              [
                'Lokalpolisområde Eslöv och Eslövs kommun lovar att genomföra gemensamma medborgardialoger, för att ta tillvara medborgarnas kunskap, erfarenheter, upplevelser och idéer till förbättring, gällande den lokala problembilden i Eslövs kommun.',
                [['gemensamt', 'Två tillfällen för gemensam medborgardialog i Eslövs kommun.', [2, 'tillfällen']]]
              ]
            ],
            signatories: signatures,
            unparsed: [
              'För ett framgångsrikt brottsförebyggande och trygghetsskapande arbete',
              'Utifrån lokal lägesbild, trygghetsmätningar',
              'Genom medborgarlöftena ska polisen och kommunerna',
              'Medborgarlöftena är en förlängning av polisens'
            ]
          }
        ])
      )
    )
    const page = parsePage(readFileSync(join(SEEDS_DIR, '004_9d60ccaea8afeb8d.txt'), 'utf8'))
    expect(page.municipality).toBe('Eslöv')
    expect(page.periods.map((p) => p.signedDate)).toEqual(['2017-02-15', '2016-04-07'])
    expect(page.periods[0].effect).toMatch(/^Tillsammans skall vi bidra till ett tryggt Eslöv/)
    expect(page.periods[1].situation).toMatch(/^Den senaste nationella trygghetsmätningen/)
  })
})
