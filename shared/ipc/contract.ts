import { z } from 'zod'
import type {
  Activity,
  ChangeLogEntry,
  FollowUp,
  Goal,
  Municipality,
  PeriodSummary,
  PeriodTree,
  PromisePeriod,
  Signatory
} from '../domain/entities'
import { entityKindSchema, idSchema } from '../domain/entities'
import * as inputs from '../domain/inputs'
import type { ErrorInfo } from '../errors'
import type { ReportModel } from '../report/model'
import type { AreaRow } from '../progress/overview'
import { reportOptionsSchema } from '../report/options'
import { followUpSchema, tertialSchema, yearSchema } from '../domain/entities'
import { parsedPeriodSchema } from '../import/schema'
import { LIMITS } from '../domain/limits'

/** What the follow-up import found: per activity of the file, the matched activity and its contributions. */
const contributionSchema = followUpSchema.pick({ year: true, tertial: true, party: true, text: true, status: true, count: true })
export interface FollowUpMatchView {
  sourceGoal: string | null
  sourceActivity: string
  activityId: string | null
  score: number
  contributions: Array<z.infer<typeof contributionSchema>>
}
const previewImportInput = z
  .object({
    periodId: idSchema,
    text: z.string().max(5_000_000).optional(),
    /** An .xlsx as base64 (the renderer never hands over paths). */
    xlsxBase64: z.string().max(28_000_000).optional(),
    year: yearSchema.optional()
  })
  .refine((i) => (i.text === undefined) !== (i.xlsxBase64 === undefined), { message: 'Ange antingen text eller en Excel-fil.' })
const applyImportInput = z.object({
  periodId: idSchema,
  matches: z.array(z.object({ activityId: idSchema, contributions: z.array(contributionSchema).max(100) })).max(1000)
})
const importPeriodsInput = z.object({ municipality: z.string().trim().min(1, 'Ange kommun.').max(LIMITS.name), periods: z.array(parsedPeriodSchema).min(1).max(20) })
import type { IpcChannel } from './channels'

/** The output type rides along as a phantom so channel, input and output are declared once. */
function channel<I extends z.ZodType, O>(input: I): { input: I; output: O } {
  return { input, output: undefined as O }
}

const none = z.undefined()
const byId = z.object({ id: idSchema })

export interface AppInfo {
  name: string
  version: string
  schemaVersion: number
}

/** What the renderer may know about the open file: its name, never its path. */
export interface WorkspaceInfo {
  fileName: string
  readonly: boolean
  schemaVersion: number
  user: string
  organisation: string
  /** Why the file is read-only, or other risks (a cloud-synced folder), in Swedish. */
  warnings: string[]
}

export interface BackupView {
  id: string
  createdAt: string
  sizeBytes: number
  counts: { periods: number; activities: number; followUps: number } | null
}

/** Someone else with the file open. */
export interface PresenceView {
  name: string
  organisation: string
  host: string
  since: string
  editing: { entity: string; id: string } | null
}

export interface UserSettings {
  userName: string
  organisation: 'polisen' | 'kommunen' | 'annan'
  organisationName: string
  /** True until the user has told us who they are. */
  firstStart: boolean
}

const settingsInput = z.object({
  userName: z.string().trim().min(1, 'Skriv ditt namn.').max(200),
  organisation: z.enum(['polisen', 'kommunen', 'annan']),
  organisationName: z.string().trim().max(200).default('')
})

const reportRequest = z.object({
  periodId: idSchema,
  year: yearSchema,
  tertial: tertialSchema,
  options: reportOptionsSchema.partial().default({})
})

