// Hold and rest timers on Today: a countdown per exercise that sounds and vibrates at the end, so the client can
// put the phone down. Without JavaScript the page works the same, without the timers.
(function () {
  "use strict";
  var sound = null;
  function beep() {
    try {
      sound = sound || new (window.AudioContext || window.webkitAudioContext)();
      var tone = sound.createOscillator();
      var volume = sound.createGain();
      tone.frequency.value = 880;
      volume.gain.value = 0.2;
      tone.connect(volume); volume.connect(sound.destination);
      tone.start(); tone.stop(sound.currentTime + 0.4);
    } catch (e) { /* no sound on this device: the vibration and the words still tell */ }
    if (navigator.vibrate) navigator.vibrate([300, 150, 300]);
  }
  function clock(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }
  document.querySelectorAll(".timer").forEach(function (box) {
    var hold = parseInt(box.dataset.hold, 10) || 0;
    var rest = parseInt(box.dataset.rest, 10) || 0;
    if (!hold && !rest) return;
    // The countdown shows every second; a screen reader hears only the start and the end.
    var shown = document.createElement("p");
    shown.className = "timer-left";
    shown.setAttribute("aria-hidden", "true");
    var told = document.createElement("p");
    told.className = "visually-hidden";
    told.setAttribute("aria-live", "polite");
    var running = null;
    function start(seconds, what) {
      if (running) clearInterval(running);
      var left = seconds;
      shown.textContent = what + ": " + clock(left);
      told.textContent = what + " started, " + seconds + " seconds.";
      running = setInterval(function () {
        left -= 1;
        if (left <= 0) {
          clearInterval(running); running = null;
          shown.textContent = what + ": done";
          told.textContent = what + " done.";
          beep();
        } else {
          shown.textContent = what + ": " + clock(left);
        }
      }, 1000);
    }
    function button(label, seconds, what) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "secondary"; b.textContent = label;
      b.addEventListener("click", function () { start(seconds, what); });
      box.appendChild(b);
    }
    if (hold) button("Start the " + hold + " s hold", hold, "Hold");
    if (rest) button("Rest " + rest + " s", rest, "Rest");
    box.appendChild(shown);
    box.appendChild(told);
    box.hidden = false;
  });
})();
