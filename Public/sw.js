// The client app's service worker (scope /me): keeps the last copy of the app's pages and their files so Today
// opens without a network, and keeps a session logged offline on the phone until it can be sent. The server keeps
// a session once however often it arrives (the form's key), so sending again after a doubtful answer is safe.
"use strict";
var PAGES = "rebalance-pages-v1", FILES = "rebalance-files-v1", QUEUE = "rebalance-queue";
var SHELL = ["/me", "/css/site.css", "/js/timer.js", "/js/app.js", "/icon.svg"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(FILES).then(function (c) {
    return c.addAll(SHELL.filter(function (u) { return u !== "/me"; }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function isPage(url) { return url.pathname === "/me" || url.pathname === "/me/progress"; }
function isFile(url) { return /^\/(css|js|exercise-pictures)\//.test(url.pathname) || url.pathname === "/icon.svg"; }

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (request.method === "POST" && url.pathname === "/me/log") { event.respondWith(sendOrKeep(request)); return; }
  if (request.method === "POST" && /^\/me\/sign-out/.test(url.pathname)) { event.waitUntil(forget()); return; }
  if (request.method !== "GET") return;
  if (isPage(url)) {
    // Network first, so the page is always today's; the kept copy only when there is no network.
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(PAGES).then(function (c) { c.put(url.pathname, copy); });
      } else if (response.redirected && /\/me\/sign-in/.test(response.url)) {
        forget();
      }
      flush();
      return response;
    }, function () {
      return caches.match(url.pathname, { cacheName: PAGES }).then(function (kept) {
        return kept || note("You are offline", "Today opens here without a network once it has been opened " +
          "online on this phone. Please connect and try again.");
      });
    }));
  } else if (isFile(url)) {
    event.respondWith(caches.match(request).then(function (kept) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) { var copy = response.clone(); caches.open(FILES).then(function (c) { c.put(request, copy); }); }
        return response;
      });
      return kept || fresh;
    }));
  }
});

// Signing out leaves nothing of the client's on the phone.
function forget() { return caches.delete(PAGES); }

function note(title, text) {
  var html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ' +
    'content="width=device-width, initial-scale=1"><title>' + title + '</title><link rel="stylesheet" ' +
    'href="/css/site.css"></head><body><main id="main"><h1>' + title + "</h1><p>" + text +
    '</p><p><a href="/me">Back to Today</a></p></main></body></html>';
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function sendOrKeep(request) {
  var body = request.clone().text();
  return fetch(request).then(function (response) { flush(); return response; }, function () {
    return body.then(keep).then(function () {
      return note("Saved on this phone", "You are offline, so today's session is kept on this phone. It will " +
        "be sent to your trainer by itself the next time you open the app with a connection.");
    });
  });
}

// The queue lives in IndexedDB: one record per session, keyed by the form's own key.
function store(mode, work) {
  return new Promise(function (resolve, reject) {
    var open = indexedDB.open(QUEUE, 1);
    open.onupgradeneeded = function () { open.result.createObjectStore("sessions"); };
    open.onerror = function () { reject(open.error); };
    open.onsuccess = function () {
      var tx = open.result.transaction("sessions", mode), result = work(tx.objectStore("sessions"));
      tx.oncomplete = function () { resolve(result && result.result); };
      tx.onerror = function () { reject(tx.error); };
    };
  });
}
function keep(body) {
  var key = new URLSearchParams(body).get("key") || String(Date.now());
  return store("readwrite", function (s) { return s.put(body, key); });
}

var flushing = null;
function flush() {
  flushing = flushing || store("readonly", function (s) { return s.getAllKeys(); }).then(function (keys) {
    return (keys || []).reduce(function (done, key) {
      return done.then(function () { return sendKept(key); });
    }, Promise.resolve());
  }).catch(function () {}).then(function () { flushing = null; });
  return flushing;
}
function sendKept(key) {
  return store("readonly", function (s) { return s.get(key); }).then(function (body) {
    return post(body).then(function (response) {
      // A form token that expired while the phone was offline: take a fresh one from Today and send once more.
      if (response.status === 403) {
        return fetch("/me").then(function (r) { return r.text(); }).then(function (html) {
          var token = /name="_csrf" value="([^"]+)"/.exec(html);
          if (!token) return response;
          var fields = new URLSearchParams(body); fields.set("_csrf", token[1]);
          return post(fields.toString());
        });
      }
      return response;
    }).then(function (response) {
      // Signed out meanwhile: keep it until the client signs in again. Refused as invalid: drop it, so it
      // cannot block the rest; the trainer hears nothing of it, as with a form sent online and left.
      if (response.redirected && /\/me\/sign-in/.test(response.url)) return;
      if (response.ok || response.status === 400) return store("readwrite", function (s) { s.delete(key); });
    });
  });
}
function post(body) {
  return fetch("/me/log", { method: "POST", credentials: "same-origin", body: body,
    headers: { "Content-Type": "application/x-www-form-urlencoded" } });
}

self.addEventListener("message", function (event) {
  if (event.data === "flush") event.waitUntil(flush());
  if (event.data === "count" && event.ports[0]) {
    store("readonly", function (s) { return s.count(); }).then(function (n) { event.ports[0].postMessage(n || 0); });
  }
});
