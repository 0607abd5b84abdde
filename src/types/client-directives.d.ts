/**
 * Connector's own client directives (src/integrations/island-props.ts), each with the island's
 * props fetched from a file beside the page as it hydrates: `client:visible-props` is
 * `client:visible`; `client:use-props` hydrates on the reader's first use, or once the page is idle
 * when there is something of theirs to show (src/scripts/use-props.ts).
 */
import type { ClientVisibleOptions } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:visible-props'?: ClientVisibleOptions | boolean;
    'client:use-props'?: {
      /** Storage key prefixes of what the island shows: any key with one, and it hydrates when idle. */
      saved?: string[];
      /** Address parameters the island takes answers from: any of them, and it hydrates when idle. */
      query?: string[];
    };
  }
}
