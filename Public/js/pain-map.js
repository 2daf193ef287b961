// Pain map: the SVG spots drive the plain checkbox list, which stays the source of truth (and works without JS).
(function () {
  "use strict";
  var map = document.getElementById("pain-map");
  if (!map) return;
  map.hidden = false;

  function box(region) { return document.querySelector('input[name="pain.' + region + '"]'); }
  function sideInput(region, side) {
    return document.querySelector('input[name="pain.' + region + '.side"][value="' + side + '"]');
  }
  function currentSide(region) {
    var checked = document.querySelector('input[name="pain.' + region + '.side"]:checked');
    return checked ? checked.value : "both";
  }
  function covers(region, side) {
    var b = box(region);
    if (!b || !b.checked) return false;
    var s = currentSide(region);
    return side === "both" || s === "both" || s === side;
  }
  function refresh() {
    map.querySelectorAll(".spot").forEach(function (spot) {
      spot.setAttribute("aria-pressed", covers(spot.dataset.region, spot.dataset.side) ? "true" : "false");
    });
  }
  // Left then right makes "both"; tapping a selected side again removes it.
  function toggle(region, side) {
    var b = box(region);
    if (!b) return;
    var s = currentSide(region);
    if (side === "both") {
      b.checked = !b.checked;
    } else if (!b.checked) {
      b.checked = true; s = side;
    } else if (s === "both") {
      s = side === "left" ? "right" : "left";
    } else if (s === side) {
      b.checked = false;
    } else {
      s = "both";
    }
    var input = sideInput(region, s);
    if (input) input.checked = true;
    b.dispatchEvent(new Event("change", { bubbles: true }));
  }
  // On a phone one view shows at a time; the buttons choose which.
  function show(view) {
    map.dataset.view = view;
    map.querySelectorAll("[data-show]").forEach(function (button) {
      button.setAttribute("aria-pressed", button.dataset.show === view ? "true" : "false");
    });
  }
  map.addEventListener("click", function (event) {
    var chooser = event.target.closest("[data-show]");
    if (chooser) { show(chooser.dataset.show); return; }
    var spot = event.target.closest(".spot");
    if (spot) toggle(spot.dataset.region, spot.dataset.side);
  });
  map.addEventListener("keydown", function (event) {
    var spot = event.target.closest(".spot");
    if (spot && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggle(spot.dataset.region, spot.dataset.side);
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target.name && event.target.name.indexOf("pain.") === 0) refresh();
  });
  refresh();
})();
