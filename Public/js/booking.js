// Booking pages: show times in the visitor's own time zone, and apply a new zone as soon as it is picked.
// Without JavaScript the zone selector and its "Show times" button do the same.
(function () {
  var form = document.querySelector("form.zone-form");
  if (!form) return;
  var select = form.querySelector("select[name=tz]");
  select.addEventListener("change", function () { form.submit(); });
  var params = new URLSearchParams(location.search);
  if (params.has("tz")) return;
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || zone === select.value) return;
  params.set("tz", zone);
  location.replace(location.pathname + "?" + params.toString());
})();
