import type { Party } from '../../../shared/domain/party'
import type { FollowUpStatus } from '../../../shared/domain/status'
import type { Tertial } from '../../../shared/domain/tertial'
import { activities, followUps, goals, municipalities, periods, signatories } from '../db/repositories/tables'
import { insert } from '../db/repositories/versioned-table'
import type { Workspace } from './workspace'

// An invented municipality ("Ekbacka") with a two-year promise. Every text here is our own;
// nothing is taken from published pages.

type Contribution = [tertial: Tertial, party: Party, status: FollowUpStatus | null, count: number | null, text: string]

interface DemoActivity {
  text: string
  party: Party
  partyName?: string
  target?: [number, string]
  followUps: Contribution[]
}

const GOALS: Array<{ text: string; activities: DemoActivity[] }> = [
  {
    text: 'Att öka tryggheten i och kring Ekbacka centrum under kvällstid.',
    activities: [
      {
        text: 'Polisen genomför minst tjugo fotpatrulleringar i centrum fredag och lördag kväll.',
        party: 'polisen',
        target: [20, 'patrulleringar'],
        followUps: [
          [1, 'polisen', 'genomford', 7, 'Sju patrulleringar genomförda, varav två tillsammans med kommunens fältassistenter.'],
          [2, 'polisen', 'pagar', 6, 'Sex patrulleringar. Färre pass under semesterperioden, kompenseras under hösten.'],
          [3, 'polisen', 'pagar', 4, 'Fyra patrulleringar hittills under tertialet.']
        ]
      },
      {
        text: 'Kommunen och polisen genomför två trygghetsvandringar med boende och fastighetsägare.',
        party: 'gemensamt',
        target: [2, 'trygghetsvandringar'],
        followUps: [
          [1, 'polisen', 'planerad', null, 'Första vandringen planerad till maj, inbjudan skickad till bostadsbolagen.'],
          [2, 'polisen', 'genomford', 1, 'Vandring genomförd i maj med 23 deltagare.'],
          [2, 'kommunen', 'genomford', null, 'Kommunen har åtgärdat belysningen vid gångtunneln som påpekades under vandringen.'],
          [3, 'kommunen', 'planerad', null, 'Andra vandringen planeras till oktober i Södra Ekbacka.']
        ]
      },
      {
        text: 'Kommunen ser över belysning och buskage på de platser som upplevs otrygga.',
        party: 'kommunen',
        followUps: [
          [1, 'kommunen', 'pagar', null, 'Inventering av tolv platser påbörjad tillsammans med tekniska förvaltningen.'],
          [2, 'kommunen', 'genomford', null, 'Åtta platser har fått ny belysning och buskage har röjts vid stationen.']
        ]
      },
      {
        text: 'Polisen håller öppet på polisstationen med kontaktpolis varje onsdag.',
        party: 'polisen',
        followUps: [
          [1, 'polisen', 'genomford', null, 'Öppet varje onsdag, i snitt åtta besökare per tillfälle.'],
          [2, 'polisen', 'ej_genomford', null, 'Uppehåll under juli på grund av bemanning. Återupptaget i augusti.']
        ]
      }
    ]
  },
  {
    text: 'Att minska risken för att unga hamnar i droger och kriminalitet.',
    activities: [
      {
        text: 'Polisen genomför minst tio riktade insatser mot narkotika med fokus på unga.',
        party: 'polisen',
        target: [10, 'insatser'],
        followUps: [
          [1, 'polisen', 'genomford', 3, 'Tre insatser, bland annat hundsök vid gymnasieskolan.'],
          [1, 'kommunen', null, null, 'Skolan har informerat vårdnadshavare i årskurs 8 om insatserna och om stöd som finns.'],
          [2, 'polisen', 'genomford', 4, 'Fyra insatser i samband med skolavslutning och sommarens evenemang.'],
          [3, 'polisen', 'pagar', 1, 'En insats genomförd, fler planerade under november.']
        ]
      },
      {
        text: 'Kommunen arbetar för hög skolnärvaro genom tidiga kontakter med hemmet.',
        party: 'kommunen',
        followUps: [
          [1, 'kommunen', 'pagar', null, 'Närvaroteamet har haft kontakt med 41 familjer.'],
          [2, 'kommunen', 'pagar', null, 'Nytt rutinstöd för frånvarouppföljning infört på alla högstadieskolor.']
        ]
      },
      {
        text: 'Polisen och socialtjänsten håller föräldramöten om droger i årskurs 7–9.',
        party: 'gemensamt',
        target: [3, 'föräldramöten'],
        followUps: [
          [1, 'polisen', 'genomford', 1, 'Föräldramöte på Björkskolan, cirka 60 föräldrar.'],
          [1, 'kommunen', 'genomford', null, 'Socialtjänsten medverkade och presenterade öppenvårdens stöd.'],
          [2, 'polisen', 'installd', null, 'Planerat möte på Lindskolan ställdes in och flyttas till hösten.']
        ]
      },
      {
        text: 'Fritidsgårdarna håller öppet längre under lov och helger.',
        party: 'annan',
        partyName: 'Fritidsförvaltningen',
        followUps: [[2, 'annan', 'genomford', null, 'Förlängda öppettider hela sommarlovet, i snitt 45 besökare per kväll.']]
      }
    ]
  },
  {
    text: 'Att skapa en säkrare trafikmiljö vid skolor och i bostadsområden.',
    activities: [
      {
        text: 'Polisen genomför minst femton trafikkontroller med inriktning på hastighet vid skolor.',
        party: 'polisen',
        target: [15, 'trafikkontroller'],
        followUps: [
          [1, 'polisen', 'genomford', 5, 'Fem kontroller, 19 hastighetsöverträdelser rapporterade.'],
          [2, 'polisen', 'pagar', 3, 'Tre kontroller. Sommaren prioriterades för kontroller av nykterhet.'],
          [3, 'polisen', 'pagar', 4, 'Fyra kontroller vid skolstarten.']
        ]
      },
      {
        text: 'Kommunen sätter upp hastighetsvisande skyltar vid tre skolor.',
        party: 'kommunen',
        target: [3, 'skyltar'],
        followUps: [
          [1, 'kommunen', 'planerad', 0, 'Skyltar beställda.'],
          [2, 'kommunen', 'genomford', 3, 'Samtliga tre skyltar uppsatta före skolstarten.']
        ]
      },
      {
        text: 'Kommunen informerar hushållen om trafiksäkerhet vid skolstart via webben och lokaltidningen.',
        party: 'kommunen',
        followUps: [[3, 'kommunen', 'genomford', null, 'Artikel i kommunens tidning och inlägg i sociala medier inför skolstarten.']]
      },
      {
        text: 'Polisen och kommunen håller minst fyra samverkansmöten om läget och aktiviteterna.',
        party: 'gemensamt',
        target: [4, 'möten'],
        followUps: [
          [1, 'polisen', 'genomford', 1, 'Samverkansmöte i februari.'],
          [2, 'polisen', 'genomford', 1, 'Samverkansmöte i juni med genomgång av lägesbilden.'],
          [3, 'kommunen', 'planerad', null, 'Nästa möte inplanerat i november.']
        ]
      }
    ]
  }
]

