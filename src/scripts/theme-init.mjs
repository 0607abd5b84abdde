/**
 * One of the site's two inline scripts (with not-found-init.mjs): applies a saved light or dark theme before the first paint.
 * Astro's CSP hashes the scripts it bundles, not inline ones, so astro.config.mjs hashes this
 * exact text into every page's policy and ThemeInit.astro writes it into the page.
 */
export const themeInitCode =
  "try{var t=localStorage.getItem('connector:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
