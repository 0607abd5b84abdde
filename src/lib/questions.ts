/**
 * The questions a form asks, from its strings: every `label` of its fields, in order, variants
 * included (a field labelled by another answer keeps its labels in nested objects), once each.
 * Hints, errors and choices are left out. For the search entries of the tools (SearchEntry.astro).
 */
export function fieldLabels(fields: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    if (typeof record.label === 'string') found.push(record.label);
    for (const [key, child] of Object.entries(record)) if (key !== 'options' && key !== 'option') visit(child);
  };
  for (const field of Object.values((fields ?? {}) as Record<string, unknown>)) visit(field);
  return [...new Set(found)];
}
