// The client app on a phone: installs the service worker that opens Today offline and keeps sessions logged
// offline, sends any kept sessions, and says how many are still waiting. Without it the app works online as before.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/me" }).catch(function () {});
  // A copy of Today opened offline carries the key it was saved with; each visit logs a new session.
  var visit = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
  var key = document.querySelector('input[name="key"]');
  if (key && window.crypto && crypto.randomUUID && !(visit && visit.type === "back_forward")) {
    key.value = crypto.randomUUID();
  }
  var shown = document.getElementById("kept");
  function report() {
    var worker = navigator.serviceWorker.controller;
    if (!worker || !shown || !window.MessageChannel) return;
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) {
      var n = event.data;
      shown.hidden = !n;
      shown.textContent = n === 1 ? "1 session is saved on this phone and will be sent when you are online."
        : n + " sessions are saved on this phone and will be sent when you are online.";
    };
    worker.postMessage("count", [channel.port2]);
  }
  function flush() {
    if (navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage("flush");
    setTimeout(report, 1500);
  }
  window.addEventListener("online", flush);
  navigator.serviceWorker.ready.then(function () { report(); if (navigator.onLine) flush(); });
})();
