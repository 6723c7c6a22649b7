import { z } from 'zod'
import { isIsoDate } from './dates'
import { LIMITS } from './limits'
import { PARTIES } from './party'
import { PERIOD_STATES, STATUSES } from './status'

export const idSchema = z.string().min(1).max(64)
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ange datum som ÅÅÅÅ-MM-DD.' })
export const partySchema = z.enum(PARTIES)
export const statusSchema = z.enum(STATUSES)
export const periodStateSchema = z.enum(PERIOD_STATES)
export const tertialSchema = z.union([z.literal(1), z.literal(2), z.literal(3)])
export const yearSchema = z.number().int().min(1990).max(2200)
export const versionSchema = z.number().int().min(1)

/** Columns every editable row carries, for optimistic concurrency and the change log. */
const tracked = {
  id: idSchema,
  version: versionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string()
}

export const municipalitySchema = z.object({
  ...tracked,
  name: z.string().max(LIMITS.name)
})
export type Municipality = z.infer<typeof municipalitySchema>

export const promisePeriodSchema = z.object({
  ...tracked,
  municipalityId: idSchema,
  title: z.string().max(LIMITS.title),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  signedDate: isoDateSchema.nullable(),
  signedPlace: z.string().max(LIMITS.name),
  situation: z.string().max(LIMITS.longText),
  effect: z.string().max(LIMITS.longText),
  followUpPlan: z.string().max(LIMITS.longText),
  state: periodStateSchema
})
export type PromisePeriod = z.infer<typeof promisePeriodSchema>

export const signatorySchema = z.object({
  ...tracked,
  periodId: idSchema,
  name: z.string().max(LIMITS.name),
  title: z.string().max(LIMITS.name),
  organisation: z.string().max(LIMITS.name),
  position: z.number()
})
export type Signatory = z.infer<typeof signatorySchema>

export const goalSchema = z.object({
  ...tracked,
  periodId: idSchema,
  text: z.string().max(LIMITS.shortText),
  position: z.number()
})
export type Goal = z.infer<typeof goalSchema>

export const activitySchema = z.object({
  ...tracked,
  goalId: idSchema,
  text: z.string().max(LIMITS.longText),
  party: partySchema,
  /** The named actor when party is "annan". */
  partyName: z.string().max(LIMITS.name),
  targetCount: z.number().int().min(0).max(LIMITS.maxTarget).nullable(),
  targetUnit: z.string().max(LIMITS.unit),
  position: z.number()
})
export type Activity = z.infer<typeof activitySchema>

export const followUpSchema = z.object({
  ...tracked,
  activityId: idSchema,
  year: yearSchema,
  tertial: tertialSchema,
  party: partySchema,
  text: z.string().max(LIMITS.longText),
  status: statusSchema.nullable(),
  count: z.number().int().min(0).max(LIMITS.maxTarget).nullable()
})
export type FollowUp = z.infer<typeof followUpSchema>

export const ENTITY_KINDS = ['municipality', 'period', 'signatory', 'goal', 'activity', 'followUp'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]
export const entityKindSchema = z.enum(ENTITY_KINDS)

export const changeLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.string(),
  entity: entityKindSchema,
  entityId: idSchema,
  periodId: idSchema.nullable(),
  op: z.enum(['create', 'update', 'delete', 'restore', 'move']),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable()
})
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>

/** A period as listed, with its municipality's name. */
export interface PeriodSummary extends PromisePeriod {
  municipalityName: string
}

/** A period with everything under it, as the editing screens and the report need it. */
export interface PeriodTree {
  municipality: Municipality
  period: PromisePeriod
  signatories: Signatory[]
  goals: Array<Goal & { activities: Activity[] }>
  followUps: FollowUp[]
}

/** Who is making a change: written to the change log and to updated_by. */
export const actorSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.name),
  organisation: z.string().max(LIMITS.name).default('')
})
export type Actor = z.infer<typeof actorSchema>
