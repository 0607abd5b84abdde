/** The answers the page's link asks for: `?decision=…` from the intro-decision quiz. Browser only. */
import { decisionFromQuery } from './questions.ts';

export function presetFromLink() {
  const decision = decisionFromQuery(window.location.search);
  return decision ? { decision } : undefined;
}
