// The Waymark service worker: keeps one whole build of the catalogue on the phone, so that a
// crew with no signal still has every page, and never lets an old copy hide a newer one.
//
// - install: every file of this build goes into the cache `waymark-<version>`, fetched past the
//   HTTP cache, a few at a time; an install that cannot get the whole build, or finds another
//   build on the server, fails and leaves the previous copy in place.
// - activate: every other `waymark-` cache is deleted; open pages are taken over.
// - fetch: `version.json` always goes to the network (pages compare it with their own build);
//   pages and data go to the network first and fall back to this build's copy when the network
//   fails or is slower than a few seconds; fingerprinted assets come from the copy first.
//   Nothing fetched at run time is ever written into the copy: it holds exactly this build.
'use strict';

const VERSION = {{{version}}};
const BUILT = {{{built}}};
const FILES = {{{files}}};

const PREFIX = 'waymark-';
const CACHE = PREFIX + VERSION;
// Slower than this, a page comes from the copy rather than keep a crew waiting.
const NETWORK_TIMEOUT = 4000;
// A page told us the server has a newer build: until then, wait for the network however slow.
const PREFER_NETWORK_FOR = 60000;
// Files fetched at once while installing: the browser's connection limit per host.
const CONCURRENT_FETCHES = 6;
// One file may take this long before it is tried again; each file is tried this many times.
const FILE_TIMEOUT = 30000;
const ATTEMPTS = 3;

const SCOPE = new URL(self.registration.scope);
const BUILD_MARKER = 'data-build="';

let preferNetworkUntil = 0;

function fileURL(path) {
  return new URL(path, SCOPE).href;
}

// The path of `url` inside the scope ('' for the root), or null when it lies outside.
function scopedPath(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  return url.pathname.slice(SCOPE.pathname.length);
}

// --- Install: the whole build, or nothing ------------------------------------------------------

function delay(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function fetchWithin(url, init, milliseconds) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), milliseconds);
  try {
    return await fetch(url, Object.assign({}, init, { signal: controller.signal }));
  } finally {
    clearTimeout(timer);
  }
}

// The build the server has now, or null when it cannot say.
async function serverBuild() {
  try {
    const response = await fetchWithin(fileURL('version.json'), { cache: 'no-store' }, FILE_TIMEOUT);
    if (!response.ok) return null;
    const version = await response.json();
    return typeof version.build === 'string' ? version.build : null;
  } catch (error) {
    return null;
  }
}

function checkSameBuild(build) {
  if (build !== null && build !== VERSION) {
    throw new Error('the server has build ' + build + ', not ' + VERSION + ': this worker is out of date');
  }
}

// A response the cache can give to a navigation: one that was redirected cannot be.
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function precacheOne(cache, path) {
  const url = fileURL(path);
  let lastError = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (attempt > 0) await delay(500 * attempt);
    try {
      const response = await fetchWithin(url, { cache: 'reload', credentials: 'same-origin' }, FILE_TIMEOUT);
      if (!response.ok) throw new Error('HTTP ' + response.status);
      if (path.endsWith('.html')) {
        // A page names its build: one from another build must not join this copy.
        const text = await response.clone().text();
        const at = text.indexOf(BUILD_MARKER);
        if (at >= 0) {
          const start = at + BUILD_MARKER.length;
          const build = text.slice(start, text.indexOf('"', start));
          checkSameBuild(build);
        }
      }
      await cache.put(url, await storable(response));
      return;
    } catch (error) {
      lastError = error;
      if (error && /out of date/.test(error.message)) break;
    }
  }
  throw new Error('could not keep ' + path + ' offline: ' + (lastError && lastError.message));
}

// Pages and fingerprinted assets already kept by an earlier, interrupted install are this build's
// (pages were checked, assets are named by their contents); anything else is fetched again.
function reusable(path) {
  return path.startsWith('assets/') || path.endsWith('.html');
}

