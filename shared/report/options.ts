import { z } from 'zod'

/** What the coordinator can switch on or off in the report. */
export const reportOptionsSchema = z.object({
  /** Status word and marker in each cell. */
  showStatus: z.boolean().default(true),
  /** The count and progress toward the target ("7 av 10 insatser"). */
  showCounts: z.boolean().default(true),
  /** The responsible party under each activity. */
  showParty: z.boolean().default(false),
  showSignatories: z.boolean().default(false),
  /** The lägesbild (situation) of the period. */
  showSituation: z.boolean().default(false),
  /** A summary page with progress charts before the tables (for presentations). */
  showSummary: z.boolean().default(false),
  /** PDF page orientation; the Excel print setup is always landscape. */
  orientation: z.enum(['landscape', 'portrait']).default('landscape')
})
export type ReportOptions = z.output<typeof reportOptionsSchema>
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>

export const DEFAULT_REPORT_OPTIONS: ReportOptions = reportOptionsSchema.parse({})
