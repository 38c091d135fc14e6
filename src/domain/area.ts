/** Areas by ONS GSS code, and the groups they are compared in. */

export const AREA_KINDS = ['country', 'region', 'authority', 'ward'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface Area {
  /** ONS Government Statistical Service code, e.g. E08000031. */
  code: string;
  name: string;
  kind: AreaKind;
  parentCode: string | null;
}

export const AREA_GROUP_KINDS = ['region', 'nearest-neighbours', 'custom'] as const;
export type AreaGroupKind = (typeof AREA_GROUP_KINDS)[number];

export interface AreaGroup {
  id: string;
  name: string;
  kind: AreaGroupKind;
  memberCodes: string[];
}

export const ENGLAND = 'E92000001';

/** A GSS code is a letter for the nation, two digits for the entity type and six for the instance. */
const GSS_CODE = /^[EWSNK]\d{8}$/;

export function isGssCode(code: string): boolean {
  return GSS_CODE.test(code);
}
