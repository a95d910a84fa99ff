// The Waymark service worker: keeps one whole build of the catalogue on the phone, so that a
// crew with no signal still has every page, and never lets an old copy hide a newer one.
//
// - install: every file of this build goes into the cache `waymark-<version>`. A file whose
//   revision an earlier copy already holds is taken from that copy; the rest are fetched past the
//   HTTP cache, a few at a time, so a new build costs the phone only the files that changed. A
//   page fetched must carry the revision listed for it. An install that cannot get the whole
//   build, or finds another build on the server, fails and leaves the previous copy in place.
// - activate: every other `waymark-` cache is deleted; open pages are taken over.
// - fetch: `version.json` and `revisions/` always go to the network (pages compare their own
//   revision with the one listed there);
//   pages and data go to the network first and fall back to this build's copy when the network
//   fails or is slower than a few seconds; fingerprinted assets come from the copy first.
//   Nothing fetched at run time is ever written into the copy: it holds exactly this build.
'use strict';

const VERSION = {{{version}}};
const BUILT = {{{built}}};
// Every file of this build, as [path, revision].
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
const REVISION_MARKER = 'data-revision="';
// Kept with each file in the copy, so that a later build can reuse it.
const REVISION_HEADER = 'X-Waymark-Revision';

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

// The response as the copy keeps it: with its revision, and never as a redirect (which a
// navigation cannot be answered with).
async function keepable(response, revision) {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: headers,
  });
}

async function precacheOne(cache, path, revision) {
  const url = fileURL(path);
  let lastError = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (attempt > 0) await delay(500 * attempt);
    try {
      const response = await fetchWithin(url, { cache: 'reload', credentials: 'same-origin' }, FILE_TIMEOUT);
      if (!response.ok) throw new Error('HTTP ' + response.status);
      if (path.endsWith('.html')) {
        // A page names its revision: one from another build must not join this copy.
        const text = await response.clone().text();
        const at = text.indexOf(REVISION_MARKER);
        if (at >= 0) {
          const start = at + REVISION_MARKER.length;
          const found = text.slice(start, text.indexOf('"', start));
          if (found !== revision) {
            throw new Error('the server has revision ' + found + ' of ' + path + ', not ' + revision + ': this worker is out of date');
          }
        }
      }
      await cache.put(url, await keepable(response, revision));
      return;
    } catch (error) {
      lastError = error;
      if (error && /out of date/.test(error.message)) break;
    }
  }
  throw new Error('could not keep ' + path + ' offline: ' + (lastError && lastError.message));
}

// Every file an earlier copy (or an interrupted install of this one) holds, by URL, with its
// revision, so that only what changed is fetched again.
async function keptRevisions() {
  const kept = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (kept.has(request.url)) continue;
      const response = await cache.match(request);
      const revision = response && response.headers.get(REVISION_HEADER);
      if (revision) kept.set(request.url, { cache: name, revision: revision });
    }
  }
  return kept;
}

async function precache() {
  checkSameBuild(await serverBuild());
  const cache = await caches.open(CACHE);
  const kept = await keptRevisions();
  const queue = [];
  for (const [path, revision] of FILES) {
    const found = kept.get(fileURL(path));
    if (found && found.revision === revision) {
      if (found.cache !== CACHE) {
        const response = await caches.match(fileURL(path), { cacheName: found.cache });
        if (response) {
          await cache.put(fileURL(path), response);
          continue;
        }
      } else {
        continue;
      }
    }
    queue.push([path, revision]);
  }
  let failure = null;
  // A few fetches run side by side, each taking the next file when it is done, so one slow
  // file holds up only itself.
  async function worker() {
    while (queue.length && !failure) {
      const [path, revision] = queue.shift();
      try {
        await precacheOne(cache, path, revision);
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
  // Never answered by the worker: the network says which build and revisions are current, or fails.
  if (path === 'version.json' || path === 'sw.js' || path.startsWith('revisions/')) return;
  if (path.startsWith('assets/')) {
    event.respondWith(cacheFirst(request, path));
  } else {
    event.respondWith(networkFirst(request, path));
  }
});

// For a console or a test: which build this worker keeps, and from when.
self.WAYMARK_BUILD = { version: VERSION, built: BUILT, files: FILES.length };
