/** Moving focus to a form field as GOV.UK Frontend does: its question first into view. */

/** Scrolls the label of field `id` (or its fieldset's legend) into view, then focuses the field. */
export function focusField(id: string): boolean {
  const field = document.getElementById(id);
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = legend ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}
