import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  partySchema,
  periodStateSchema,
  statusSchema,
  tertialSchema,
  versionSchema,
  yearSchema
} from './entities'
import { LIMITS } from './limits'

/** Text fields keep what the user typed; only the length is capped. */
const text = (max: number) => z.string().max(max)
const requiredText = (max: number) => z.string().trim().min(1, 'Fältet får inte vara tomt.').max(max)

/** Every update names the version it was based on; a mismatch is a conflict. */
const versioned = { id: idSchema, expectedVersion: versionSchema }

export const createMunicipalityInput = z.object({ name: requiredText(LIMITS.name) })
export const updateMunicipalityInput = z.object({ ...versioned, patch: z.object({ name: requiredText(LIMITS.name) }).partial() })

const periodFields = {
  title: requiredText(LIMITS.title),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  signedDate: isoDateSchema.nullable(),
  signedPlace: text(LIMITS.name),
  situation: text(LIMITS.longText),
  effect: text(LIMITS.longText),
  followUpPlan: text(LIMITS.longText),
  state: periodStateSchema
}
const endNotBeforeStart = (p: { startDate?: string; endDate?: string }) =>
  !p.startDate || !p.endDate || p.startDate <= p.endDate
const endMessage = { message: 'Slutdatum kan inte vara före startdatum.', path: ['endDate'] }

export const createPeriodInput = z
  .object({
    municipalityId: idSchema,
    ...periodFields,
    signedDate: periodFields.signedDate.default(null),
    signedPlace: periodFields.signedPlace.default(''),
    situation: periodFields.situation.default(''),
    effect: periodFields.effect.default(''),
    followUpPlan: periodFields.followUpPlan.default(''),
    state: periodFields.state.default('utkast')
  })
  .refine(endNotBeforeStart, endMessage)
export const updatePeriodInput = z.object({
  ...versioned,
  patch: z.object(periodFields).partial().refine(endNotBeforeStart, endMessage)
})
export const copyPeriodInput = z
  .object({
    sourceId: idSchema,
    title: requiredText(LIMITS.title),
    startDate: isoDateSchema,
    endDate: isoDateSchema
  })
  .refine(endNotBeforeStart, endMessage)

const signatoryFields = {
  name: requiredText(LIMITS.name),
  title: text(LIMITS.name),
  organisation: text(LIMITS.name)
}
export const createSignatoryInput = z.object({
  periodId: idSchema,
  ...signatoryFields,
  title: signatoryFields.title.default(''),
  organisation: signatoryFields.organisation.default('')
})
export const updateSignatoryInput = z.object({ ...versioned, patch: z.object(signatoryFields).partial() })

export const createGoalInput = z.object({ periodId: idSchema, text: requiredText(LIMITS.shortText) })
export const updateGoalInput = z.object({ ...versioned, patch: z.object({ text: requiredText(LIMITS.shortText) }).partial() })

const activityFields = {
  text: requiredText(LIMITS.longText),
  party: partySchema,
  partyName: text(LIMITS.name),
  targetCount: z.number().int().min(0).max(LIMITS.maxTarget).nullable(),
  targetUnit: text(LIMITS.unit)
}
export const createActivityInput = z.object({
  goalId: idSchema,
  ...activityFields,
  partyName: activityFields.partyName.default(''),
  targetCount: activityFields.targetCount.default(null),
  targetUnit: activityFields.targetUnit.default('')
})
export const updateActivityInput = z.object({ ...versioned, patch: z.object(activityFields).partial() })

/** Move an item so that it stands at `toIndex` among its siblings (0 = first). */
export const moveInput = z.object({ ...versioned, toIndex: z.number().int().min(0).max(10_000) })

const followUpFields = {
  text: text(LIMITS.longText),
  status: statusSchema.nullable(),
  count: z.number().int().min(0).max(LIMITS.maxTarget).nullable()
}
export const createFollowUpInput = z.object({
  activityId: idSchema,
  year: yearSchema,
  tertial: tertialSchema,
  party: partySchema,
  text: followUpFields.text.default(''),
  status: followUpFields.status.default(null),
  count: followUpFields.count.default(null)
})
export const updateFollowUpInput = z.object({ ...versioned, patch: z.object(followUpFields).partial() })

/** Deletes are versioned too: deleting what someone else just edited is a conflict. */
export const deleteInput = z.object(versioned)
export const restoreInput = z.object(versioned)

export type CreateMunicipalityInput = z.infer<typeof createMunicipalityInput>
export type UpdateMunicipalityInput = z.infer<typeof updateMunicipalityInput>
export type CreatePeriodInput = z.input<typeof createPeriodInput>
export type UpdatePeriodInput = z.infer<typeof updatePeriodInput>
export type CopyPeriodInput = z.infer<typeof copyPeriodInput>
export type CreateSignatoryInput = z.input<typeof createSignatoryInput>
export type UpdateSignatoryInput = z.infer<typeof updateSignatoryInput>
export type CreateGoalInput = z.infer<typeof createGoalInput>
export type UpdateGoalInput = z.infer<typeof updateGoalInput>
export type CreateActivityInput = z.input<typeof createActivityInput>
export type UpdateActivityInput = z.infer<typeof updateActivityInput>
export type MoveInput = z.infer<typeof moveInput>
export type CreateFollowUpInput = z.input<typeof createFollowUpInput>
export type UpdateFollowUpInput = z.infer<typeof updateFollowUpInput>
export type DeleteInput = z.infer<typeof deleteInput>
