// Assessment entry: the verdict beside each number as it is typed (the server judges again on save; without
// JavaScript the verdicts appear after saving). Same rule as the engine: past a limit is outside the norm,
// within the borderline band past it is borderline; "inclusive" norms flag a value exactly at the limit.
(function () {
  function verdict(input) {
    var value = parseFloat(input.value.replace(",", "."));
    if (isNaN(value)) return null;
    var d = input.dataset, band = d.band ? parseFloat(d.band) : null, inclusive = d.inclusive === "1";
    var distance = null;
    if (d.below !== undefined) { var low = parseFloat(d.below); if (value < low || (inclusive && value === low)) distance = low - value; }
    if (distance === null && d.above !== undefined) { var high = parseFloat(d.above); if (value > high || (inclusive && value === high)) distance = value - high; }
    if (distance === null) return ["✓ within norm", "ok"];
    return band !== null && distance < band ? ["◐ borderline", "warn"] : ["✗ outside norm", "bad"];
  }
  document.querySelectorAll("input[data-below], input[data-above]").forEach(function (input) {
    var output = document.getElementById(input.id + "-verdict");
    if (!output) return;
    input.addEventListener("input", function () {
      var v = verdict(input);
      output.textContent = v ? v[0] : "";
      output.className = "verdict " + (v ? v[1] : "");
    });
  });
})();