export interface DemoSummary {
  municipalityId: string
  periodId: string
}

/** Fills an open file with the demo example: a two-year period starting in `startYear`. */
export function fillDemo(ws: Workspace, startYear = new Date().getFullYear()): DemoSummary {
  return ws.write(() => {
    const { db, ctx } = ws
    const m = insert(db, ctx, municipalities, { name: 'Ekbacka kommun' })
    const p = insert(db, ctx, periods, {
      municipalityId: m.id,
      title: `Medborgarlöfte Ekbacka ${startYear}–${startYear + 1}`,
      startDate: `${startYear}-01-01`,
      endDate: `${startYear + 1}-12-31`,
      signedDate: `${startYear}-01-24`,
      signedPlace: 'Ekbacka',
      situation:
        'Medborgardialoger och trygghetsmätningen visar att många invånare känner sig otrygga i centrum på kvällarna. ' +
        'Polisens lägesbild pekar på ökad narkotikaförsäljning till unga och på höga hastigheter vid flera skolor.',
      effect: 'Invånarna i Ekbacka ska uppleva ökad trygghet, och färre unga ska dras in i droger och kriminalitet.',
      followUpPlan: 'Löftet följs upp varje tertial och redovisas för kommunstyrelsen två gånger per år.',
      state: 'gallande'
    })
    insert(db, ctx, signatories, { periodId: p.id, name: 'Karin Lindqvist', title: 'Lokalpolisområdeschef', organisation: 'Polisen' })
    insert(db, ctx, signatories, { periodId: p.id, name: 'Per Holmberg', title: 'Kommunstyrelsens ordförande', organisation: 'Ekbacka kommun' })
    for (const g of GOALS) {
      const goal = insert(db, ctx, goals, { periodId: p.id, text: g.text })
      for (const a of g.activities) {
        const act = insert(db, ctx, activities, {
          goalId: goal.id,
          text: a.text,
          party: a.party,
          partyName: a.partyName ?? '',
          targetCount: a.target?.[0] ?? null,
          targetUnit: a.target?.[1] ?? ''
        })
        for (const [tertial, party, status, count, text] of a.followUps)
          insert(db, ctx, followUps, { activityId: act.id, year: startYear, tertial, party, status, count, text })
      }
    }
    return { municipalityId: m.id, periodId: p.id }
  })
}
