// Posture points on the photo: tap the photo to place the next point, drag a point (mouse or touch) to move it,
// or select it and use the arrow keys (Shift for bigger steps). Every move writes the numbers in the form below,
// which is what is saved; without JavaScript the form alone does the job.
(function () {
  "use strict";
  var svg = document.querySelector("svg.posture-photo");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var layer = svg.querySelector(".points");
  var width = +svg.dataset.width, height = +svg.dataset.height;
  var size = Math.max(width, height) / 120;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-point]"));
  var hint = document.createElement("p");
  hint.className = "notice";
  hint.setAttribute("aria-live", "polite");
  svg.parentNode.insertBefore(hint, svg);

  // Zoom: the photo grows inside a frame that scrolls, so a point can be placed on a small landmark on a tablet.
  // Dragging the photo pans it; dragging a point moves the point.
  var frame = document.createElement("div");
  frame.className = "zoom-frame";
  svg.parentNode.insertBefore(frame, svg);
  frame.appendChild(svg);
  var levels = [1, 1.5, 2, 3, 4], level = 0;
  var tools = document.createElement("p");
  tools.className = "zoom-tools";
  function zoomTo(index) {
    var cx = (frame.scrollLeft + frame.clientWidth / 2) / frame.scrollWidth;
    var cy = (frame.scrollTop + frame.clientHeight / 2) / frame.scrollHeight;
    level = Math.max(0, Math.min(levels.length - 1, index));
    svg.style.width = levels[level] * 100 + "%";
    frame.scrollLeft = cx * frame.scrollWidth - frame.clientWidth / 2;
    frame.scrollTop = cy * frame.scrollHeight - frame.clientHeight / 2;
    zoomLabel.textContent = "Zoom " + levels[level] + "×";
  }
  function tool(text, change) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = text;
    button.addEventListener("click", function () { zoomTo(change(level)); });
    tools.appendChild(button);
  }
  tool("Zoom in", function (l) { return l + 1; });
  tool("Zoom out", function (l) { return l - 1; });
  tool("Whole photo", function () { return 0; });
  var zoomLabel = document.createElement("span");
  zoomLabel.className = "muted";
  zoomLabel.setAttribute("aria-live", "polite");
  zoomLabel.textContent = "Zoom 1×";
  tools.appendChild(zoomLabel);
  frame.parentNode.insertBefore(tools, frame);

  function inputs(row) { return row.querySelectorAll("input"); }
  function placed(row) { var i = inputs(row); return i[0].value !== "" && i[1].value !== ""; }
  function name(row) { return row.querySelector("th").firstChild.textContent.trim(); }
  function next() { for (var i = 0; i < rows.length; i++) if (!placed(rows[i])) return rows[i]; return null; }
  function say() {
    var row = next();
    hint.textContent = row ? "Next: " + name(row) + " — tap the photo where it is." : "All points are placed.";
  }
  function toPhoto(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  function set(row, x, y) {
    var i = inputs(row);
    i[0].value = Math.round(Math.min(Math.max(x, 0), width));
    i[1].value = Math.round(Math.min(Math.max(y, 0), height));
    var auto = row.querySelector('input[name$=".auto"]');
    if (auto) auto.remove();
    var badge = row.querySelector(".badge");
    if (badge) badge.remove();
    draw();
  }
  function draw() {
    while (layer.firstChild) layer.removeChild(layer.firstChild);
    rows.forEach(function (row) {
      if (!placed(row)) return;
      var i = inputs(row), x = +i[0].value, y = +i[1].value;
      var mark = document.createElementNS(NS, "g");
      mark.setAttribute("class", "point");
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-label", name(row) + ", at " + i[0].value + ", " + i[1].value);
      var ring = document.createElementNS(NS, "circle");
      ring.setAttribute("cx", x); ring.setAttribute("cy", y); ring.setAttribute("r", size);
      var label = document.createElementNS(NS, "text");
      label.setAttribute("x", x + size * 1.4); label.setAttribute("y", y + size / 2);
      label.setAttribute("font-size", size * 2);
      label.textContent = name(row).replace(/ \(.*\)/, "");
      mark.appendChild(ring); mark.appendChild(label);
      mark.addEventListener("pointerdown", function (event) {
        event.preventDefault(); event.stopPropagation();
        mark.setPointerCapture(event.pointerId);
        function move(e) { var p = toPhoto(e); set(row, p.x, p.y); }
        mark.addEventListener("pointermove", move);
        mark.addEventListener("pointerup", function up() {
          mark.removeEventListener("pointermove", move); mark.removeEventListener("pointerup", up);
          focus(row);
        });
      });
      mark.addEventListener("keydown", function (event) {
        var step = event.shiftKey ? 10 : 1, dx = 0, dy = 0;
        if (event.key === "ArrowLeft") dx = -step; else if (event.key === "ArrowRight") dx = step;
        else if (event.key === "ArrowUp") dy = -step; else if (event.key === "ArrowDown") dy = step; else return;
        event.preventDefault();
        set(row, x + dx, y + dy);
        focus(row);
      });
      mark.dataset.row = rows.indexOf(row);
      layer.appendChild(mark);
    });
    say();
  }
  function focus(row) {
    var mark = layer.querySelector('[data-row="' + rows.indexOf(row) + '"]');
    if (mark) mark.focus();
  }
  svg.addEventListener("click", function (event) {
    var row = next();
    if (!row || event.target.closest(".point")) return;
    var p = toPhoto(event);
    set(row, p.x, p.y);
  });
  rows.forEach(function (row) {
    Array.prototype.forEach.call(inputs(row), function (input) { input.addEventListener("change", draw); });
  });
  draw();
})();
