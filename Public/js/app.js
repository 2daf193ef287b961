// The client app on a phone: installs the service worker that opens Today offline and keeps sessions logged
// offline, sends any kept sessions, and says how many are still waiting. Without it the app works online as before.
(function () {
  "use strict";
  keepTodaysTicks();
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

  // Each tick and rating is kept on the phone as it is made, so a locked screen or a reload mid-session loses
  // nothing; a bar at the foot of the screen counts what is done. Sending the form clears what was kept.
  function keepTodaysTicks() {
    var form = document.querySelector('form[action="/me/log"]');
    if (!form || !window.localStorage) return;
    var day = form.querySelector('input[name="date"]');
    var store = "today:" + (day ? day.value : "");
    var kept = {};
    try { kept = JSON.parse(localStorage.getItem(store) || "{}"); } catch (e) { kept = {}; }
    var boxes = form.querySelectorAll('input[type="checkbox"][name$=".done"]');
    var bar = document.createElement("p");
    bar.className = "today-progress";
    bar.setAttribute("aria-live", "polite");
    form.appendChild(bar);
    function count() {
      var done = 0;
      boxes.forEach(function (b) { if (b.checked) done++; });
      bar.textContent = done + " of " + boxes.length + " done";
    }
    form.querySelectorAll("select, input[type=checkbox], textarea").forEach(function (field) {
      if (kept.hasOwnProperty(field.name) && !form.querySelector(".error-summary")) {
        if (field.type === "checkbox") field.checked = kept[field.name]; else field.value = kept[field.name];
      }
      field.addEventListener("change", function () {
        kept[field.name] = field.type === "checkbox" ? field.checked : field.value;
        try { localStorage.setItem(store, JSON.stringify(kept)); } catch (e) { /* storage full: the form still works */ }
        count();
      });
    });
    form.addEventListener("submit", function () {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var name = localStorage.key(i);
        if (name && name.indexOf("today:") === 0) localStorage.removeItem(name);
      }
    });
    count();
  }
})();