async function precache() {
  checkSameBuild(await serverBuild());
  const cache = await caches.open(CACHE);
  const kept = new Set((await cache.keys()).map((request) => request.url));
  const queue = FILES.filter((path) => !(reusable(path) && kept.has(fileURL(path))));
  let failure = null;
  // A few fetches run side by side, each taking the next file when it is done, so one slow
  // file holds up only itself.
  async function worker() {
    while (queue.length && !failure) {
      const path = queue.shift();
      try {
        await precacheOne(cache, path);
      } catch (error) {
        failure = failure || error;
      }
    }
  }
  const workers = [];
  for (let index = 0; index < CONCURRENT_FETCHES; index += 1) workers.push(worker());
  await Promise.all(workers);
  if (failure) throw failure;
  try {
    // The server may have moved to another build while we were fetching.
    checkSameBuild(await serverBuild());
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(precache());
});

// --- Activate: only this build's copy stays ----------------------------------------------------

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  // Sent by a page that found a newer build on the server, just before it reloads.
  if (message.type === 'prefer-network') preferNetworkUntil = Date.now() + PREFER_NETWORK_FOR;
});

// --- Fetch -------------------------------------------------------------------------------------

function fromCopy(path, ignoreSearch) {
  return caches.match(fileURL(path), { cacheName: CACHE, ignoreSearch: ignoreSearch });
}

// The kept file for a page's path: a folder is its index.html, a clean URL its .html file.
async function keptPage(path) {
  const candidates = [];
  if (path === '' || path.endsWith('/')) candidates.push(path + 'index.html');
  else {
    candidates.push(path);
    if (!/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1))) {
      candidates.push(path + '.html', path + '/index.html');
    }
  }
  for (const candidate of candidates) {
    const response = await fromCopy(candidate, true);
    if (response) return response;
  }
  return null;
}

async function notFound(request) {
  if (request.mode === 'navigate' || (request.headers.get('Accept') || '').includes('text/html')) {
    const page = await fromCopy('404.html', true);
    if (page) return markedAsCopy(page, 404, 'Not Found');
  }
  return Response.error();
}

// The network's answer, or null when the network failed or the server failed.
async function fromNetwork(request) {
  try {
    // Revalidate with the server: an HTTP cache must not answer with an older build.
    const response = await fetch(new Request(request, { cache: 'no-cache' }));
    return response.status >= 500 ? null : response;
  } catch (error) {
    return null;
  }
}

// A page answered from the copy says so, for the site script to read at once (in
// `performance.getEntriesByType('navigation')[0].serverTiming`) rather than wait for the network.
function markedAsCopy(response, status, statusText) {
  const headers = new Headers(response.headers);
  headers.append('Server-Timing', 'waymark-copy;desc=' + JSON.stringify(BUILT));
  return new Response(response.body, {
    status: status || response.status,
    statusText: statusText || response.statusText,
    headers: headers,
  });
}

async function networkFirst(request, path) {
  const network = fromNetwork(request);
  const waitForNetwork = Date.now() < preferNetworkUntil;
  const timedOut = waitForNetwork ? new Promise(() => {}) : delay(NETWORK_TIMEOUT).then(() => 'timeout');
  const first = await Promise.race([network, timedOut]);
  if (first !== 'timeout' && first !== null) return first;
  // No network, or a slow one: the copy if it has the page; else, if the network is only slow,
  // keep waiting for it.
  const kept = await keptPage(path);
  if (kept) return request.mode === 'navigate' ? markedAsCopy(kept) : kept;
  if (first === 'timeout') {
    const late = await network;
    if (late) return late;
  }
  return notFound(request);
}

async function cacheFirst(request, path) {
  const kept = await fromCopy(path, true);
  if (kept) return kept;
  try {
    return await fetch(request);
  } catch (error) {
    return notFound(request);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const path = scopedPath(url);
  if (path === null) return;
  // Never answered by the worker: the network says which build is current, or fails.
  if (path === 'version.json' || path === 'sw.js') return;
  if (path.startsWith('assets/')) {
    event.respondWith(cacheFirst(request, path));
  } else {
    event.respondWith(networkFirst(request, path));
  }
});

// For a console or a test: which build this worker keeps, and from when.
self.WAYMARK_BUILD = { version: VERSION, built: BUILT, files: FILES.length };