export const contract = {
  getAppInfo: channel<typeof none, AppInfo>(none),
  getWorkspaceInfo: channel<typeof none, WorkspaceInfo | null>(none),
  getSettings: channel<typeof none, UserSettings>(none),
  saveSettings: channel<typeof settingsInput, UserSettings>(settingsInput),
  fillDemo: channel<typeof none, { periodId: string }>(none),
  listMunicipalities: channel<typeof none, Municipality[]>(none),
  createMunicipality: channel<typeof inputs.createMunicipalityInput, Municipality>(inputs.createMunicipalityInput),
  updateMunicipality: channel<typeof inputs.updateMunicipalityInput, Municipality>(inputs.updateMunicipalityInput),
  deleteMunicipality: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  listPeriods: channel<z.ZodObject<{ municipalityId: z.ZodOptional<typeof idSchema> }>, PeriodSummary[]>(
    z.object({ municipalityId: idSchema.optional() })
  ),
  getPeriodTree: channel<typeof byId, PeriodTree>(byId),
  createPeriod: channel<typeof inputs.createPeriodInput, PromisePeriod>(inputs.createPeriodInput),
  updatePeriod: channel<typeof inputs.updatePeriodInput, PromisePeriod>(inputs.updatePeriodInput),
  deletePeriod: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  copyPeriod: channel<typeof inputs.copyPeriodInput, PromisePeriod>(inputs.copyPeriodInput),
  createSignatory: channel<typeof inputs.createSignatoryInput, Signatory>(inputs.createSignatoryInput),
  updateSignatory: channel<typeof inputs.updateSignatoryInput, Signatory>(inputs.updateSignatoryInput),
  deleteSignatory: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  moveSignatory: channel<typeof inputs.moveInput, Signatory>(inputs.moveInput),
  createGoal: channel<typeof inputs.createGoalInput, Goal>(inputs.createGoalInput),
  updateGoal: channel<typeof inputs.updateGoalInput, Goal>(inputs.updateGoalInput),
  deleteGoal: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  moveGoal: channel<typeof inputs.moveInput, Goal>(inputs.moveInput),
  createActivity: channel<typeof inputs.createActivityInput, Activity>(inputs.createActivityInput),
  updateActivity: channel<typeof inputs.updateActivityInput, Activity>(inputs.updateActivityInput),
  deleteActivity: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  moveActivity: channel<typeof inputs.moveInput, Activity>(inputs.moveInput),
  createFollowUp: channel<typeof inputs.createFollowUpInput, FollowUp>(inputs.createFollowUpInput),
  updateFollowUp: channel<typeof inputs.updateFollowUpInput, FollowUp>(inputs.updateFollowUpInput),
  deleteFollowUp: channel<typeof inputs.deleteInput, null>(inputs.deleteInput),
  restoreItem: channel<z.ZodObject<{ entity: typeof entityKindSchema; id: typeof idSchema }>, null>(
    z.object({ entity: entityKindSchema, id: idSchema })
  ),
  revertChange: channel<z.ZodObject<{ changeId: z.ZodNumber }>, null>(z.object({ changeId: z.number().int().min(1) })),
  getPresence: channel<typeof none, PresenceView[]>(none),
  setEditing: channel<z.ZodObject<{ entity: typeof entityKindSchema; id: typeof idSchema }> | z.ZodNull, null>(
    z.object({ entity: entityKindSchema, id: idSchema }).nullable() as never
  ),
  dismissFailedEdit: channel<z.ZodObject<{ id: z.ZodNumber }>, null>(z.object({ id: z.number().int().min(1) })),
  listBackups: channel<typeof none, BackupView[]>(none),
  restoreBackup: channel<z.ZodObject<{ id: z.ZodString }>, null>(z.object({ id: z.string().regex(/^[\dTZ-]+\.mlof$/).max(80) })),
  replayOutbox: channel<typeof none, { applied: number; failed: number; pending: number } | null>(none),
  getEntityHistory: channel<z.ZodObject<{ entity: typeof entityKindSchema; id: typeof idSchema }>, ChangeLogEntry[]>(
    z.object({ entity: entityKindSchema, id: idSchema })
  ),
  getPeriodHistory: channel<typeof byId, ChangeLogEntry[]>(byId),
  importPeriods: channel<typeof importPeriodsInput, { periodIds: string[] }>(importPeriodsInput),
  previewFollowUpImport: channel<typeof previewImportInput, FollowUpMatchView[]>(previewImportInput),
  applyFollowUpImport: channel<typeof applyImportInput, { created: number; updated: number; unchanged: number }>(applyImportInput),
  getReportModel: channel<typeof reportRequest, ReportModel>(reportRequest),
  exportReport: channel<z.ZodObject<typeof reportRequest.shape & { format: z.ZodEnum<{ pdf: 'pdf'; xlsx: 'xlsx' }> }>, { fileName: string; missingGlyphs: string[] } | null>(
    reportRequest.extend({ format: z.enum(['pdf', 'xlsx']) })
  ),
  exportSlides: channel<z.ZodObject<{ periodId: typeof idSchema; year: typeof yearSchema; tertial: typeof tertialSchema }>, { fileName: string } | null>(
    z.object({ periodId: idSchema, year: yearSchema, tertial: tertialSchema })
  ),
  getAreaOverview: channel<typeof none, AreaRow[]>(none),
  exportAreaOverview: channel<typeof none, { fileName: string } | null>(none),
  openExport: channel<z.ZodObject<{ mode: z.ZodEnum<{ open: 'open'; reveal: 'reveal' }> }>, null>(z.object({ mode: z.enum(['open', 'reveal']) }))
} satisfies Record<IpcChannel, { input: z.ZodType; output: unknown }>

type Contract = typeof contract
export type IpcInput<C extends IpcChannel> = z.input<Contract[C]['input']>
/** What a handler receives: the input after validation and defaults. */
export type IpcParsed<C extends IpcChannel> = z.output<Contract[C]['input']>
export type IpcOutput<C extends IpcChannel> = Contract[C]['output']

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

/** The typed bridge the preload exposes as window.api. */
export type Api = {
  [C in IpcChannel]: undefined extends IpcInput<C>
    ? (input?: IpcInput<C>) => Promise<IpcResult<IpcOutput<C>>>
    : (input: IpcInput<C>) => Promise<IpcResult<IpcOutput<C>>>
}

/** The main-process side: one function per channel, given validated input. */
export type Handlers = { [C in IpcChannel]: (input: IpcParsed<C>) => IpcOutput<C> | Promise<IpcOutput<C>> }
