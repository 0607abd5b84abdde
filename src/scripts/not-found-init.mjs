/**
 * The 404 page's inline script: shows only the section in the language of the address
 * (`/de/...` -> German) before the first paint, so the page does not jump from four languages to
 * one. A module script runs after the first paint, which moved the reader's section up by up to
 * half a screen. Like theme-init.mjs, astro.config.mjs hashes this exact text into the CSP and
 * src/pages/404.astro writes it into the page, after the sections; the site's base comes from the
 * page (`data-base` on main), so one text serves every deploy.
 */
export const notFoundInitCode =
  "(function(){var m=document.getElementById('main'),b=m.dataset.base||'/',p=location.pathname;if(p.indexOf(b)===0)p=p.slice(b.length-1);var l=p.split('/')[1]||'';if(!/^[a-z]{2}$/.test(l))return;var o=m.querySelector('[data-locale=\"'+l+'\"]');if(!o)return;document.documentElement.lang=l;m.querySelectorAll('[data-locale]').forEach(function(s){s.hidden=s!==o})})()";
