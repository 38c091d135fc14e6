/** The council's Plan–Do–Review–Revise settings: periods before a recovery plan, and risk bands. */
import type { Kysely } from 'kysely';
import { DEFAULT_RISK_BANDS, riskBandsProblems, type RiskBand } from '../domain/pdrr/risk-bands.js';
import {
  DEFAULT_RECOVERY_SETTINGS,
  recoveryPeriodsProblem,
  type RecoverySettings,
} from '../domain/pdrr/recovery-rule.js';
import type { Database } from './database.js';
import { getSetting, setSetting } from './settings.js';

export const RECOVERY_PERIODS_SETTING = 'recovery_plan_periods';
export const RISK_BANDS_SETTING = 'risk_bands';

/** A setting that cannot be read falls back to the default rather than stopping every page. */
export async function recoverySettings(db: Kysely<Database>): Promise<RecoverySettings> {
  const text = await getSetting(db, RECOVERY_PERIODS_SETTING);
  const value = text === null ? null : Number(text);
  return value !== null && recoveryPeriodsProblem(value) === null
    ? { periods: value }
    : DEFAULT_RECOVERY_SETTINGS;
}

export async function setRecoveryPeriods(db: Kysely<Database>, periods: number): Promise<void> {
  await setSetting(db, RECOVERY_PERIODS_SETTING, String(periods));
}

export async function riskBands(db: Kysely<Database>): Promise<readonly RiskBand[]> {
  const text = await getSetting(db, RISK_BANDS_SETTING);
  if (text === null) return DEFAULT_RISK_BANDS;
  try {
    const bands = JSON.parse(text) as RiskBand[];
    return Array.isArray(bands) && riskBandsProblems(bands).length === 0 ? bands : DEFAULT_RISK_BANDS;
  } catch {
    return DEFAULT_RISK_BANDS;
  }
}

export async function setRiskBands(db: Kysely<Database>, bands: readonly RiskBand[]): Promise<void> {
  await setSetting(db, RISK_BANDS_SETTING, JSON.stringify(bands));
}
