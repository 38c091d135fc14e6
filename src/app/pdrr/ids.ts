/** New ids for records people create without naming them: the prefix and the next free number. */
export function nextId(existing: Iterable<string>, prefix: string): string {
  let highest = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  for (const id of existing) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(2, '0')}`;
}

export interface Change {
  by: string;
  /** ISO timestamp. */
  at: string;
}
