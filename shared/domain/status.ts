/** Fixed list of follow-up statuses. */
export const STATUSES = ['planerad', 'pagar', 'genomford', 'ej_genomford', 'installd'] as const
export type FollowUpStatus = (typeof STATUSES)[number]

export const STATUS_LABELS: Record<FollowUpStatus, string> = {
  planerad: 'Planerad',
  pagar: 'Pågår',
  genomford: 'Genomförd',
  ej_genomford: 'Ej genomförd',
  installd: 'Inställd'
}

export const PERIOD_STATES = ['utkast', 'gallande', 'avslutad'] as const
export type PeriodState = (typeof PERIOD_STATES)[number]

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  utkast: 'Utkast',
  gallande: 'Gällande',
  avslutad: 'Avslutad'
}
