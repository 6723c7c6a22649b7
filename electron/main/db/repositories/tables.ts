import type { Activity, FollowUp, Goal, Municipality, PromisePeriod, Signatory } from '../../../../shared/domain/entities'
import type { Db } from '../connection'
import type { TableSpec } from './versioned-table'

function periodOfGoal(db: Db, goalId: string): string | null {
  return (db.prepare('SELECT period_id AS p FROM goal WHERE id = ?').get(goalId) as { p: string } | undefined)?.p ?? null
}

function periodOfActivity(db: Db, activityId: string): string | null {
  const r = db
    .prepare('SELECT g.period_id AS p FROM activity a JOIN goal g ON g.id = a.goal_id WHERE a.id = ?')
    .get(activityId) as { p: string } | undefined
  return r?.p ?? null
}

export const municipalities: TableSpec<Municipality> = {
  entity: 'municipality',
  table: 'municipality',
  label: 'Kommunen',
  fields: { name: 'name' },
  periodOf: () => null
}

export const periods: TableSpec<PromisePeriod> = {
  entity: 'period',
  table: 'period',
  label: 'Medborgarlöftet',
  fields: {
    municipalityId: 'municipality_id',
    title: 'title',
    startDate: 'start_date',
    endDate: 'end_date',
    signedDate: 'signed_date',
    signedPlace: 'signed_place',
    situation: 'situation',
    effect: 'effect',
    followUpPlan: 'follow_up_plan',
    state: 'state'
  },
  periodOf: (_db, row) => row.id
}

export const signatories: TableSpec<Signatory> = {
  entity: 'signatory',
  table: 'signatory',
  label: 'Undertecknaren',
  fields: { periodId: 'period_id', name: 'name', title: 'title', organisation: 'organisation', position: 'position' },
  periodOf: (_db, row) => row.periodId,
  parentColumn: 'period_id'
}

export const goals: TableSpec<Goal> = {
  entity: 'goal',
  table: 'goal',
  label: 'Löftet',
  fields: { periodId: 'period_id', text: 'text', position: 'position' },
  periodOf: (_db, row) => row.periodId,
  parentColumn: 'period_id'
}

export const activities: TableSpec<Activity> = {
  entity: 'activity',
  table: 'activity',
  label: 'Aktiviteten',
  fields: {
    goalId: 'goal_id',
    text: 'text',
    party: 'party',
    partyName: 'party_name',
    targetCount: 'target_count',
    targetUnit: 'target_unit',
    position: 'position'
  },
  periodOf: (db, row) => periodOfGoal(db, row.goalId),
  parentColumn: 'goal_id'
}

export const followUps: TableSpec<FollowUp> = {
  entity: 'followUp',
  table: 'follow_up',
  label: 'Uppföljningen',
  fields: {
    activityId: 'activity_id',
    year: 'year',
    tertial: 'tertial',
    party: 'party',
    text: 'text',
    status: 'status',
    count: 'count'
  },
  periodOf: (db, row) => periodOfActivity(db, row.activityId)
}

export const TABLES = { municipalities, periods, signatories, goals, activities, followUps }
