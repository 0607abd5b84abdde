/**
 * Connector's own client directive (src/integrations/island-props.ts): `client:visible`, with the
 * island's props fetched from a file beside the page as it hydrates.
 */
import type { ClientVisibleOptions } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:visible-props'?: ClientVisibleOptions | boolean;
  }
}
