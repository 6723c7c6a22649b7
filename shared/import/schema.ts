import { z } from 'zod'
import { isoDateSchema, partySchema } from '../domain/entities'
import { LIMITS } from '../domain/limits'

/** A parsed (and possibly corrected) period, as the import dialog sends it to be saved. */
export const parsedPeriodSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.title),
  start: isoDateSchema,
  end: isoDateSchema,
  goals: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(LIMITS.shortText),
        activities: z
          .array(
            z.object({
              text: z.string().trim().min(1).max(LIMITS.longText),
              party: partySchema,
              partyName: z.string().max(LIMITS.name).optional(),
              target: z.object({ count: z.number().int().min(0).max(LIMITS.maxTarget), unit: z.string().max(LIMITS.unit) }).nullable()
            })
          )
          .max(500)
      })
    )
    .max(200),
  signatories: z.array(z.object({ name: z.string().trim().min(1).max(LIMITS.name), title: z.string().max(LIMITS.name) })).max(20),
  unparsed: z.array(z.string().max(LIMITS.longText)).max(2000).default([]),
  situation: z.string().max(LIMITS.longText).default(''),
  effect: z.string().max(LIMITS.longText).default(''),
  followUpPlan: z.string().max(LIMITS.longText).default(''),
  signedDate: isoDateSchema.nullable().default(null),
  signedPlace: z.string().max(LIMITS.name).default('')
}).refine((p) => p.start <= p.end, { message: 'Slutdatum kan inte vara före startdatum.', path: ['end'] })
export type ParsedPeriodInput = z.input<typeof parsedPeriodSchema>
