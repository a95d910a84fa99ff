// Waymark's offline safeguards, on every page.
//
// Registers the service worker that keeps the catalogue on the phone, then asks the server for
// this page's current revision (in the `revisions/` file the page names in `data-check`, never
// from a cache) and says what the crew is looking at:
// - the server cannot be reached: "Offline copy from <date>", and after a week a stronger warning
//   that hours, numbers and whether a pathway takes referrals may have changed;
// - the server has another revision of this page, or no longer has it: this page is an old copy,
//   so it says so, hides every "open now" answer (a suspended pathway could read as open), and
//   loads the current version;
// - the server has this revision: nothing to say.
// A page the service worker answered from its copy is marked as an offline copy at once, before
// the server answers. It checks again whenever the phone goes on or off line and whenever the page
// comes back into view. Text goes in with textContent only.
(function () {
  'use strict';

  const MONTHS = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ];
  const DAY = 86400000;
  // An offline copy older than this many days gets the stronger warning.
  const STALE_AFTER_DAYS = 7;
  // How long the server may take to name this page's current revision before the page counts as offline.
  const VERSION_TIMEOUT = 8000;
  // How long the new service worker may take to take over before the page reloads anyway.
  const RELOAD_AFTER = 4000;
  const RELOADED_FOR = 'waymark-reloaded-for-revision';

  // A `YYYY-MM-DD` calendar date as { year, month, day }, or null.
  function parseDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!match) return null;
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
    return date;
  }

  // "22 November 2026": the date as written, whatever the phone's time zone.
  function formatDate(text) {
    const date = parseDate(text);
    if (!date) return text || 'an unknown date';
    return date.day + ' ' + MONTHS[date.month - 1] + ' ' + date.year;
  }

  // Whole days from the calendar date `text` to the phone's own date at `now`.
  function daysSince(text, now) {
    const date = parseDate(text);
    if (!date) return null;
    const then = Date.UTC(date.year, date.month - 1, date.day);
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.round((today - then) / DAY);
  }

  function rootURL() {
    return new URL(document.body.dataset.root || './', location.href);
  }

  function banner() {
    return document.getElementById('offline-status');
  }

  function show(modifier, text, alert) {
    const element = banner();
    if (!element) return;
    element.className = 'offline-status offline-status--' + modifier;
    if (alert) element.setAttribute('role', 'alert');
    else element.removeAttribute('role');
    element.textContent = text;
    element.hidden = false;
  }

  function hide() {
    const element = banner();
    if (!element) return;
    element.hidden = true;
    element.className = 'offline-status';
    element.removeAttribute('role');
    element.textContent = '';
  }

  function showOffline(now) {
    const built = document.body.dataset.built;
    const age = daysSince(built, now || new Date());
    if (age !== null && age > STALE_AFTER_DAYS) {
      show(
        'stale',
        'This offline copy is ' + age + ' days old (from ' + formatDate(built) + '). ' +
          'Hours, phone numbers and whether a pathway is taking referrals may have changed: ' +
          'confirm with control before you refer.',
        true
      );
    } else {
      show('offline', 'Offline copy from ' + formatDate(built), false);
    }
  }

  // An old page's "open now" answers could show a pathway as open that is now suspended: each
  // becomes unknown, and loses its hours so that the hours script leaves it hidden.
  function forgetOpenNow() {
    for (const element of document.querySelectorAll('.open-now')) {
      if (element.hasAttribute('data-hours')) {
        element.setAttribute('data-hours-outdated', element.getAttribute('data-hours'));
        element.removeAttribute('data-hours');
      }
      element.setAttribute('data-state', 'unknown');
      element.textContent = '';
      element.hidden = true;
    }
  }

  function readFlag() {
    try {
      return sessionStorage.getItem(RELOADED_FOR);
    } catch (error) {
      return null;
    }
  }

  function writeFlag(value) {
    try {
      if (value === null) sessionStorage.removeItem(RELOADED_FOR);
      else sessionStorage.setItem(RELOADED_FOR, value);
      return true;
    } catch (error) {
      return false;
    }
  }

  // Whether the service worker answered this page from its copy (when the network failed or was
  // slow) rather than from the network: it says so in the page's Server-Timing.
  function fromCopy() {
    try {
      const entry = performance.getEntriesByType('navigation')[0];
      return Boolean(entry && entry.serverTiming && entry.serverTiming.some((each) => each.name === 'waymark-copy'));
    } catch (error) {
      return false;
    }
  }

  let registration = null;
  let reloading = false;

  function reload() {
    if (reloading) return;
    reloading = true;
    location.reload();
  }

  // The revision this page is on its way to, once it knows it is an old copy.
  let loadingRevision = null;

  // The server has `currentRevision` of this page (or 'gone'), and this page is another.
  function loadCurrent(currentRevision) {
    forgetOpenNow();
    if (loadingRevision === currentRevision) return;
    loadingRevision = currentRevision;
    const wanted = document.body.dataset.page + ' ' + currentRevision;
    const built = formatDate(document.body.dataset.built);
    const older = 'This page is from an older copy of the catalogue (built ' + built + '). ';
    // Reload at most once for a given revision: if the reload still brings an old page, say so and
    // stop, rather than reload for ever.
    const reloadNow = readFlag() !== wanted && writeFlag(wanted);
    if (reloadNow) show('updating', older + 'Loading the current version…', true);
    else {
      show(
        'updating',
        older +
          'The current version could not be loaded: reload the page, and confirm with control before you refer.',
        true
      );
    }
    if ('serviceWorker' in navigator) {
      const controller = navigator.serviceWorker.controller;
      // The worker waits for the network however slow, rather than answer from its old copy.
      if (reloadNow && controller) controller.postMessage({ type: 'prefer-network', revision: currentRevision });
      // A new worker keeps the current build; once it controls this page, the page reloads into
      // it, unless it has already reloaded once for this revision.
      if (reloadNow) navigator.serviceWorker.addEventListener('controllerchange', reload);
      const found = registration
        ? Promise.resolve(registration)
        : navigator.serviceWorker.getRegistration(rootURL().href);
      found.then((each) => each && each.update()).catch(() => {});
    }
    if (reloadNow) setTimeout(reload, RELOAD_AFTER);
  }

  let checking = null;

  // Asks the server for this page's current revision and updates the banner; resolves with what
  // it found: 'offline', 'outdated' or 'current'.
  function check() {
    if (checking) return checking;
    if (reloading) return Promise.resolve('outdated');
    checking = (async () => {
      const data = document.body.dataset;
      let current = null;
      const controller = typeof AbortController === 'function' ? new AbortController() : null;
      const timer = controller ? setTimeout(() => controller.abort(), VERSION_TIMEOUT) : null;
      try {
        const response = await fetch(new URL(data.check || 'version.json', rootURL()).href, {
          cache: 'no-store',
          signal: controller ? controller.signal : undefined,
        });
        if (response.ok) {
          const revisions = await response.json();
          // A page the current build no longer lists is gone from it.
          if (revisions && typeof revisions === 'object') current = revisions[data.page] || 'gone';
        } else if (response.status === 404) {
          // The build that listed this page's revision there is no longer the server's.
          current = 'gone';
        }
      } catch (error) {
        current = null;
      } finally {
        if (timer) clearTimeout(timer);
      }
      if (current === null) {
        showOffline();
        return 'offline';
      }
      if (data.revision && current !== data.revision) {
        loadCurrent(current);
        return 'outdated';
      }
      loadingRevision = null;
      writeFlag(null);
      hide();
      return 'current';
    })();
    checking.finally(() => {
      checking = null;
    });
    return checking;
  }

  function register() {
    if (!('serviceWorker' in navigator)) return Promise.resolve(null);
    const root = rootURL();
    return navigator.serviceWorker
      .register(new URL('sw.js', root).href, { scope: root.href, updateViaCache: 'none' })
      .then((found) => {
        registration = found;
        return found;
      })
      .catch((error) => {
        console.error('Offline copy:', error);
        return null;
      });
  }

  function start() {
    register();
    // A page from the copy says so at once; the server's answer, slow or absent, refines it.
    if (fromCopy()) showOffline();
    check();
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) check();
    });
  }

  window.WaymarkSite = {
    check: check,
    formatDate: formatDate,
    daysSince: daysSince,
    showOffline: showOffline,
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
